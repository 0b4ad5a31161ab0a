import { BUNDLED_NOTICES, type NoticeDocument } from '@skills/shared';
import {
  blankDraft,
  copyOf,
  draftKey,
  feeSum,
  isStoredDraft,
  moveToYear,
  nextVersion,
  numberFrom,
  problemsAt,
  problemsUnder,
  valueAt,
  withItem,
  withValue,
  withoutItem,
  yearsFrom,
} from './draft';

const SJTU = BUNDLED_NOTICES.find((document) => document.orgId === 'sjtu') as NoticeDocument;
const KUPASI = BUNDLED_NOTICES.find((document) => document.orgId === 'kupasi') as NoticeDocument;

/** Every `source.notice` of a document. */
function sourceNotices(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'source' && child && typeof child === 'object' ? [(child as { notice: string }).notice] : sourceNotices(child),
  );
}

describe('copyOf', () => {
  it('is the newest document numbered after every version, withdrawn ones too, and shares nothing with it', () => {
    const copy = copyOf(SJTU, [{ version: 1 }, { version: 3 }, { version: 2 }]);
    expect(copy.version).toBe(4);
    expect({ ...copy, version: SJTU.version }).toEqual(SJTU);
    copy.notice.offerings[0].subjects[0].amount = 1;
    expect(SJTU.notice.offerings[0].subjects[0].amount).toBe(100);
  });

  it('numbers an organisation’s first notice 1', () => {
    expect(nextVersion([])).toBe(1);
  });
});

describe('withValue / withItem / withoutItem', () => {
  it('changes one fee by the path a problem names and leaves the draft it was made from as it was', () => {
    const path = ['notice', 'offerings', 0, 'subjects', 1, 'amount'] as const;
    const edited = withValue(SJTU, path, 350);
    expect(valueAt(edited, path)).toBe(350);
    expect(valueAt(SJTU, path)).toBe(300);
    // Only the objects on the path are new; the rest is shared.
    expect(edited.notice.offerings[1]).toBe(SJTU.notice.offerings[1]);
    expect(edited.notice.calendar).toBe(SJTU.notice.calendar);
    expect(Array.isArray(edited.notice.offerings)).toBe(true);
  });

  it('removes an optional field given undefined', () => {
    const edited = withValue(SJTU, ['notice', 'tickets', 0, 'url'], undefined);
    expect('url' in edited.notice.tickets[0]).toBe(false);
    expect(SJTU.notice.tickets[0].url).toBe('https://gjzs.sjtu.edu.cn/skill');
  });

  it('adds and removes calendar rows and phones', () => {
    const rows = ['notice', 'calendar', 'rows'];
    const added = withItem(SJTU, rows, { opens: '', closes: '', assessmentMonth: '' });
    expect(added.notice.calendar.rows).toHaveLength(12);
    const removed = withoutItem(added, rows, 0);
    expect(removed.notice.calendar.rows).toHaveLength(11);
    expect(removed.notice.calendar.rows[0].opens).toBe('2025-02-16');
    const phones = withItem(SJTU, ['notice', 'office', 'supervision'], { label: '新监督电话', number: '021-00000000' });
    expect(phones.notice.office.supervision.map((phone) => phone.label).slice(-1)).toEqual(['新监督电话']);
  });
});

describe('moveToYear', () => {
  it('moves 上海交大’s 2025 table to 2027 as printed (1月1日-2月15日 → 3月, 11月16日-12月31日 → 明年1月)', () => {
    const moved = moveToYear(copyOf(SJTU, [{ version: 1 }]), 2027);
    const rows = moved.notice.calendar.rows;
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({ opens: '2027-01-01', closes: '2027-02-15', assessmentMonth: '2027-03' });
    expect(rows[1]).toEqual({ opens: '2027-02-16', closes: '2027-03-15', assessmentMonth: '2027-04' });
    expect(rows[10]).toEqual({ opens: '2027-11-16', closes: '2027-12-31', assessmentMonth: '2028-01' });
    expect(moved.notice.calendar.year).toBe(2027);
    expect(moved.notice.year).toBe(2027);
    expect(moved.coversYears).toEqual([2027]);
    expect(moved.effectiveFrom).toBe('2027-01-01');
    expect(moved.version).toBe(2);
  });

  it('names the notice for the year and every source after it (the check wants sources to name their notice)', () => {
    const moved = moveToYear(SJTU, 2027);
    expect(SJTU.notice.id).toBe('sjtu-2025');
    expect(moved.notice.id).toBe('sjtu-2027');
    const sources = sourceNotices(moved.notice);
    expect(sources.length).toBeGreaterThan(8);
    expect(new Set(sources)).toEqual(new Set(['sjtu-2027']));
    // The wording and fees are carried over unchanged.
    expect(moved.notice.offerings).toEqual(SJTU.notice.offerings.map((o) => ({ ...o, source: { ...o.source, notice: 'sjtu-2027' } })));
    expect('publishedOn' in moved.notice).toBe(false);
  });

  it('keeps 库帕思’s last row (明年1月 is 2026-01 for 2025) one year on', () => {
    const moved = moveToYear(KUPASI, 2026);
    expect(moved.notice.calendar.rows.at(-1)).toEqual({ opens: '2026-11-16', closes: '2026-12-31', assessmentMonth: '2027-01' });
  });

  it('makes 29 February the 28th in a year without one, and leaves a half-typed date as typed', () => {
    const leap = withValue(withValue(SJTU, ['notice', 'calendar', 'year'], 2024), ['notice', 'calendar', 'rows', 0, 'closes'], '2024-02-29');
    const typing = withValue(leap, ['notice', 'calendar', 'rows', 1, 'opens'], '2024-03');
    const moved = moveToYear(typing, 2025);
    expect(moved.notice.calendar.rows[0].closes).toBe('2025-02-28');
    expect(moved.notice.calendar.rows[1].opens).toBe('2024-03');
  });
});

