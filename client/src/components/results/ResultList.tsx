import { useApi } from '../../hooks/useApi';
import { Empty, ErrorState, Loading } from '../StateView';
import { ResultCard } from './ResultCard';

export function ResultList() {
  const mine = useApi('results', 'mine', {});
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
