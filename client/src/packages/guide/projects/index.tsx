import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { OccupationCard } from '@/components/guide/OccupationCard';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { noticeOf, offeringsFor } from '@/lib/notice';

export default function Projects() {
  const [orgId, setOrgId] = useOrg();
  const { org, notice } = noticeOf(orgId, useRulebook());
  return (
    <Page title='评价项目' subtitle={`${org.name} · ${notice.year}年`}>
      <OrgPicker value={orgId} onChange={setOrgId} />
      {org.occupations.map((occupation) => (
        <OccupationCard
          key={occupation.id}
          orgId={orgId}
          occupation={occupation}
          offerings={offeringsFor(notice, occupation.id)}
        />
      ))}
    </Page>
  );
}
