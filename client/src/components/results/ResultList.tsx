import { useApi } from '@/hooks/useApi';
import { useOrgOfAnswers } from '@/hooks/useOrg';
import { Empty, Loading } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { ResultCard } from './ResultCard';

/** The bound candidate's results; `onOrg` learns their organisation, so the page's own text follows it. */
export function ResultList({ onOrg }: { onOrg?: (orgId: string) => void }) {
  const mine = useApi('results', 'mine', {});
  useOrgOfAnswers(mine.status === 'ready' ? mine.data.results : null, onOrg);
  return (
    <Loaded
      state={mine}
      loading={<Loading label='正在查询成绩…' />}
      isEmpty={(data) => data.results.length === 0}
      empty={<Empty message='暂无成绩' hint='考试结束后，成绩发布时会显示在这里。' />}
    >
      {(data) => data.results.map((result) => <ResultCard key={result.ticketId} result={result} />)}
    </Loaded>
  );
}
