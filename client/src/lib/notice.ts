/** Data access over the rules module's organisation data (no rules here). */
import { examNotice, getOrganisation, latestNotice, type OrgNotice, type Organisation, type Offering } from '@skills/shared';

/** The organisation and the newest notice it has published. */
export function noticeOf(orgId: string): { org: Organisation; notice: OrgNotice } {
  return { org: getOrganisation(orgId), notice: latestNotice(orgId) };
}

export function offeringsFor(notice: OrgNotice, occupationId: string): Offering[] {
  return notice.offerings.filter((offering) => offering.occupationId === occupationId);
}

export function occupationName(orgId: string, occupationId: string): string {
  return getOrganisation(orgId).occupations.find((item) => item.id === occupationId)?.name ?? occupationId;
}

/** The notice that governs an exam: the one leading to its month, or the newest while the date is unknown. */
export function noticeForExam(orgId: string, examDate: string | null): OrgNotice {
  return examDate ? examNotice(orgId, examDate).notice : latestNotice(orgId);
}
