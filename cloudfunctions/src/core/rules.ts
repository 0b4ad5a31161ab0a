/**
 * The one place the backend reaches into the rules module. Rules errors become
 * API errors with the same code and Chinese message; nothing is re-implemented here.
 */
import * as rules from '@skills/shared';
import type { Channel, Dated, IsoDate, Offering, OrgNotice, Organisation, Rulebook, Track } from '@skills/shared';
import { ApiError } from './errors';

/**
 * The rulebook answers are computed from: the bundled notices plus those organisations published
 * (core/rulebook.ts builds it and the function entry installs it before each call). One per process:
 * the published notices are the same for every caller, so answers never depend on who asks.
 */
let current: { version: string; book: Rulebook } = { version: 'bundled', book: rules.BUNDLED_RULEBOOK };

export function useRulebook(version: string, book: Rulebook): void {
  current = { version, book };
}

export function rulebook(): { version: string; book: Rulebook } {
  return current;
}

/**
 * The rules are pure functions of their arguments and the rulebook, so answers are kept per
 * rulebook version and argument list (bounded): a ticket lookup asks the same few questions on every request.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R, limit = 5000): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    // The rulebook's version is part of the key: a publish or withdraw changes the answers.
    const key = `${current.version}|${JSON.stringify(args)}`;
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Runs a rules call, turning its RulesError into the matching ApiError. */
export function viaRules<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (rules.isRulesError(error)) {
      const code = error.code === 'INVALID_INPUT' ? 'BAD_REQUEST' : error.code;
      throw new ApiError(code, error.message);
    }
    throw error;
  }
}

const getOrganisation = memo((orgId: string) => rules.getOrganisation(orgId, current.book), 100);
const noticeForDate = memo((orgId: string, date: string) => rules.noticeFor(orgId, date, current.book).notice);

export function organisation(orgId: string): Organisation {
  return viaRules(() => getOrganisation(orgId));
}

export function organisations(): Organisation[] {
  return rules.listOrganisations(current.book);
}

/** The notice in force on a date (the latest one at or before it). */
export function noticeOn(orgId: string, date: string): OrgNotice {
  return viaRules(() => noticeForDate(orgId, date));
}

const examNoticeForDate = memo((orgId: string, date: string) => rules.examNotice(orgId, date, current.book));

/** The notice governing an exam on that date; `estimated` when no notice covers its month. */
export function examNoticeOn(orgId: string, date: string): { notice: OrgNotice; estimated: boolean } {
  return viaRules(() => examNoticeForDate(orgId, date));
}

export function offeringsOf(orgId: string, date: string): Offering[] {
  return noticeOn(orgId, date).offerings;
}

export function offering(orgId: string, occupationId: string, track: Track, date: string): Offering {
  const found = offeringsOf(orgId, date).find((o) => o.occupationId === occupationId && o.track === track);
  if (!found) throw new ApiError('NOT_OFFERED', '该机构不开展此职业（工种）或等级的评价');
  return found;
}

export function occupationName(orgId: string, occupationId: string): string {
  return organisation(orgId).occupations.find((o) => o.id === occupationId)?.name ?? occupationId;
}

export function trackLabel(track: Track): string {
  return rules.trackLabel(track);
}

// Memoised: the answers depend only on the arguments (callers never mutate them).
export const upcomingWindows = memo((orgId: string, date: IsoDate, count: number) => rules.upcomingWindows(orgId, date, count, current.book));
export const ticketReleaseDate = memo((orgId: string, examDate: IsoDate, channel: Channel): Dated => rules.ticketReleaseDate(orgId, examDate, channel, current.book));
export const resultsExpectedBy = memo((examDate: IsoDate, opts: { marking?: boolean } = {}): Dated => rules.resultsExpectedBy(examDate, opts, current.book));
export const retakeValidUntil = memo((orgId: string, track: Track, examDate: IsoDate) => rules.retakeValidUntil(orgId, track, examDate, current.book));

export function applicationWindow(orgId: string, date: IsoDate): rules.ApplicationWindow {
  return rules.applicationWindow(orgId, date, current.book);
}

export const {
  checkEligibility,
  parseIdNumber,
  maskIdNumber,
  isRulesError,
  idCheckCharacter,
} = rules;
