import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import type { DocumentInfo } from '@skills/shared';
import { Card } from '@/components/Card';
import { Loading, ErrorState, Empty } from '@/components/StateView';
import { noticeOf } from '@/lib/notice';
import { chineseDate, fileSize } from '@/lib/format';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { DocumentForm } from './DocumentForm';
import { DOCUMENT_KIND_LABELS } from '@/packages/staff/lib/labels';
import { useStaffData } from '@/services/staff';

type Editing = { mode: 'new' } | { mode: 'replace'; document: DocumentInfo } | null;

function Versions({ orgId, documentId }: { orgId: string; documentId: string }) {
  const versions = useStaffData('documents.versions', { orgId, documentId });
  if (versions.status === 'loading') return <Loading label='正在加载历史版本…' />;
  if (versions.status === 'error') return <ErrorState message={versions.message} onRetry={versions.reload} />;
  return (
    <View data-testid='document-versions'>
      {[...versions.data.documents]
        .sort((a, b) => b.version - a.version)
        .map((version) => (
          <Text className='block small' key={version.version}>
            第 {version.version} 版 · {chineseDate(version.publishedOn)} · {version.fileName} · {fileSize(version.size)} · SHA-256 {version.sha256.slice(0, 12)}…
          </Text>
        ))}
    </View>
  );
}

function DocumentRow({ orgId, document, onReplace }: { orgId: string; document: DocumentInfo; onReplace: () => void }) {
  const { org } = noticeOf(orgId);
  const [showVersions, setShowVersions] = useState(false);
  const occupation = org.occupations.find((entry) => entry.id === document.occupationId)?.name ?? '全机构通用';
  return (
    <View className='staff-row' data-testid='document-row'>
      <View className='staff-row-main'>
        <Text className='block strong'>
          {document.title}
          {document.demo ? <Text className='tag tag-demo'>演示</Text> : null}
        </Text>
        <Text className='block muted small'>
          {DOCUMENT_KIND_LABELS[document.kind]} · {occupation} · 第 {document.version} 版 · {chineseDate(document.publishedOn)} · {fileSize(document.size)}
        </Text>
        {showVersions ? <Versions orgId={orgId} documentId={document.id} /> : null}
      </View>
      <View className='btn-row staff-row-side'>
        <Button className='btn btn-plain btn-inline' onClick={() => setShowVersions((shown) => !shown)}>
          {showVersions ? '收起历史' : '历史版本'}
        </Button>
        <Button className='btn btn-secondary btn-inline' onClick={onReplace}>
          上传新版本
        </Button>
      </View>
    </View>
  );
}

function DocumentsBody({ orgId }: { orgId: string }) {
  const documents = useStaffData('documents.list', { orgId });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (document: DocumentInfo) => {
    setEditing(null);
    setNotice(`已发布“${document.title}”第 ${document.version} 版，考生下载到的是这一版。`);
    documents.reload();
  };

  return (
    <View>
      {notice ? (
        <View className='banner banner-ok' role='status'>
          <Text>{notice}</Text>
        </View>
      ) : null}
      {editing?.mode === 'new' ? <DocumentForm orgId={orgId} onDone={done} onCancel={() => setEditing(null)} /> : null}
      {editing?.mode === 'replace' ? (
        <DocumentForm key={editing.document.id} orgId={orgId} replacing={editing.document} onDone={done} onCancel={() => setEditing(null)} />
      ) : null}
      {editing === null ? (
        <Button className='btn btn-primary' onClick={() => { setEditing({ mode: 'new' }); setNotice(null); }}>
          上传文件（PDF）
        </Button>
      ) : null}
      <Card title='已发布的文件'>
        {documents.status === 'loading' ? <Loading /> : null}
        {documents.status === 'error' ? <ErrorState message={documents.message} onRetry={documents.reload} /> : null}
        {documents.status === 'ready' && documents.data.documents.length === 0 ? (
          <Empty message='还没有发布文件' hint='上传考核指导手册、考核规范或通知（PDF），考生可在“手册与文件”中下载。' />
        ) : null}
        {documents.status === 'ready'
          ? documents.data.documents.map((document) => (
              <DocumentRow key={document.id} orgId={orgId} document={document} onReplace={() => { setEditing({ mode: 'replace', document }); setNotice(null); }} />
            ))
          : null}
      </Card>
    </View>
  );
}

export default function StaffDocuments() {
  return (
    <StaffFrame title='文件' section='documents'>
      {({ orgId }) => <DocumentsBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
