import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Rulebook } from '@skills/shared';
import { currentRulebook } from '@/services/rulebook';
import { readStored, writeStored } from '@/services/storage';
import { useRulebook } from './useRulebook';

const KEY = 'skills.orgId';
/** Shown when nothing (or an organisation no longer published) was chosen. */
const DEFAULT_ORG = 'sjtu';

function isKnownIn(book: Rulebook, value: unknown): value is string {
  return typeof value === 'string' && book.notices.organisations.some((org) => org.id === value);
}

function fallbackOrg(book: Rulebook): string {
  return isKnownIn(book, DEFAULT_ORG) ? DEFAULT_ORG : (book.notices.organisations[0]?.id ?? DEFAULT_ORG);
}

function routeOrg(): string | undefined {
  const fromRoute = Taro.getCurrentInstance().router?.params?.org;
  return typeof fromRoute === 'string' && fromRoute !== '' ? fromRoute : undefined;
}

function storedOrg(): string | undefined {
  return readStored<string | undefined>(KEY, undefined, (value): value is string => typeof value === 'string' && value !== '');
}

/** Of the page's `?org=` and the stored choice, the first the rulebook knows, else the fallback. */
function pickOrg(book: Rulebook, wanted: readonly (string | undefined)[]): string {
  return wanted.find((id) => isKnownIn(book, id)) ?? fallbackOrg(book);
}

/** The organisation shown now: the latest choice (a page opened with `?org=` counts as one), else 上海交大. */
export function currentOrg(book: Rulebook = currentRulebook().book): string {
  return pickOrg(book, [routeOrg(), storedOrg()]);
}

/**
 * The organisation the candidate picked: from the page's `?org=` first, then what was last chosen;
 * one the rulebook does not (yet) know waits for the server's rulebook, and meanwhile 上海交大 shows.
 */
export function useOrg(): [string, (orgId: string) => void] {
  const book = useRulebook();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const orgId = pickOrg(book, [chosen, routeOrg(), storedOrg()]);
  const routeKnown = isKnownIn(book, routeOrg());
  useEffect(() => {
    // A link into a 库帕思 page makes 库帕思 the choice its other links and 返回首页 carry on.
    const fromRoute = routeOrg();
    if (routeKnown && fromRoute) writeStored(KEY, fromRoute);
  }, [routeKnown]);
  const choose = useCallback(
    (next: string) => {
      if (!isKnownIn(book, next)) return;
      writeStored(KEY, next);
      setChosen(next);
    },
    [book],
  );
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
