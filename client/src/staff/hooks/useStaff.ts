import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { WhoamiData } from '@skills/shared';
import { callApi } from '../../services/api';
import { describeError } from '../../services/errors';
import { readStored, writeStored } from '../../services/storage';

const ORG_KEY = 'skills.staffOrg';

let whoami: Promise<WhoamiData> | null = null;

/**
 * Who the caller is, asked once per launch (every console page needs it). An answer
 * of "on no staff list" is not kept: the operator may add this person at any moment,
 * so opening the console again asks again.
 */
export function loadWhoami(refresh = false): Promise<WhoamiData> {
  if (!whoami || refresh) {
    const asked = callApi('admin', 'whoami', {});
    whoami = asked;
    asked.then(
      (answer) => {
        if (answer.staffOf.length === 0 && whoami === asked) whoami = null;
      },
      () => {
        if (whoami === asked) whoami = null;
      },
    );
  }
  return whoami;
}

/** Forgets the remembered answer, so the next page asks again (tests; a changed staff list). */
export function forgetWhoami(): void {
  whoami = null;
}

export type StaffState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** Signed in but on no organisation's staff list. */
  | { status: 'not-staff'; identity: string }
  | { status: 'ready'; identity: string; orgs: WhoamiData['staffOf']; orgId: string; orgName: string };

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * The caller's staff standing and the organisation the console works on: the page's
 * `?org=` when the caller is its staff, else the one used last, else the first.
 * The server checks every action again; this only decides what to show.
 */
export function useStaff(): StaffState & { retry: () => void; chooseOrg: (orgId: string) => void } {
  const [data, setData] = useState<WhoamiData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string>(() => {
    const fromRoute = Taro.getCurrentInstance().router?.params?.org;
    return isString(fromRoute) && fromRoute !== '' ? fromRoute : readStored(ORG_KEY, '', isString);
  });
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
  const chooseOrg = useCallback((orgId: string) => {
    writeStored(ORG_KEY, orgId);
    setChosen(orgId);
  }, []);

  if (error) return { status: 'error', message: error, retry, chooseOrg };
  if (!data) return { status: 'loading', retry, chooseOrg };
  if (data.staffOf.length === 0) return { status: 'not-staff', identity: data.identity, retry, chooseOrg };
  const org = data.staffOf.find((entry) => entry.orgId === chosen) ?? data.staffOf[0];
  return { status: 'ready', identity: data.identity, orgs: data.staffOf, orgId: org.orgId, orgName: org.name, retry, chooseOrg };
}
