import { Text, Button, View } from '@tarojs/components';
import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { Card } from '@/components/Card';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { useToday } from '@/hooks/useToday';
import { useAcknowledgement } from '@/hooks/useAcknowledgement';
import { chineseDate } from '@/lib/format';
import { noticeOf } from '@/lib/notice';

// Heavier penalties read in stronger colours.
const SECTION_TONE: Record<string, string> = { 一: 'banner-info', 二: 'banner-warn', 三: 'banner-error', 四: 'banner-error' };

/** 附件2 as the notice prints it: preamble, sections 一 to 四 with their numbered items, the closing paragraph. */
export default function Conduct() {
  const [orgId, setOrgId] = useOrg();
  const today = useToday();
  const { org, notice } = noticeOf(orgId, useRulebook());
  const { conduct } = notice;
  const [acknowledgedOn, acknowledge] = useAcknowledgement(notice.id);
  return (
    <Page title={conduct.title} subtitle={`${org.name} · ${conduct.source.section}`}>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <Card>
        <Text className='block'>{conduct.preamble}</Text>
      </Card>
      {conduct.sections.map((section) => (
        <Card key={section.id}>
          <Text className={`block banner ${SECTION_TONE[section.id] ?? 'banner-info'}`} data-testid={`conduct-${section.id}`}>
            {section.id}、{section.lead ?? ''}
            {section.penalty}
          </Text>
          {section.items.length > 0 ? (
            <View>
              {section.items.map((item, index) => (
                <Text key={item} className='block list-item'>
                  {index + 1}、{item}
                </Text>
              ))}
            </View>
          ) : null}
        </Card>
      ))}
      <Card>
        <Text className='block'>{conduct.afterwards}</Text>
      </Card>
      {acknowledgedOn ? (
        <Text className='block banner banner-ok' role='status'>
          您已于 {chineseDate(acknowledgedOn)} 确认阅读并遵守以上须知。
        </Text>
      ) : (
        <Button className='btn btn-primary' onClick={() => acknowledge(today)}>
          我已阅读并承诺遵守
        </Button>
      )}
    </Page>
  );
}
