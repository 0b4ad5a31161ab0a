import { useState } from 'react';
import { View, Button } from '@tarojs/components';
import type { DocumentInfo } from '@skills/shared';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { DocumentForm } from './DocumentForm';
import { DocumentRow } from './DocumentRow';
import { useStaffData } from '@/services/staff';
import { Banner } from '@/packages/staff/components/Banner';

type Editing = { mode: 'new' } | { mode: 'replace'; document: DocumentInfo } | null;

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
      <Banner text={notice} />
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
        <Loaded
          state={documents}
          isEmpty={(data) => data.documents.length === 0}
          empty={<Empty message='还没有发布文件' hint='上传考核指导手册、考核规范或通知（PDF），考生可在“手册与文件”中下载。' />}
        >
          {(data) =>
            data.documents.map((document) => (
              <DocumentRow key={document.id} orgId={orgId} document={document} onReplace={() => { setEditing({ mode: 'replace', document }); setNotice(null); }} />
            ))
          }
        </Loaded>
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
