import { whenBusy } from '@/lib/busy';
import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import type { DocumentDownloadData, DocumentInfo, DocumentKind } from '@skills/shared';
import { callApi } from '@/services/api';
import { describeError } from '@/services/errors';
import { chineseDate, fileSize } from '@/lib/format';
import { openDocumentInWeChat, saveFromUrl } from '@/lib/files';
import { copyText } from '@/lib/device';

const KIND_LABELS: Record<DocumentKind, string> = { handbook: '考核指导手册', spec: '考核规范', notice: '通知' };

/** One document with its size and date; open, download or share it. */
export function DocumentItem({ document: doc }: { document: DocumentInfo }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fetchLink = () => callApi('documents', 'download', { documentId: doc.id });
  const run = async (action: (link: DocumentDownloadData) => Promise<void> | void) => {
    setBusy(true);
    setError(null);
    try {
      await action(await fetchLink());
    } catch (caught) {
      setError(caught instanceof Error && caught.name === 'ApiError' ? describeError(caught) : '文件打开失败，请稍后重试。');
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    run((link) =>
      process.env.TARO_ENV === 'weapp' ? openDocumentInWeChat(link, doc.fileName) : void window.open(link.url, '_blank', 'noopener'),
    );
  const download = () => run((link) => saveFromUrl(link.url, doc.fileName));
  const share = () => {
    const link = process.env.TARO_ENV === 'weapp' ? doc.title : `${window.location.origin}${window.location.pathname}?org=${doc.orgId}`;
    void copyText(`${doc.title}（${fileSize(doc.size)}）${link}`, '分享内容');
  };

  return (
    <View className='list-item' data-testid='document-item' data-document-id={doc.id} data-sha256={doc.sha256}>
      <Text className='block strong'>
        {doc.title}
        {doc.demo ? <Text className='tag tag-demo'>演示</Text> : null}
      </Text>
      <Text className='block muted small'>
        {KIND_LABELS[doc.kind]} · 第 {doc.version} 版 · {fileSize(doc.size)} · {chineseDate(doc.publishedOn)} 发布
      </Text>
      <View className='btn-row'>
        <Button className='btn btn-primary' {...whenBusy(busy)} onClick={open}>
          打开
        </Button>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='btn btn-secondary' openType='share' data-document-id={doc.id}>
            分享
          </Button>
        ) : (
          <>
            <Button className='btn btn-secondary' {...whenBusy(busy)} onClick={download}>
              下载
            </Button>
            <Button className='btn btn-plain' onClick={share}>
              分享
            </Button>
          </>
        )}
      </View>
      {error ? (
        <Text className='block input-error' role='alert'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
