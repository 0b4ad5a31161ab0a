import { Text, View } from '@tarojs/components';
import type { OrgNotice } from '@skills/shared';
import { Card, Quote } from '@/components/Card';
import { CopyRow } from '@/components/CopyRow';

/** How to look results and certificates up, collect them, and replace a lost one. */
export function QueryGuide({ notice }: { notice: OrgNotice }) {
  const { results, certificates, retake } = notice;
  return (
    <>
      <Card title='在“随申办”查询成绩和证书'>
        <View className='stack'>
          {results.querySteps.map((step, index) => (
            <Text key={step} className='block'>
              {index + 1}. {step}
            </Text>
          ))}
        </View>
        <CopyRow label={`也可在${results.alsoAt.name}查询`} value={results.alsoAt.url} />
        <Quote source={results.source.section}>{results.source.quote}</Quote>
      </Card>
      <Card title='补考'>
        {retake.rules.map((rule) => (
          <Text key={rule} className='block list-item'>
            {rule}
          </Text>
        ))}
      </Card>
      <Card title='领取证书'>
        <Text className='block list-item'>{certificates.group}</Text>
        <Text className='block list-item'>{certificates.individual}</Text>
        {certificates.lostReplacement ? <Text className='block list-item'>{certificates.lostReplacement}</Text> : null}
      </Card>
    </>
  );
}
