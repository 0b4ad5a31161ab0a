/**
 * Look-ups over the organisations' notices: by id, and the notice in effect on a date. Each
 * reads a rulebook (default: the bundled notices).
 */
import { assertDate, yearOf } from './dates';
import { RulesError } from './errors';
import { documentInEffect } from './notice/registry';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { IsoDate, NoticeDocument, Organisation, OrgNotice, Track } from './types';

/**
 * An organisation by id.
 * @throws RulesError `UNKNOWN_ORG` for an id that is not registered.
 * @example getOrganisation('sjtu').name // '上海交通大学'
 */
export function getOrganisation(id: string, rules: Rulebook = BUNDLED_RULEBOOK): Organisation {
  const found = rules.notices.organisations.find((org) => org.id === id);
  if (!found) throw new RulesError('UNKNOWN_ORG', `未找到评价机构“${String(id)}”`);
  return found;
}

/** Every registered organisation. @example listOrganisations().map((o) => o.id) // ['sjtu', 'kupasi'] */
export function listOrganisations(rules: Rulebook = BUNDLED_RULEBOOK): Organisation[] {
  return [...rules.notices.organisations];
}

/**
 * An organisation's notice documents, in effect order.
 * @throws RulesError `UNKNOWN_ORG` for an id that is not registered.
 * @example noticeDocuments('kupasi').map((d) => [d.version, d.effectiveFrom, d.coversYears]) // [[1, '2025-01-01', [2025]]]
 */
export function noticeDocuments(orgId: string, rules: Rulebook = BUNDLED_RULEBOOK): readonly NoticeDocument[] {
  const found = rules.notices.documents.get(orgId);
  if (!found) throw new RulesError('UNKNOWN_ORG', `未找到评价机构“${String(orgId)}”`);
  return found;
}

/**
 * The notice in effect on a date: the latest whose effective date is on or before it (before the
 * first, the first one), marked `estimated` when it does not cover that date's year.
 *
 * @example noticeFor('sjtu', '2025-06-01').estimated // false
 * @example noticeFor('sjtu', '2026-06-01').notice.id // 'sjtu-2025'
 * @example noticeFor('sjtu', '2026-06-01').estimated // true (no 2026 notice yet)
 */
export function noticeFor(
  orgId: string,
  date: IsoDate,
  rules: Rulebook = BUNDLED_RULEBOOK,
): { notice: OrgNotice; estimated: boolean } {
  const documents = noticeDocuments(orgId, rules);
  assertDate(date);
  const document = documentInEffect(documents, date);
  return { notice: document.notice, estimated: !document.coversYears.includes(yearOf(date)) };
}

/**
 * The notice that governs an exam on `examDate`: of the notices whose calendar leads to the
 * exam's month (so a January exam from the 11月16日-12月31日 window falls under the previous
 * year's notice), the one in effect on the exam day; otherwise `noticeFor`.
 *
 * @example examNotice('sjtu', '2026-01-20').notice.id // 'sjtu-2025'
 * @example examNotice('sjtu', '2026-01-20').estimated // false (2025's 11月16日-12月31日 row leads to 2026年1月)
 * @example examNotice('sjtu', '2026-03-20').estimated // true
 */
export function examNotice(
  orgId: string,
  examDate: IsoDate,
  rules: Rulebook = BUNDLED_RULEBOOK,
): { notice: OrgNotice; estimated: boolean } {
  const documents = noticeDocuments(orgId, rules);
  assertDate(examDate, '考试日期');
  const month = examDate.slice(0, 7);
  const covering = documents.filter((d) => d.notice.calendar.rows.some((r) => r.assessmentMonth === month));
  if (covering.length > 0) return { notice: documentInEffect(covering, examDate).notice, estimated: false };
  return noticeFor(orgId, examDate, rules);
}

/** The latest notice of an organisation. @example latestNotice('kupasi').id // 'kupasi-2025' */
export function latestNotice(orgId: string, rules: Rulebook = BUNDLED_RULEBOOK): OrgNotice {
  const documents = noticeDocuments(orgId, rules);
  return documents[documents.length - 1].notice;
}

const LEVEL_LABELS: Record<number, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};

/** True for 5, 4, 3, 2, 1 and 'special'. @example isTrack(3) // true */
export function isTrack(value: unknown): value is Track {
  return value === 'special' || value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * Asserts a track.
 * @throws RulesError `INVALID_INPUT` for anything else.
 * @example assertTrack('special') // 'special'
 */
export function assertTrack(value: unknown): Track {
  if (!isTrack(value)) {
    throw new RulesError('INVALID_INPUT', `申报等级“${String(value)}”无效，应为五级至一级（5-1）或专项职业能力`);
  }
  return value;
}

/**
 * The Chinese name of a track.
 * @throws RulesError `INVALID_INPUT` for a value that is not a track.
 * @example trackLabel(4) // '四级/中级工'
 * @example trackLabel('special') // '专项职业能力'
 */
export function trackLabel(track: Track): string {
  assertTrack(track);
  return track === 'special' ? '专项职业能力' : LEVEL_LABELS[track];
}
