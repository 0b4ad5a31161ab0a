import { useApi } from '@/hooks/useApi';
import { useToday } from '@/hooks/useToday';
import { useOrgOfAnswers } from '@/hooks/useOrg';
import { Empty, Loading } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { TicketView } from './TicketView';

/** The bound candidate's tickets; `onOrg` learns their organisation, so the page's own text follows it. */
export function TicketList({ onOrg }: { onOrg?: (orgId: string) => void }) {
  const mine = useApi('tickets', 'mine', {});
  const today = useToday();
  useOrgOfAnswers(mine.status === 'ready' ? mine.data.tickets : null, onOrg);
  return (
    <Loaded
      state={mine}
      loading={<Loading label='正在查询准考证…' />}
      isEmpty={(data) => data.tickets.length === 0}
      empty={<Empty message='暂无准考证' hint='报名审核通过、考试排定后，准考证会显示在这里。' />}
    >
      {(data) => data.tickets.map((ticket) => <TicketView key={ticket.id} ticket={ticket} today={today} />)}
    </Loaded>
  );
}
