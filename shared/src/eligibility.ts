/**
 * Who may apply for which track, per 附件1 read literally, plus 年满16周岁 for every track.
 *
 * Work time (满N年):
 * - A period's length is the days from `from` through `to` (the last day worked, inclusive), or,
 *   for an open period, up to (not including) the day being judged. So a single period from S
 *   completes N years on the same calendar date N years later, whether still open on that day or
 *   closed the day before (a missing 2月29日 becomes 2月28日).
 * - Several periods are merged where they overlap or touch (nothing counts twice), then summed
 *   in days against N × 365.
 * - “取得…后，累计从事…满N年” counts only the days on or after the certificate's or title's date.
 *
 * Every condition only ever becomes true as time passes (ages and anniversaries arrive, open
 * periods grow), so the first date a clause holds is found condition by condition.
 */
import { AGE_RULE, clausesForLevel, type Condition, type WorkAfter } from './data/clauses';
import { addMonths, addYears, assertDate, formatChineseDate, fromDayNumber, toDayNumber } from './dates';
import { RulesError } from './errors';
import { assertTrack } from './organisations';
import type { Applicant, EligibilityResult, IsoDate, Level, Track } from './types';

const DAYS_PER_YEAR = 365;
const LEVEL_NAMES: Record<Level, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};
const TITLE_NAMES = { junior: '初级职称', intermediate: '中级职称', senior: '高级职称' } as const;
const SCHOOLS = ['technical', 'senior-technical', 'technician-college', 'secondary-vocational', 'higher-vocational', 'university'];
const PROGRAMMES = ['intermediate', 'senior', 'preparatory-technician', 'technician'];
const STATUSES = ['graduated', 'final-year', 'enrolled'];

/** A work period as day numbers, `end` exclusive (the day after the last day worked); Infinity while still working. */
interface Span {
  start: number;
  end: number;
}

interface Facts {
  applicant: Applicant;
  asOf: number;
}

function invalid(message: string): never {
  throw new RulesError('INVALID_INPUT', message);
}

function isLevel(value: unknown): value is Level {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Checks every field the rules read; throws INVALID_INPUT with a Chinese message. */
function validate(applicant: Applicant, asOf: IsoDate): void {
  assertDate(asOf, '评估日期');
  if (typeof applicant !== 'object' || applicant === null) invalid('考生信息缺失');
  assertDate(applicant.birthDate, '出生日期');
  if (applicant.birthDate > asOf) invalid('出生日期不能晚于评估日期');
  const list = <T>(value: T[] | undefined, what: string): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) invalid(`${what}应为列表`);
    return value;
  };
  list(applicant.work, '工作经历').forEach((period, i) => {
    const what = `第${i + 1}段工作经历`;
    assertDate(period?.from, `${what}的开始日期`);
    if (period.from > asOf) invalid(`${what}的开始日期晚于评估日期`);
    if (period.to !== undefined) {
      assertDate(period.to, `${what}的结束日期`);
      if (period.to < period.from) invalid(`${what}的结束日期早于开始日期`);
    }
  });
  list(applicant.certificates, '证书').forEach((cert, i) => {
    const what = `第${i + 1}本证书`;
    if (!isLevel(cert?.level)) invalid(`${what}的等级无效，应为5到1`);
    assertDate(cert.obtainedOn, `${what}的取得日期`);
    if (cert.obtainedOn > asOf) invalid(`${what}的取得日期晚于评估日期`);
  });
  list(applicant.titles, '职称').forEach((title, i) => {
    const what = `第${i + 1}项职称`;
    if (!title || !(title.grade in TITLE_NAMES)) invalid(`${what}的级别无效，应为初级、中级或高级`);
    assertDate(title.obtainedOn, `${what}的取得日期`);
    if (title.obtainedOn > asOf) invalid(`${what}的取得日期晚于评估日期`);
  });
  list(applicant.schooling, '学历').forEach((school, i) => {
    const what = `第${i + 1}项学历`;
    if (!school || !SCHOOLS.includes(school.school)) invalid(`${what}的学校类型无效`);
    if (school.programme !== undefined && !PROGRAMMES.includes(school.programme)) invalid(`${what}的班级类型无效`);
    if (!STATUSES.includes(school.status)) invalid(`${what}的在读/毕业状态无效`);
    if (typeof school.relatedMajor !== 'boolean') invalid(`${what}需注明是否为本专业或相关专业`);
  });
}

