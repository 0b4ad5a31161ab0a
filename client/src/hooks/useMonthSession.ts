import type { Session, Track } from '@skills/shared';
import { useApi } from './useApi';

/** The announced session of a month for an occupation and track (the earliest, if several). */
export function useMonthSession(orgId: string, occupationId: string, track: Track, month: string) {
  const answer = useApi('sessions', 'list', { orgId, occupationId, track, month });
  let session: Session | null = null;
  if (answer.status === 'ready') {
    const usable = answer.data.sessions.filter((item) => item.status !== 'cancelled');
    usable.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    session = usable[0] ?? null;
  }
  return { session, status: answer.status, message: answer.status === 'error' ? answer.message : null, reload: answer.reload };
}
