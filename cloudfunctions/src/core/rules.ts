/**
 * The one place the backend reaches into the rules module. Rules errors become
 * API errors with the same code and Chinese message; nothing is re-implemented here.
 */
import * as rules from '@skills/shared';
import type { Offering, OrgNotice, Organisation, Track } from '@skills/shared';
import { ApiError } from './errors';

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

export function organisation(orgId: string): Organisation {
  return viaRules(() => rules.getOrganisation(orgId));
}

export function organisations(): Organisation[] {
  return rules.listOrganisations();
}

/** The notice in force on a date (the latest one at or before it). */
export function noticeOn(orgId: string, date: string): OrgNotice {
  return viaRules(() => rules.noticeFor(orgId, date).notice);
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

export const {
  applicationWindow,
  upcomingWindows,
  checkEligibility,
  ticketReleaseDate,
  resultsExpectedBy,
  retakeValidUntil,
  parseIdNumber,
  maskIdNumber,
  isRulesError,
  idCheckCharacter,
} = rules;