describe('fee rows as typed', () => {
  it('adds up a row’s subjects (上海交大 row 1: 100 + 300 = 400) and counts a subject still being typed as 0', () => {
    expect(feeSum(SJTU.notice.offerings[0])).toBe(400);
    const changed = withValue(SJTU, ['notice', 'offerings', 0, 'subjects', 1, 'amount'], numberFrom('350'));
    expect(feeSum(changed.notice.offerings[0])).toBe(450);
    const typing = withValue(SJTU, ['notice', 'offerings', 0, 'subjects', 1, 'amount'], numberFrom('3百'));
    expect(feeSum(typing.notice.offerings[0])).toBe(100);
  });

  it('keeps text that is not a whole number as text, so the check can say 应为数字', () => {
    expect(numberFrom(' 450 ')).toBe(450);
    expect(numberFrom('4.5')).toBe('4.5');
    expect(numberFrom('')).toBe('');
  });
});

describe('problems beside their fields', () => {
  const problems = [
    { code: 'FEE_TOTAL', path: ['notice', 'offerings', 0, 'total'], where: '收费标准第1行 合计', message: '…与合计400元不符' },
    { code: 'QUOTE_NOT_FOUND', path: ['notice', 'offerings', 0, 'source', 'quote'], where: '收费标准第1行 出处 原文', message: '通知原文中找不到' },
    { code: 'CALENDAR_GAP', path: ['notice', 'calendar', 'rows', 3, 'opens'], where: '时间安排 时间安排表第4行 受理开始', message: '空缺' },
  ];

  it('gives a field only the problems naming it exactly', () => {
    expect(problemsAt(problems, ['notice', 'offerings', 0, 'total']).map((p) => p.code)).toEqual(['FEE_TOTAL']);
    expect(problemsAt(problems, ['notice', 'offerings', 0])).toEqual([]);
    expect(problemsAt(problems, ['notice', 'offerings', 1, 'total'])).toEqual([]);
  });

  it('counts a section’s problems under its path', () => {
    expect(problemsUnder(problems, ['notice', 'offerings']).map((p) => p.code)).toEqual(['FEE_TOTAL', 'QUOTE_NOT_FOUND']);
    expect(problemsUnder(problems, ['notice', 'calendar']).map((p) => p.code)).toEqual(['CALENDAR_GAP']);
    expect(problemsUnder(problems, ['notice', 'office'])).toEqual([]);
  });
});

describe('blankDraft', () => {
  it('has the organisation’s id and name and every part of a notice, its calendar covering the year', () => {
    const blank = blankDraft('pudong-skills', '浦东技能评价中心', 2027);
    expect(blank).toMatchObject({ orgId: 'pudong-skills', name: '浦东技能评价中心', version: 1, effectiveFrom: '2027-01-01', coversYears: [2027] });
    expect(Object.keys(blank.notice).sort()).toEqual(Object.keys(SJTU.notice).filter((key) => !['publishedOn', 'adjustments', 'declarations', 'eligibilityUnstated'].includes(key)).sort());
    expect(blank.notice.calendar.rows).toEqual([{ opens: '2027-01-01', closes: '2027-12-31', assessmentMonth: '2028-01' }]);
    expect(new Set(sourceNotices(blank.notice))).toEqual(new Set(['pudong-skills-2027']));
  });
});

describe('the draft kept in storage', () => {
  it('is read back only for its own organisation and in its shape', () => {
    const stored = { document: SJTU, pdfDocumentId: null, savedAt: '2026-12-01T05:00:00.000Z' };
    expect(isStoredDraft(stored, 'sjtu')).toBe(true);
    expect(isStoredDraft(stored, 'kupasi')).toBe(false);
    expect(isStoredDraft({ ...stored, pdfDocumentId: 7 }, 'sjtu')).toBe(false);
    expect(isStoredDraft({ document: { orgId: 'sjtu' }, pdfDocumentId: null, savedAt: 'x' }, 'sjtu')).toBe(false);
    expect(isStoredDraft('broken', 'sjtu')).toBe(false);
    expect(draftKey('sjtu')).not.toBe(draftKey('kupasi'));
  });
});

describe('yearsFrom', () => {
  it('reads the years typed, separated any way', () => {
    expect(yearsFrom('2027')).toEqual([2027]);
    expect(yearsFrom('2027、2028')).toEqual([2027, 2028]);
    expect(yearsFrom('202')).toEqual([]);
  });
});