/** The day from which work counts: the earliest matching certificate or title; null if none. */
function countingFrom(facts: Facts, after: WorkAfter | undefined): number | null {
  if (!after) return -Infinity;
  const dates =
    'certificate' in after
      ? (facts.applicant.certificates ?? []).filter((c) => c.level === after.certificate).map((c) => c.obtainedOn)
      : (facts.applicant.titles ?? []).filter((t) => t.grade === after.title).map((t) => t.obtainedOn);
  if (dates.length === 0) return null;
  return Math.min(...dates.map(toDayNumber));
}

/** Work periods from `bound` on, merged where they overlap or touch. */
function workSpans(facts: Facts, bound: number): Span[] {
  const spans = (facts.applicant.work ?? [])
    .map((p) => ({
      start: Math.max(toDayNumber(p.from), bound),
      // 结束日期 is the last day worked, so the span ends the day after it: a job ending 6月30日
      // and the next starting 7月1日 touch and merge.
      end: p.to === undefined ? Infinity : toDayNumber(p.to) + 1,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Days of work in the spans up to (not including) `day`. */
function workedDays(spans: Span[], day: number): number {
  return spans.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, day) - s.start), 0);
}

/** The first day (≥ asOf) on which the spans make `years` full years; null if never. */
function workYearsReached(spans: Span[], years: number, asOf: number): number | null {
  if (spans.length === 0) return null;
  if (spans.length === 1) {
    const [only] = spans;
    const completes = toDayNumber(addYears(fromDayNumber(only.start), years));
    return completes <= only.end ? Math.max(asOf, completes) : null;
  }
  const needed = years * DAYS_PER_YEAR;
  const finiteEnds = spans.map((s) => s.end).filter(Number.isFinite);
  // Every span starts by asOf, so an open span alone reaches `needed` by asOf + needed.
  let high = Math.max(asOf + needed, ...finiteEnds);
  if (workedDays(spans, high) < needed) return null;
  let low = asOf;
  if (workedDays(spans, low) >= needed) return low;
  // workedDays never decreases as the day moves on: binary search the first day that suffices.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (workedDays(spans, mid) >= needed) high = mid;
    else low = mid;
  }
  return high;
}

/** The first day (≥ asOf) on which a condition holds; null if time alone never makes it hold. */
function firstDay(condition: Condition, facts: Facts): number | null {
  if ('all' in condition) {
    let latest = facts.asOf;
    for (const child of condition.all) {
      const day = firstDay(child, facts);
      if (day === null) return null;
      latest = Math.max(latest, day);
    }
    return latest;
  }
  if ('any' in condition) {
    const days = condition.any.map((c) => firstDay(c, facts)).filter((d): d is number => d !== null);
    return days.length > 0 ? Math.min(...days) : null;
  }
  const { applicant, asOf } = facts;
  switch (condition.kind) {
    case 'age':
      return Math.max(asOf, toDayNumber(addYears(applicant.birthDate, condition.years)));
    case 'declared':
      return asOf;
    case 'working':
      return (applicant.work ?? []).length > 0 ? asOf : null;
    case 'certificate': {
      const held = (applicant.certificates ?? []).filter((c) => c.level === condition.level);
      if (held.length === 0) return null;
      const earliest = held.map((c) => c.obtainedOn).sort()[0];
      const from = condition.heldYears ? addYears(earliest, condition.heldYears) : earliest;
      return Math.max(asOf, toDayNumber(from));
    }
    case 'schooling':
      return (applicant.schooling ?? []).some(
        (s) =>
          condition.schools.includes(s.school) &&
          (condition.programmes === undefined || (s.programme !== undefined && condition.programmes.includes(s.programme))) &&
          (condition.relatedMajor !== true || s.relatedMajor) &&
          (condition.evaluated !== true || s.evaluated === true) &&
          condition.statuses.includes(s.status),
      )
        ? asOf
        : null;
    case 'workYears': {
      const bound = countingFrom(facts, condition.after);
      if (bound === null) return null;
      return workYearsReached(workSpans(facts, bound), condition.years, asOf);
    }
  }
}

