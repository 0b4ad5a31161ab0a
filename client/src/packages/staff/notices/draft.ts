/**
 * A notice draft as staff edit it: a whole notice document (the shape the server checks and
 * publishes), copied from the newest version, changed one value at a time by its path — the
 * same path a check's problem names, so each problem lands beside its field.
 */
import type { NoticeProblem } from '@/services/staff';
import { addMonthsToMonth, addYears, isValidDate, type NoticeDocument, type Offering } from '@skills/shared';

/** Where a value sits in a document, as problems name it: ['notice', 'offerings', 2, 'total']. */
export type DraftPath = readonly (string | number)[];


/** The value at `path`, or undefined where the document has none. */
export function valueAt(document: unknown, path: DraftPath): unknown {
  let value: unknown = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of the document with `value` at `path`; every object on the way is copied, nothing
 * else is (the draft before the edit stays as it was). `undefined` removes an optional field.
 */
export function withValue<T>(document: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const parent: unknown = document;
  if (Array.isArray(parent)) {
    const copy = [...parent] as unknown[];
    copy[key as number] = withValue(copy[key as number], rest, value);
    return copy as T;
  }
  const record = { ...(parent as Record<string, unknown>) };
  const next = withValue(record[key as string], rest, value);
  if (next === undefined) delete record[key as string];
  else record[key as string] = next;
  return record as T;
}

/** The list at `path` with `item` added at its end. */
export function withItem<T>(document: T, path: DraftPath, item: unknown): T {
  const list = valueAt(document, path);
  return withValue(document, path, [...(Array.isArray(list) ? list : []), item]);
}

/** The list at `path` without its `index`-th item. */
export function withoutItem<T>(document: T, path: DraftPath, index: number): T {
  const list = valueAt(document, path);
  return withValue(document, path, Array.isArray(list) ? list.filter((_, i) => i !== index) : list);
}

/**
 * A new version to edit: the newest document's copy numbered after every version there is
 * (withdrawn ones too: a number is never reused).
 */
export function copyOf(newest: NoticeDocument, versions: readonly { version: number }[]): NoticeDocument {
  const copy = JSON.parse(JSON.stringify(newest)) as NoticeDocument;
  return { ...copy, version: nextVersion(versions) };
}

/** The number after the highest version listed (1 for an organisation without one). */
export function nextVersion(versions: readonly { version: number }[]): number {
  return versions.reduce((highest, entry) => Math.max(highest, entry.version), 0) + 1;
}

const BLANK_SOURCE = { notice: '', section: '', quote: '' };

/**
 * The first notice of an organisation with none: every part the document has, left blank for its
 * staff to fill in (the check names each blank), with the organisation's id and name.
 */
export function blankDraft(orgId: string, name: string, year: number): NoticeDocument {
  const id = `${orgId}-${year}`;
  const source = { ...BLANK_SOURCE, notice: id };
  return {
    orgId,
    name,
    shortName: name,
    version: 1,
    effectiveFrom: `${year}-01-01`,
    coversYears: [year],
    occupations: [{ id: '', name: '', minimumSchooling: { known: false, lookUpAt: '' } }],
    notice: {
      id,
      year,
      title: '',
      basis: [],
      offerings: [
        {
          occupationId: '',
          track: 4,
          trackLabel: '',
          subjects: [
            { subject: 'theory', label: '理论知识', amount: 0, feeName: '' },
            { subject: 'practical', label: '操作技能', amount: 0, feeName: '' },
          ],
          total: 0,
          source,
        },
      ],
      eligibilityNote: '',
      application: [
        { channel: 'group', label: '团体申报', who: '', steps: [], materials: [], source },
        { channel: 'individual', label: '个人申报', who: '', steps: [], materials: [], source },
      ],
      payment: { summary: '', rules: [], source },
      calendar: {
        year,
        rows: [{ opens: `${year}-01-01`, closes: `${year}-12-31`, assessmentMonth: `${year + 1}-01` }],
        sameDayTheoryAndPractical: null,
        rolloverMinimum: null,
        notes: [],
        examDateNote: '',
        source,
      },
      tickets: [
        { channel: 'group', timing: { kind: 'workdays-before', n: 5 }, how: '', source },
        { channel: 'individual', timing: { kind: 'days-before', n: 7 }, how: '', source },
      ],
      results: { workdays: 10, workdaysWithMarking: 20, querySteps: [], alsoAt: { name: '', url: '' }, source },
      retake: { years: [{ track: 4, years: 1 }], rules: [], source },
      certificates: { group: '', individual: '', source },
      office: { address: '', hours: '', consultation: [], supervision: [], source },
      documents: [],
      conduct: { title: '', preamble: '', sections: [], afterwards: '', source },
    },
  };
}

/** Every `source` object's notice id replaced (sources must name the notice they quote). */
function renameSources(value: unknown, id: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameSources(item, id));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === 'source' && child !== null && typeof child === 'object' ? [key, { ...child, notice: id }] : [key, renameSources(child, id)],
    ),
  );
}

