import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { readStored, writeStored } from '../services/storage';

const KEY = 'skills.orgId';
const KNOWN = ['sjtu', 'kupasi'];

function isKnownOrg(value: unknown): value is string {
  return typeof value === 'string' && KNOWN.includes(value);
}

/** The organisation the candidate picked: from the page's `?org=` first, then what was last chosen. */
export function useOrg(): [string, (orgId: string) => void] {
  const [orgId, setOrgId] = useState<string>(() => {
    const fromRoute = Taro.getCurrentInstance().router?.params?.org;
    if (isKnownOrg(fromRoute)) return fromRoute;
    return readStored(KEY, 'sjtu', isKnownOrg);
  });
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
