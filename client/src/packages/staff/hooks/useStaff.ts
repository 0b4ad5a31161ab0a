import { useCallback, useEffect, useState } from 'react';
import type { WhoamiData } from '@skills/shared';
import { useOrg } from '@/hooks/useOrg';
import { describeError } from '@/services/errors';
import { loadWhoami } from '@/services/whoami';

export type StaffState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** Signed in but on no organisation's staff list. */
  | { status: 'not-staff'; identity: string }
  | { status: 'ready'; identity: string; orgs: WhoamiData['staffOf']; orgId: string; orgName: string };

/**
 * The caller's staff standing and the organisation the console works on: the app's one
 * organisation choice (the page's `?org=`, else the one chosen last) when the caller is
 * its staff, else the first organisation they are staff of.
 * The server checks every action again; this only decides what to show.
 */
export function useStaff(): StaffState & { retry: () => void; chooseOrg: (orgId: string) => void } {
  const [data, setData] = useState<WhoamiData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, chooseOrg] = useOrg();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    setError(null);
    loadWhoami(attempt > 0).then(
      (answer) => active && setData(answer),
      (failure: unknown) => active && setError(describeError(failure)),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (error) return { status: 'error', message: error, retry, chooseOrg };
  if (!data) return { status: 'loading', retry, chooseOrg };
  if (data.staffOf.length === 0) return { status: 'not-staff', identity: data.identity, retry, chooseOrg };
  const org = data.staffOf.find((entry) => entry.orgId === chosen) ?? data.staffOf[0];
  return { status: 'ready', identity: data.identity, orgs: data.staffOf, orgId: org.orgId, orgName: org.name, retry, chooseOrg };
}
