import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Button } from '@tarojs/components';
import { flag } from '../lib/flag';
import type { ImportConfirmData, ImportKind, ImportPreviewData } from '@skills/shared';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Loading } from '../../components/StateView';
import { callApi } from '../../services/api';
import { describeError, isApiError } from '../../services/errors';
import { fileSize } from '../../lib/format';
import { StaffFrame } from '../components/StaffFrame';
import { ImportPreview } from '../components/ImportPreview';
import { FilePickError, pickFile, saveFile, uploadPicked } from '../lib/files';
import { IMPORT_KIND_LABELS } from '../lib/labels';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: ImportPreviewData }
  | { step: 'confirming'; preview: ImportPreviewData; progress?: ImportConfirmData['progress'] }
  | { step: 'done'; result: ImportConfirmData; fileName: string };

const KIND_OPTIONS = (Object.keys(IMPORT_KIND_LABELS) as ImportKind[]).map((kind) => ({ value: kind, label: IMPORT_KIND_LABELS[kind] }));

const KIND_HINTS: Record<ImportKind, string> = {
  candidates: '报名的考生：姓名、身份证号、职业（工种）、等级、申报方式。',
  tickets: '准考证：准考证号、考生、考试日期与时间、考点、考场、座位号。考试日期须是已安排的考期。',
  results: '成绩：按准考证号，每科填 合格 / 不合格 / 缺考。',
};

const PICK_LABEL = process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择文件' : '选择文件（.xlsx 或 .csv）';

function ImportsBody({ orgId, identity }: { orgId: string; identity: string }) {
  const [kind, setKind] = useState<ImportKind>('tickets');
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const chooseKind = (next: ImportKind) => {
    setKind(next);
    setStep({ step: 'idle' });
    setError(null);
  };

  const downloadTemplate = async () => {
    setDownloading(true);
    setError(null);
    try {
      const answer = await callApi('admin', 'templates.download', { orgId, kind });
      await saveFile(answer.file);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setDownloading(false);
    }
  };

  const chooseFile = async () => {
    setError(null);
    let picked;
    try {
      picked = await pickFile('sheet');
    } catch (failure) {
      setError(failure instanceof FilePickError ? failure.message : '读取文件失败，请重新选择。');
      return;
    }
    if (!picked) return;
    setStep({ step: 'reading', fileName: picked.name });
    try {
      // A large file from WeChat goes to storage first; the call carries only its id.
      const source = picked.base64 ? { fileBase64: picked.base64 } : { fileId: await uploadPicked(picked, orgId, identity) };
      const preview = await callApi('admin', 'import.preview', { orgId, kind, fileName: picked.name, ...source });
      setStep({ step: 'preview', preview });
    } catch (failure) {
      setStep({ step: 'idle' });
      setError(`${picked.name}（${fileSize(picked.size)}）：${describeError(failure)}`);
    }
  };

  const confirm = async (preview: ImportPreviewData) => {
    if (!preview.previewId) return;
    setStep({ step: 'confirming', preview });
    setError(null);
    try {
      let result = await callApi('admin', 'import.confirm', { orgId, previewId: preview.previewId });
      // A large file is written over several calls: each answers how far it got, the next continues.
      while (result.progress) {
        setStep({ step: 'confirming', preview, progress: result.progress });
        result = await callApi('admin', 'import.confirm', { orgId, previewId: preview.previewId });
      }
      setStep({ step: 'done', result, fileName: preview.fileName });
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'PREVIEW_EXPIRED') {
        setStep({ step: 'idle' });
        setError('预览已过期或已确认过，未写入任何数据。请重新选择文件。');
      } else {
        setStep({ step: 'preview', preview });
        // An interrupted import resumes where it stopped: confirming again writes nothing twice.
        setError(`${describeError(failure)} 请再次点击确认导入，已写入的行不会重复写入。`);
      }
    }
  };

  // On a phone the preview opens below the fold: bring it into view once it arrives.
  const previewShown = step.step === 'preview';
  useEffect(() => {
    if (!previewShown) return;
    Promise.resolve()
      .then(() => Taro.pageScrollTo({ selector: '#import-preview', duration: 300 }))
      .catch(() => undefined);
  }, [previewShown]);

  const busy = step.step === 'reading' || step.step === 'confirming';
  const preview = step.step === 'preview' || step.step === 'confirming' ? step.preview : null;

  return (
    <View>
      <Card title='1. 选择要导入的内容'>
        <ChoiceGroup label='导入内容' options={KIND_OPTIONS} value={kind} onChange={chooseKind} />
        <Text className='block muted small'>{KIND_HINTS[kind]}</Text>
        <Button className='btn btn-plain' loading={flag(downloading)} disabled={flag(downloading)} onClick={downloadTemplate}>
          下载“{IMPORT_KIND_LABELS[kind]}”模板
        </Button>
      </Card>
      <Card title='2. 选择填好的文件'>
        <Text className='block muted small'>先预览，确认前不会写入任何数据；确认时整个文件一起写入，有任何一行出错则一行都不写。</Text>
        <Button className='btn btn-primary' disabled={flag(busy)} onClick={chooseFile}>
          {PICK_LABEL}
        </Button>
      </Card>
      {error ? (
        <View className='banner banner-error' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
      {step.step === 'reading' ? <Loading label={`正在读取 ${step.fileName}…`} /> : null}
      {preview ? (
        <View id='import-preview'>
          <ImportPreview preview={preview} />
          {preview.previewId ? (
            <Card title='3. 确认写入'>
              <Button className='btn btn-primary' loading={flag(step.step === 'confirming')} disabled={flag(busy)} onClick={() => confirm(preview)}>
                确认导入 {preview.validRows} 行
              </Button>
              <Button className='btn btn-secondary' disabled={flag(busy)} onClick={() => setStep({ step: 'idle' })}>
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
