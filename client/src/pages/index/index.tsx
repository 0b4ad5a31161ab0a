import { Text } from '@tarojs/components';
import { getOrganisation } from '@skills/shared';
import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { WindowCard } from '@/components/home/WindowCard';
import { EntryGrid } from '@/components/home/EntryGrid';
import { AnnouncementList } from '@/components/home/AnnouncementList';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { useToday } from '@/hooks/useToday';

export default function Home() {
  const [orgId, setOrgId] = useOrg();
  const today = useToday();
  const book = useRulebook();
  const org = getOrganisation(orgId, book);
  return (
    <Page title='职业技能评价考生助手' subtitle='上海市社会化职业技能评价'>
      <Text className='block muted'>选择评价机构</Text>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <Text className='block strong' style={{ margin: '4px 0 8px' }}>
        {org.name}
      </Text>
      <WindowCard orgId={orgId} today={today} />
      <EntryGrid orgId={orgId} />
      <AnnouncementList orgId={orgId} />
    </Page>
  );
}
