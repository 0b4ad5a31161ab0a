import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { BindingGate } from '@/components/ticket/BindingGate';
import { ResultList } from '@/components/results/ResultList';
import { QueryGuide } from '@/components/results/QueryGuide';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { noticeOf } from '@/lib/notice';

export default function Results() {
  const [orgId, setOrgId] = useOrg();
  const { org, notice } = noticeOf(orgId, useRulebook());
  return (
    <Page title='成绩与证书' subtitle={org.name}>
      <BindingGate submitLabel='绑定并查看成绩'>{() => <ResultList onOrg={setOrgId} />}</BindingGate>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <QueryGuide notice={notice} />
    </Page>
  );
}
