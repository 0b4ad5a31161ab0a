import { useMemo, useState } from 'react';
import { Text, Button } from '@tarojs/components';
import { whenBusy } from '@/lib/busy';
import type { DocumentInfo, DocumentKind } from '@skills/shared';
import { Card } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { useFormSubmit } from '@/packages/staff/hooks/useFormSubmit';
import { FormActions } from '@/packages/staff/components/FormActions';
import { occupationsOf } from '@/lib/notice';
import { useRulebook } from '@/hooks/useRulebook';
import { fileSize } from '@/lib/format';
import { FilePickError, pickFile, type PickedFile } from '@/lib/files';
import { DOCUMENT_KIND_LABELS } from '@/packages/staff/lib/labels';
import { staffCall } from '@/services/staff';

const WHOLE_ORG = '';

interface DocumentFormProps {
  orgId: string;
  /** Present: upload a new version of it (the history is kept). */
  replacing?: DocumentInfo;
  /** The kind a new document starts as (通知 when attaching one to a notice draft). */
  kind?: DocumentKind;
  onDone: (document: DocumentInfo) => void;
  onCancel: () => void;
}

/** Upload a PDF: a new document, or a new version of one (candidates always get the newest). */
export function DocumentForm({ orgId, replacing, kind: initialKind = 'handbook', onDone, onCancel }: DocumentFormProps) {
  const occupations = occupationsOf(orgId, useRulebook());
  const occupationOptions = useMemo(
    () => [{ value: WHOLE_ORG, label: '全机构通用' }, ...occupations.map((occupation) => ({ value: occupation.id, label: occupation.name }))],
    [occupations],
  );
  const kindOptions = (Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[]).map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }));
  const [kind, setKind] = useState<DocumentKind>(replacing?.kind ?? initialKind);
  const [title, setTitle] = useState(replacing?.title ?? '');
  const [occupationId, setOccupationId] = useState<string>(replacing?.occupationId ?? WHOLE_ORG);
  const [file, setFile] = useState<PickedFile | null>(null);
  const { saving, error, setError, submit } = useFormSubmit();

  const choose = async () => {
    setError(null);
    try {
      const picked = await pickFile('pdf');
      if (picked) setFile(picked);
    } catch (failure) {
      setError(failure instanceof FilePickError ? failure.message : '读取文件失败，请重新选择。');
    }
  };

  const upload = async () => {
    if (title.trim() === '') return setError('请填写标题，考生会在文件列表中看到它。');
    if (!file) return setError('请先选择 PDF 文件。');
    return submit(async () => {
      const answer = await staffCall('documents.upload', {
        orgId,
        ...(replacing ? { documentId: replacing.id } : {}),
        kind,
        title: title.trim(),
        occupationId: occupationId === WHOLE_ORG ? null : occupationId,
        fileName: file.name,
        fileBase64: file.base64,
      });
      onDone(answer.document);
    });
  };

  return (
    <Card title={replacing ? `上传新版本：${replacing.title}` : '上传文件'}>
      {replacing ? <Text className='block muted small'>当前为第 {replacing.version} 版；上传后考生看到的是新版本，旧版本保留在历史中。</Text> : null}
      <Text className='input-label'>类别</Text>
      <ChoiceGroup label='类别' options={kindOptions} value={kind} onChange={setKind} />
      <TextField label='标题' name='title' value={title} onChange={setTitle} placeholder='如 人工智能训练师（四级）考核指导手册' maxlength={80} />
      <Text className='input-label'>适用职业（工种）</Text>
      <ChoiceGroup label='适用职业（工种）' options={occupationOptions} value={occupationId} onChange={setOccupationId} />
      <Button className='btn btn-plain' {...whenBusy(saving)} onClick={choose}>
        {file ? '重新选择 PDF' : process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择 PDF' : '选择 PDF 文件'}
      </Button>
      {file ? (
        <Text className='block' data-testid='picked-file'>
          已选择：{file.name}（{fileSize(file.size)}）
        </Text>
      ) : null}
      <FormActions submitLabel={replacing ? '上传新版本' : '上传并发布'} onSubmit={upload} onCancel={onCancel} saving={saving} error={error} />
    </Card>
  );
}
