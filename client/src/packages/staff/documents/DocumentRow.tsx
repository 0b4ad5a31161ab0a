import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import type { DocumentInfo } from '@skills/shared';
import { Loading } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { occupationsOf } from '@/lib/notice';
import { useRulebook } from '@/hooks/useRulebook';
import { chineseDate, fileSize } from '@/lib/format';
import { DOCUMENT_KIND_LABELS } from '@/packages/staff/lib/labels';
import { useStaffData } from '@/services/staff';

function Versions({ orgId, documentId }: { orgId: string; documentId: string }) {
  const versions = useStaffData('documents.versions', { orgId, documentId });
  return (
    <Loaded state={versions} loading={<Loading label='正在加载历史版本…' />}>
      {(data) => (
        <View data-testid='document-versions'>
          {[...data.documents]
            .sort((a, b) => b.version - a.version)
            .map((version) => (
              <Text className='block small' key={version.version}>
                第 {version.version} 版 · {chineseDate(version.publishedOn)} · {version.fileName} · {fileSize(version.size)} · SHA-256 {version.sha256.slice(0, 12)}…
              </Text>
            ))}
        </View>
      )}
    </Loaded>
  );
}

/** One published document: its latest version, its history on demand, and a new version. */
export function DocumentRow({ orgId, document, onReplace }: { orgId: string; document: DocumentInfo; onReplace: () => void }) {
  const occupations = occupationsOf(orgId, useRulebook());
  const [showVersions, setShowVersions] = useState(false);
  const occupation = occupations.find((entry) => entry.id === document.occupationId)?.name ?? '全机构通用';
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
