import { useApi } from '@/hooks/useApi';
import { useOrgOfAnswers } from '@/hooks/useOrg';
import { Empty, ErrorState, Loading } from '@/components/StateView';
import { ResultCard } from './ResultCard';

/** The bound candidate's results; `onOrg` learns their organisation, so the page's own text follows it. */
export function ResultList({ onOrg }: { onOrg?: (orgId: string) => void }) {
  const mine = useApi('results', 'mine', {});
  useOrgOfAnswers(mine.status === 'ready' ? mine.data.results : null, onOrg);
  if (mine.status === 'loading') return <Loading label='正在查询成绩…' />;
  if (mine.status === 'error') return <ErrorState message={mine.message} onRetry={mine.reload} />;
  if (mine.data.results.length === 0) {
    return <Empty message='暂无成绩' hint='考试结束后，成绩发布时会显示在这里。' />;
  }
  return (
    <>
      {mine.data.results.map((result) => (
        <ResultCard key={result.ticketId} result={result} />
      ))}
    </>
  );
}
