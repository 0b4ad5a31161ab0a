import { View, Text, Button } from '@tarojs/components';
import type { ImportKind } from '@skills/shared';
import { Card } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Loading } from '@/components/StateView';
import { whenBusy } from '@/lib/busy';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { IMPORT_KIND_LABELS } from '@/packages/staff/lib/labels';
import { ImportPreview } from './ImportPreview';
import { useImportFlow } from './useImportFlow';
import { Banner } from '@/packages/staff/components/Banner';

const KIND_OPTIONS = (Object.keys(IMPORT_KIND_LABELS) as ImportKind[]).map((kind) => ({ value: kind, label: IMPORT_KIND_LABELS[kind] }));

const KIND_HINTS: Record<ImportKind, string> = {
  candidates: '报名的考生：姓名、身份证号、职业（工种）、等级、申报方式。',
  tickets: '准考证：准考证号、考生、考试日期与时间、考点、考场、座位号。考试日期须是已安排的考期。',
  results: '成绩：按准考证号，每科填 合格 / 不合格 / 缺考。',
};

const PICK_LABEL = process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择文件' : '选择文件（.xlsx 或 .csv）';

function ImportsBody({ orgId, identity }: { orgId: string; identity: string }) {
  const flow = useImportFlow(orgId, identity);
  const { kind, step, preview, busy } = flow;
  return (
    <View>
      <Card title='1. 选择要导入的内容'>
        <ChoiceGroup label='导入内容' options={KIND_OPTIONS} value={kind} onChange={flow.chooseKind} />
        <Text className='block muted small'>{KIND_HINTS[kind]}</Text>
        <Button className='btn btn-plain' {...whenBusy(flow.downloading, flow.downloading)} onClick={flow.downloadTemplate}>
          下载“{IMPORT_KIND_LABELS[kind]}”模板
        </Button>
      </Card>
      <Card title='2. 选择填好的文件'>
        <Text className='block muted small'>先预览，确认前不会写入任何数据；确认时整个文件一起写入，有任何一行出错则一行都不写。</Text>
        <Button className='btn btn-primary' {...whenBusy(busy)} onClick={flow.chooseFile}>
          {PICK_LABEL}
        </Button>
      </Card>
      <Banner ok={false} text={flow.error} />
      {step.step === 'reading' ? <Loading label={`正在读取 ${step.fileName}…`} /> : null}
      {preview ? (
        <View id='import-preview'>
          <ImportPreview preview={preview} />
          {preview.previewId ? (
            <Card title='3. 确认写入'>
              <Button className='btn btn-primary' {...whenBusy(busy, step.step === 'confirming')} onClick={() => flow.confirm(preview)}>
                确认导入 {preview.validRows} 行
              </Button>
              <Button className='btn btn-secondary' {...whenBusy(busy)} onClick={flow.discard}>
                放弃，不导入
              </Button>
            </Card>
          ) : null}
        </View>
      ) : null}
      {step.step === 'confirming' && step.progress ? (
        <View className='banner' role='status'>
          <Text>正在写入：已完成 {step.progress.written} / {step.progress.total} 行，请勿离开本页。</Text>
        </View>
      ) : null}
      {step.step === 'done' ? (
        <View className='banner banner-ok' role='status'>
          <Text>
            {step.fileName} 已导入：新增 {step.result.added} 行，更新 {step.result.updated} 行，{step.result.unchanged} 行不变。
          </Text>
        </View>
      ) : null}
    </View>
  );
}

export default function StaffImports() {
  return (
    <StaffFrame title='导入名单' section='imports'>
      {({ orgId, identity }) => <ImportsBody key={orgId} orgId={orgId} identity={identity} />}
    </StaffFrame>
  );
}