function shiftDate(date: string, years: number): string {
  return isValidDate(date) ? addYears(date, years) : date;
}

function shiftMonth(month: string, years: number): string {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? addMonthsToMonth(month, years * 12) : month;
}

/**
 * The draft moved to `year`: the calendar table's rows keep their days and move by whole years
 * (a 29 February becomes the 28th), the notice and its sources are named for the year, it covers
 * that year and takes effect on its 1 January. Each can still be changed by hand afterwards.
 * @example moveToYear(sjtu2025, 2027).notice.calendar.rows[0] // { opens: '2027-01-01', closes: '2027-02-15', assessmentMonth: '2027-03' }
 */
export function moveToYear(document: NoticeDocument, year: number): NoticeDocument {
  const years = year - document.notice.calendar.year;
  const { notice } = document;
  const id = notice.id.includes(String(notice.year)) ? notice.id.replace(String(notice.year), String(year)) : `${document.orgId}-${year}`;
  const calendar = {
    ...notice.calendar,
    year,
    rows: notice.calendar.rows.map((row) => ({
      opens: shiftDate(row.opens, years),
      closes: shiftDate(row.closes, years),
      assessmentMonth: shiftMonth(row.assessmentMonth, years),
    })),
  };
  // The new notice prints its own date (left for staff to fill in).
  const moved = withValue({ ...notice, id, year, calendar }, ['publishedOn'], undefined);
  return { ...document, effectiveFrom: `${year}-01-01`, coversYears: [year], notice: renameSources(moved, id) as NoticeDocument['notice'] };
}

/** What a fee row's subjects add up to (a subject still being typed counts as 0). */
export function feeSum(offering: Offering): number {
  return offering.subjects.reduce((sum, subject) => sum + (Number.isFinite(subject.amount) ? Number(subject.amount) : 0), 0);
}

function startsWith(path: readonly (string | number)[], prefix: DraftPath): boolean {
  return prefix.every((key, i) => path[i] === key);
}

/** The problems naming exactly this field. */
export function problemsAt(problems: readonly NoticeProblem[], path: DraftPath): NoticeProblem[] {
  return problems.filter((problem) => problem.path.length === path.length && startsWith(problem.path, path));
}

/** The problems anywhere under this part of the document (a section's or a row's). */
export function problemsUnder(problems: readonly NoticeProblem[], path: DraftPath): NoticeProblem[] {
  return problems.filter((problem) => startsWith(problem.path, path));
}

/** A number field's text as the document stores it: a whole number, or the text itself (the check then says 应为数字). */
export function numberFrom(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * 适用年份 as typed (2027 or 2027、2028) to the list the document stores.
 * @example yearsFrom('2027，2028') // [2027, 2028]
 */
export function yearsFrom(text: string): number[] {
  return (text.match(/\d{4}/g) ?? []).map(Number);
}

/** What the draft kept in storage holds: the document and the attached PDF. */
export interface StoredDraft {
  document: NoticeDocument;
  pdfDocumentId: string | null;
  savedAt: string;
}

/** A stored value that is a draft of this organisation (an old or broken one is not). */
export function isStoredDraft(value: unknown, orgId: string): value is StoredDraft {
  if (value === null || typeof value !== 'object') return false;
  const { document, pdfDocumentId, savedAt } = value as Partial<StoredDraft>;
  return (
    typeof savedAt === 'string' &&
    (pdfDocumentId === null || typeof pdfDocumentId === 'string') &&
    document !== null &&
    typeof document === 'object' &&
    document.orgId === orgId &&
    typeof document.notice === 'object' &&
    document.notice !== null &&
    typeof document.notice.calendar === 'object'
  );
}

/** The storage key of an organisation's draft (one per organisation on this device). */
export function draftKey(orgId: string): string {
  return `staff.noticeDraft.${orgId}`;
}
