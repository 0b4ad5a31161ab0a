import { Text } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { Card } from '@/components/Card';
import { Empty, Loading } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { DocumentItem } from '@/components/documents/DocumentItem';
import { useApi } from '@/hooks/useApi';
import { routeParam, useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { noticeOf } from '@/lib/notice';
import { ROUTES } from '@/lib/navigate';

export default function Documents() {
  const [orgId, setOrgId] = useOrg();
  const occupationId = routeParam('occupation');
  const { org, notice } = noticeOf(orgId, useRulebook());
  const list = useApi('documents', 'list', occupationId ? { orgId, occupationId } : { orgId });

  useShareAppMessage(() => ({ title: `${org.shortName} · 考核指导手册与文件`, path: `${ROUTES.documents}?org=${orgId}` }));

  return (
    <Page title='手册与文件' subtitle={org.name}>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <Card title='可下载的文件'>
        <Loaded
          state={list}
          loading={<Loading label='正在加载文件列表…' />}
          isEmpty={(data) => data.documents.length === 0}
          empty={<Empty message='暂无文件' hint='评价机构上传后会显示在这里。' />}
        >
          {(data) => data.documents.map((doc) => <DocumentItem key={doc.id} document={doc} />)}
        </Loaded>
      </Card>
      <Card title='机构公布的查询渠道'>
        {notice.documents.map((link) => (
          <Text key={link.label} className='block list-item'>
            <Text className='strong'>{link.label}：</Text>
            {link.where}
          </Text>
        ))}
      </Card>
    </Page>
  );
}
