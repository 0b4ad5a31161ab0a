/** Data access over the rulebook's organisation data (no rules here). */
import { examNotice, getOrganisation, latestNotice, type Occupation, type OrgNotice, type Organisation, type Offering, type Rulebook } from '@skills/shared';

/** The organisation and the newest notice it has published (pages pass useRulebook()). */
export function noticeOf(orgId: string, book: Rulebook): { org: Organisation; notice: OrgNotice } {
  return { org: getOrganisation(orgId, book), notice: latestNotice(orgId, book) };
}

/**
 * As noticeOf, or null while the organisation has no notice in force: one the operator has just
 * added, whose staff are writing its first, or whose only notice was withdrawn.
 */
export function publishedNoticeOf(orgId: string, book: Rulebook): { org: Organisation; notice: OrgNotice } | null {
  return book.notices.documents.has(orgId) ? noticeOf(orgId, book) : null;
}

/** The occupations the organisation's notices name; none before its first notice. */
export function occupationsOf(orgId: string, book: Rulebook): Occupation[] {
  return publishedNoticeOf(orgId, book)?.org.occupations ?? [];
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
