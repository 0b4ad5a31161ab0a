import { Page } from '@/components/Page';
import { Card } from '@/components/Card';
import { OrgPicker } from '@/components/OrgPicker';
import { BindingGate } from '@/components/ticket/BindingGate';
import { TicketList } from '@/components/ticket/TicketList';
import { TicketChannels } from '@/components/ticket/TicketChannels';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { noticeOf } from '@/lib/notice';

export default function Ticket() {
  const [orgId, setOrgId] = useOrg();
  const { org, notice } = noticeOf(orgId, useRulebook());
  return (
    <Page title='准考证' subtitle={org.name}>
      <BindingGate>{() => <TicketList onOrg={setOrgId} />}</BindingGate>
      <Card title='正式准考证如何领取'>
        <OrgPicker value={orgId} onChange={setOrgId} />
        <TicketChannels notice={notice} />
      </Card>
    </Page>
  );
}
