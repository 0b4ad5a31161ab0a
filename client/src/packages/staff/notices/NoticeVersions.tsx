import { View, Text, Button } from '@tarojs/components';
import type { DocumentInfo } from '@skills/shared';
import { chineseDate } from '@/lib/format';
import { chinaDateTime } from '@/packages/staff/lib/labels';
import type { NoticeVersion } from '@/services/staff';

/** bundled / published / withdrawn, as staff read it. */
export function versionStatus(version: NoticeVersion): string {
  if (version.status === 'withdrawn') return '已撤回';
  return version.origin === 'bundled' ? '内置' : '已发布';
}

interface NoticeVersionRowProps {
  version: NoticeVersion;
  /** The organisation's uploaded documents, to name the attached PDF. */
  documents: readonly DocumentInfo[];
  onWithdraw: () => void;
}

/** One version of the notice: its state, from when it applies, the years it covers and its PDF. */
export function NoticeVersionRow({ version, documents, onWithdraw }: NoticeVersionRowProps) {
  const pdf = version.pdfDocumentId ? documents.find((document) => document.id === version.pdfDocumentId) : undefined;
  const withdrawable = version.origin === 'published' && version.status === 'published';
  return (
    <View className='staff-row' data-testid='notice-version'>
      <View className='staff-row-main'>
        <Text className='block strong'>
          第 {version.version} 版 · {version.document.notice.title || version.document.notice.id}
          <Text className={`tag ${version.status === 'withdrawn' ? 'tag-no' : version.origin === 'bundled' ? 'tag-info' : 'tag-ok'}`}>{versionStatus(version)}</Text>
        </Text>
        <Text className='block muted small'>
          {chineseDate(version.effectiveFrom)}起生效 · 适用 {version.coversYears.join('、')} 年
          {version.publishedAt ? ` · 发布于 ${chinaDateTime(version.publishedAt)}` : ''}
          {version.withdrawnAt ? ` · 撤回于 ${chinaDateTime(version.withdrawnAt)}` : ''}
        </Text>
        <Text className='block muted small'>
          通知 PDF：{pdf ? pdf.title : version.pdfDocumentId ? version.pdfDocumentId : version.origin === 'bundled' ? '随系统内置' : '未附'}
        </Text>
      </View>
      {withdrawable ? (
        <View className='btn-row staff-row-side'>
          <Button className='btn btn-danger btn-inline' onClick={onWithdraw}>
            撤回
          </Button>
        </View>
      ) : null}
    </View>
  );
}
