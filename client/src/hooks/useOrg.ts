import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { readStored, writeStored } from '@/services/storage';

const KEY = 'skills.orgId';
const KNOWN = ['sjtu', 'kupasi'];

function isKnownOrg(value: unknown): value is string {
  return typeof value === 'string' && KNOWN.includes(value);
}

function routeOrg(): string | undefined {
  const fromRoute = Taro.getCurrentInstance().router?.params?.org;
  return isKnownOrg(fromRoute) ? fromRoute : undefined;
}

/** The organisation shown now: the latest choice (a page opened with `?org=` counts as one), else 上海交大. */
export function currentOrg(): string {
  return readStored(KEY, routeOrg() ?? 'sjtu', isKnownOrg);
}

/** The organisation the candidate picked: from the page's `?org=` first, then what was last chosen. */
export function useOrg(): [string, (orgId: string) => void] {
  const [orgId, setOrgId] = useState<string>(() => routeOrg() ?? currentOrg());
  useEffect(() => {
    // A link into a 库帕思 page makes 库帕思 the choice its other links and 返回首页 carry on.
    const fromRoute = routeOrg();
    if (fromRoute) writeStored(KEY, fromRoute);
  }, []);
  const choose = useCallback((next: string) => {
    if (!isKnownOrg(next)) return;
    writeStored(KEY, next);
    setOrgId(next);
  }, []);
  return [orgId, choose];
}

export function routeParam(name: string): string | undefined {
  const value = Taro.getCurrentInstance().router?.params?.[name];
  return typeof value === 'string' && value !== '' ? decodeURIComponent(value) : undefined;
}

/**
 * Tells `onOrg` the organisation of a bound candidate's tickets or results once they load, when
 * they all share one, so the page's guidance is that organisation's notice and not another's.
 */
export function useOrgOfAnswers(items: readonly { orgId: string }[] | null, onOrg?: (orgId: string) => void): void {
  const orgs = items ? [...new Set(items.map((item) => item.orgId))] : [];
  const only = orgs.length === 1 ? orgs[0] : null;
  useEffect(() => {
    if (only && onOrg) onOrg(only);
  }, [only, onOrg]);
}
