import { Page } from '@/components/Page';
import { EligibilityForm } from '@/components/eligibility/EligibilityForm';
import { routeParam, useOrg } from '@/hooks/useOrg';
import { useToday } from '@/hooks/useToday';

export default function Eligibility() {
  const [orgId] = useOrg();
  const today = useToday();
  return (
    <Page>
      <EligibilityForm orgId={orgId} occupationId={routeParam('occupation')} today={today} />
    </Page>
  );
}