/** Work so far, in years and months: by the calendar for one period, by 365-day years for several. */
function describeWork(spans: Span[], asOf: number): string {
  let years: number;
  let months: number;
  if (spans.length === 1) {
    const start = fromDayNumber(spans[0].start);
    const end = Math.min(spans[0].end, asOf);
    years = 0;
    while (toDayNumber(addYears(start, years + 1)) <= end) years += 1;
    months = 0;
    while (months < 11 && toDayNumber(addMonths(addYears(start, years), months + 1)) <= end) months += 1;
  } else {
    const days = workedDays(spans, asOf);
    years = Math.floor(days / DAYS_PER_YEAR);
    months = Math.min(11, Math.floor((days - years * DAYS_PER_YEAR) / (DAYS_PER_YEAR / 12)));
  }
  return years > 0 ? `${years}年${months}个月` : `${months}个月`;
}

function afterText(after: WorkAfter): string {
  return 'certificate' in after
    ? `本职业或相关职业${LEVEL_NAMES[after.certificate]}职业资格（职业技能等级）证书`
    : `符合专业对应关系的${TITLE_NAMES[after.title]}`;
}

/** What is still missing for a condition at asOf, in Chinese; empty when it holds. */
function missing(condition: Condition, facts: Facts): string[] {
  if (firstDay(condition, facts) === facts.asOf) return [];
  if ('all' in condition) return condition.all.flatMap((c) => missing(c, facts));
  if ('any' in condition) {
    const options = condition.any.map((c) => missing(c, facts));
    return options.sort((a, b) => a.length - b.length)[0] ?? [];
  }
  const reached = firstDay(condition, facts);
  const when = reached === null ? '' : `，预计${formatChineseDate(fromDayNumber(reached))}满足`;
  switch (condition.kind) {
    case 'age':
      return [`还需年满${condition.years}周岁${when}`];
    case 'declared':
      return [];
    case 'working':
      return ['还需从事本职业或相关职业工作'];
    case 'certificate': {
      const name = `本职业或相关职业${LEVEL_NAMES[condition.level]}职业资格（职业技能等级）证书`;
      const held = (facts.applicant.certificates ?? []).some((c) => c.level === condition.level);
      if (!held) return [`还需取得${name}`];
      return [`还需持有${name}满${condition.heldYears ?? 0}年${when}`];
    }
    case 'schooling':
      return [`还需${condition.need}`];
    case 'workYears': {
      const bound = countingFrom(facts, condition.after);
      if (bound === null && condition.after) return [`还需取得${afterText(condition.after)}`];
      const done = describeWork(workSpans(facts, bound ?? -Infinity), facts.asOf);
      const prefix = condition.after ? `在取得${afterText(condition.after)}后` : '';
      return [`还需${prefix}累计从事本职业或相关职业工作满${condition.years}年（目前约${done}）${when}`];
    }
  }
}

/** How many of a condition's parts hold at asOf (a leaf is one part). */
function partsMet(condition: Condition, facts: Facts): number {
  if ('all' in condition) return condition.all.reduce((sum, c) => sum + partsMet(c, facts), 0);
  if ('any' in condition) return Math.max(0, ...condition.any.map((c) => partsMet(c, facts)));
  return firstDay(condition, facts) === facts.asOf ? 1 : 0;
}

