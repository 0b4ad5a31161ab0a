import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import type { DocumentInfo } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { chineseDate } from '@/lib/format';
import { DocumentForm } from '@/packages/staff/documents/DocumentForm';

interface NoticePdfProps {
  orgId: string;
  /** The organisation's uploaded documents; only 通知 ones can be attached. */
  documents: readonly DocumentInfo[];
  attached: string | null;
  onAttach: (documentId: string) => void;
  /** After an upload here: the document list is read again. */
  onUploaded: () => void;
}

/**
 * The published notice's PDF the draft's quotes are checked against: one of the 通知 documents
 * already uploaded, or one uploaded here (it is then also listed under 文件 for candidates).
 */
export function NoticePdf({ orgId, documents, attached, onAttach, onUploaded }: NoticePdfProps) {
  const [uploading, setUploading] = useState(false);
  const notices = documents.filter((document) => document.kind === 'notice');
  return (
    <View data-testid='notice-pdf'>
      <Text className='input-label'>通知 PDF</Text>
      {notices.length > 0 ? (
        <ChoiceGroup
          label='通知 PDF'
          options={notices.map((document) => ({ value: document.id, label: `${document.title}（第${document.version}版 ${chineseDate(document.publishedOn)}）` }))}
          value={attached ?? undefined}
          onChange={onAttach}
        />
      ) : (
        <Text className='block muted small'>还没有上传过通知 PDF。请上传本次发布的通知原件，检查时会在其中逐条核对“出处原文”。</Text>
      )}
      {attached && !notices.some((document) => document.id === attached) ? <Text className='block input-error'>所附的通知 PDF 已不在文件列表中，请重新选择。</Text> : null}
      {uploading ? (
        <DocumentForm
          orgId={orgId}
          kind='notice'
          onDone={(document) => {
            setUploading(false);
            onAttach(document.id);
            onUploaded();
          }}
          onCancel={() => setUploading(false)}
        />
      ) : (
        <Button className='btn btn-secondary' onClick={() => setUploading(true)}>
          上传通知 PDF
        </Button>
      )}
    </View>
  );
}
