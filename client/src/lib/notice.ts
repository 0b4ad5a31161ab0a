/** Data access over the rulebook's organisation data (no rules here). */
import { examNotice, getOrganisation, latestNotice, type OrgNotice, type Organisation, type Offering, type Rulebook } from '@skills/shared';
import { currentRulebook } from '@/services/rulebook';

/**
 * The organisation and the newest notice it has published. Pages pass useRulebook(); without a
 * book it is the launched one (the console's forms, outside any preview).
 */
export function noticeOf(orgId: string, book: Rulebook = currentRulebook().book): { org: Organisation; notice: OrgNotice } {
  return { org: getOrganisation(orgId, book), notice: latestNotice(orgId, book) };
}

export function offeringsFor(notice: OrgNotice, occupationId: string): Offering[] {
  return notice.offerings.filter((offering) => offering.occupationId === occupationId);
}

export function occupationName(orgId: string, occupationId: string, book: Rulebook): string {
  return getOrganisation(orgId, book).occupations.find((item) => item.id === occupationId)?.name ?? occupationId;
}

/** The notice that governs an exam: the one leading to its month, or the newest while the date is unknown. */
export function noticeForExam(orgId: string, examDate: string | null, book: Rulebook): OrgNotice {
  return examDate ? examNotice(orgId, examDate, book).notice : latestNotice(orgId, book);
}
