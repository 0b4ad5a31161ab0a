/** Look-ups over the organisations' data: by id, and the notice in effect on a date. */
import { ORGANISATIONS } from './data/organisations';
import { assertDate, yearOf } from './dates';
import { RulesError } from './errors';
import type { IsoDate, Organisation, OrgNotice, Track } from './types';

/**
 * An organisation by id.
 * @throws RulesError `UNKNOWN_ORG` for an id that is not registered.
 * @example getOrganisation('sjtu').name // '上海交通大学'
 */
export function getOrganisation(id: string): Organisation {
  const found = ORGANISATIONS.find((org) => org.id === id);
  if (!found) throw new RulesError('UNKNOWN_ORG', `未找到评价机构“${String(id)}”`);
  return found;
}

/** Every registered organisation. @example listOrganisations().map((o) => o.id) // ['sjtu', 'kupasi'] */
export function listOrganisations(): Organisation[] {
  return [...ORGANISATIONS];
}

/**
 * The notice in effect on a date: the notice for that year; otherwise the latest earlier
 * notice (or, before the first, the first one), marked `estimated` because it does not
 * cover that year.
 *
 * @example noticeFor('sjtu', '2025-06-01').estimated // false
 * @example noticeFor('sjtu', '2026-06-01').notice.id // 'sjtu-2025'
 * @example noticeFor('sjtu', '2026-06-01').estimated // true (no 2026 notice yet)
 */
export function noticeFor(orgId: string, date: IsoDate): { notice: OrgNotice; estimated: boolean } {
  const org = getOrganisation(orgId);
  assertDate(date);
  const year = yearOf(date);
  const exact = org.notices.find((n) => n.year === year);
  if (exact) return { notice: exact, estimated: false };
  const earlier = org.notices.filter((n) => n.year < year);
  const notice = earlier.length > 0 ? earlier[earlier.length - 1] : org.notices[0];
  return { notice, estimated: true };
}

/**
 * The notice that governs an exam on `examDate`: the notice whose calendar leads to the exam's
 * month (so a January exam from the 11月16日-12月31日 window falls under the previous year's
 * notice), otherwise `noticeFor`.
 *
 * @example examNotice('sjtu', '2026-01-20').notice.id // 'sjtu-2025'
 * @example examNotice('sjtu', '2026-01-20').estimated // false (2025's 11月16日-12月31日 row leads to 2026年1月)
 * @example examNotice('sjtu', '2026-03-20').estimated // true
 */
export function examNotice(orgId: string, examDate: IsoDate): { notice: OrgNotice; estimated: boolean } {
  const org = getOrganisation(orgId);
  assertDate(examDate, '考试日期');
  const month = examDate.slice(0, 7);
  const covering = org.notices.filter((n) => n.calendar.rows.some((r) => r.assessmentMonth === month));
  if (covering.length > 0) return { notice: covering[covering.length - 1], estimated: false };
  return noticeFor(orgId, examDate);
}

/** The latest notice of an organisation. @example latestNotice('kupasi').id // 'kupasi-2025' */
export function latestNotice(orgId: string): OrgNotice {
  const org = getOrganisation(orgId);
  return org.notices[org.notices.length - 1];
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
