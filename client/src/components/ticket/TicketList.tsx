import { useApi } from '@/hooks/useApi';
import { useToday } from '@/hooks/useToday';
import { useOrgOfAnswers } from '@/hooks/useOrg';
import { Empty, ErrorState, Loading } from '@/components/StateView';
import { TicketView } from './TicketView';

/** The bound candidate's tickets; `onOrg` learns their organisation, so the page's own text follows it. */
export function TicketList({ onOrg }: { onOrg?: (orgId: string) => void }) {
  const mine = useApi('tickets', 'mine', {});
  const today = useToday();
  useOrgOfAnswers(mine.status === 'ready' ? mine.data.tickets : null, onOrg);
  if (mine.status === 'loading') return <Loading label='正在查询准考证…' />;
  if (mine.status === 'error') return <ErrorState message={mine.message} onRetry={mine.reload} />;
  if (mine.data.tickets.length === 0) {
    return <Empty message='暂无准考证' hint='报名审核通过、考试排定后，准考证会显示在这里。' />;
  }
  return (
    <>
      {mine.data.tickets.map((ticket) => (
        <TicketView key={ticket.id} ticket={ticket} today={today} />
      ))}
    </>
  );
}