/**
 * Whether an applicant may apply for a track on `asOf`, which 附件1 clauses they meet, and,
 * when not yet, the first date on which time alone makes them eligible (open work periods go on,
 * nothing else changes) and what is missing for the nearest clauses.
 *
 * `eligibleFrom` is null when the applicant is already eligible, or when time alone never will be
 * enough. Every track requires 年满16周岁; `'special'` (专项职业能力) requires only that.
 * Inputs are never modified.
 *
 * @throws RulesError `INVALID_INPUT` for a bad date or track, or a certificate, title or work
 *   period that starts after `asOf`, or a period that ends before it starts.
 * @example checkEligibility({ birthDate: '1990-05-01', work: [{ from: '2020-03-01' }] }, 4, '2025-03-01')
 *   // { eligible: true, clauses: ['4-1'], eligibleFrom: null, unmet: [] }
 * @example checkEligibility({ birthDate: '1990-05-01', work: [{ from: '2020-03-01' }] }, 4, '2025-02-28')
 *   // { eligible: false, clauses: [], eligibleFrom: '2025-03-01', unmet: ['按第（1）条：还需累计从事本职业或相关职业工作满5年（目前约4年11个月），预计2025年3月1日满足'] }
 */
export function checkEligibility(applicant: Applicant, track: Track, asOf: IsoDate): EligibilityResult {
  assertTrack(track);
  validate(applicant, asOf);
  const facts: Facts = { applicant, asOf: toDayNumber(asOf) };
  const ageDay = firstDay({ kind: 'age', years: AGE_RULE.years }, facts) as number;
  const ageMet = ageDay === facts.asOf;
  const ageUnmet = ageMet ? [] : missing({ kind: 'age', years: AGE_RULE.years }, facts);

  if (track === 'special') {
    return {
      eligible: ageMet,
      clauses: ageMet ? [AGE_RULE.id] : [],
      eligibleFrom: ageMet ? null : fromDayNumber(ageDay),
      unmet: ageUnmet,
    };
  }

  const evaluated = clausesForLevel(track).map((clause) => ({ clause, day: firstDay(clause.condition, facts) }));
  const met = evaluated.filter((e) => e.day === facts.asOf).map((e) => e.clause.id);
  const eligible = ageMet && met.length > 0;
  if (eligible) return { eligible, clauses: met, eligibleFrom: null, unmet: [] };

  const reachable = evaluated.filter((e): e is typeof e & { day: number } => e.day !== null);
  const soonest = reachable.length > 0 ? Math.min(...reachable.map((e) => e.day)) : null;
  const eligibleFrom = soonest === null ? null : fromDayNumber(Math.max(ageDay, soonest));

  // The nearest clauses: those time completes first; else those with the fewest things missing
  // and, among those, the most parts already met (3-5 with the degree beats 3-1 with nothing).
  const withMissing = evaluated.map((e) => ({
    ...e,
    missing: missing(e.clause.condition, facts),
    partsMet: partsMet(e.clause.condition, facts),
  }));
  let nearest = withMissing.filter((e) => e.day !== null && e.day === soonest);
  if (nearest.length === 0) {
    const fewest = Math.min(...withMissing.map((e) => e.missing.length));
    const fewestMissing = withMissing.filter((e) => e.missing.length === fewest);
    const most = Math.max(...fewestMissing.map((e) => e.partsMet));
    nearest = fewestMissing.filter((e) => e.partsMet === most);
  }
  const clauseUnmet = met.length > 0 ? [] : nearest.flatMap((e) => e.missing.map((m) => `按第（${e.clause.n}）条：${m}`));
  return { eligible: false, clauses: ageMet ? met : [], eligibleFrom, unmet: [...ageUnmet, ...clauseUnmet] };
}
