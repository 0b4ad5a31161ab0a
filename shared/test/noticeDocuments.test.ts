/**
 * Notices as documents: the schema describes exactly the shapes the pages read, the two 2025
 * notices survive a trip through JSON unchanged, and a registry of documents answers by effective
 * date, with answers for the years a notice covers not marked 预计.
 */
import type * as z from 'zod';
import {
  addWorkdays,
  applicationWindow,
  createNoticeRegistry,
  createRulebook,
  examNotice,
  feeFor,
  HOLIDAY_ARRANGEMENTS,
  isWorkday,
  KUPASI,
  KUPASI_2025,
  listOrganisations,
  noticeFor,
  organisationOf,
  ORGANISATIONS,
  retakeValidUntil,
  SJTU,
  SJTU_2025,
  ticketReleaseDate,
  upcomingWindows,
  windowsForYear,
  type HolidayArrangement,
  type NoticeDocument,
  type Organisation,
  type OrgNotice,
} from '../src';
import { holidayArrangement, noticeDocument, orgNotice, organisation } from '../src/notice';

// ---------------------------------------------------------------- the schema is the types

/**
 * True only for identical types: stricter than assigning each way, which would let the schema
 * drop an optional field (a missing optional property is still assignable both ways).
 */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const organisationShape: Identical<z.infer<typeof organisation>, Organisation> = true;
const noticeShape: Identical<z.infer<typeof orgNotice>, OrgNotice> = true;
const documentShape: Identical<z.infer<typeof noticeDocument>, NoticeDocument> = true;
const holidayShape: Identical<z.infer<typeof holidayArrangement>, HolidayArrangement> = true;

it('the schema infers exactly the types the rules module and the pages use (checked by tsc)', () => {
  expect([organisationShape, noticeShape, documentShape, holidayShape]).toEqual([true, true, true, true]);
});

// ---------------------------------------------------------------- the 2025 notices as documents

const roundTrip = (document: NoticeDocument): NoticeDocument => noticeDocument.parse(JSON.parse(JSON.stringify(document)));

describe.each([
  ['上海交通大学', SJTU_2025, SJTU],
  ['上海库帕思科技有限公司', KUPASI_2025, KUPASI],
])('%s 2025: a document, as bundled', (_name, document, org) => {
  it('parses with the schema unchanged', () => {
    expect(noticeDocument.parse(document)).toStrictEqual(document);
  });

  it('document → JSON → parse → organisation deep-equals the bundled organisation', () => {
    expect(organisationOf([roundTrip(document)])).toStrictEqual(org);
  });

  it('the bundled organisation parses with the schema', () => {
    expect(organisation.parse(JSON.parse(JSON.stringify(org)))).toStrictEqual(org);
  });

  it('in effect from 2025-01-01, covering 2025, version 1', () => {
    expect([document.effectiveFrom, document.coversYears, document.version]).toEqual(['2025-01-01', [2025], 1]);
  });
});

describe('the same answers through a registry of round-tripped documents', () => {
  const published = createRulebook({ notices: [roundTrip(SJTU_2025), roundTrip(KUPASI_2025)] });

  it('organisations', () => {
    expect(listOrganisations(published)).toStrictEqual([...ORGANISATIONS]);
  });

  // 二（三）“1月1日-2月15日 3月”; 二（五）“考试前五个工作日”, “考前一周”; 附件1 (kupasi) “11月16日-12月31日 2026年1月”, “考试前3天”.
  it.each([
    ["applicationWindow('sjtu', '2025-02-15')", () => applicationWindow('sjtu', '2025-02-15', published), { opens: '2025-01-01', closes: '2025-02-15', assessmentMonth: '2025-03', estimated: false }],
    ["applicationWindow('kupasi', '2025-12-01')", () => applicationWindow('kupasi', '2025-12-01', published), { opens: '2025-11-16', closes: '2025-12-31', assessmentMonth: '2026-01', estimated: false }],
    ["ticketReleaseDate('sjtu', '2025-10-09', 'group')", () => ticketReleaseDate('sjtu', '2025-10-09', 'group', published), { date: '2025-09-25', estimated: false }],
    ["ticketReleaseDate('sjtu', '2025-10-09', 'individual')", () => ticketReleaseDate('sjtu', '2025-10-09', 'individual', published), { date: '2025-10-02', estimated: false }],
    ["ticketReleaseDate('kupasi', '2025-10-09', 'group')", () => ticketReleaseDate('kupasi', '2025-10-09', 'group', published), { date: '2025-10-06', estimated: false }],
    ["feeFor('sjtu', '4-04-04-02', 3)", () => feeFor('sjtu', '4-04-04-02', 3, undefined, published), { theory: 100, practical: 450, total: 550 }],
    ["retakeValidUntil('sjtu', 2, '2025-03-15')", () => retakeValidUntil('sjtu', 2, '2025-03-15', published), '2028-03-14'],
  ])('%s', (_call, answer, expected) => {
    expect(answer()).toStrictEqual(expected);
  });
});

// ---------------------------------------------------------------- effective dating

/** sjtu's 2027 notice as the issue describes it: the 2025 table moved to 2027, one fee changed. */
function sjtu2027(changes: {
  version: number;
  effectiveFrom: string;
  practical: number;
  calendar?: (rows: OrgNotice['calendar']['rows']) => void;
}): NoticeDocument {
  const document = JSON.parse(JSON.stringify(SJTU_2025)) as NoticeDocument;
  const notice = document.notice;
  notice.id = `sjtu-2027-v${changes.version}`;
  notice.year = 2027;
  notice.calendar.year = 2027;
  notice.calendar.rows = notice.calendar.rows.map((row) => ({
    opens: row.opens.replace('2025', '2027'),
    closes: row.closes.replace('2025', '2027'),
    assessmentMonth: row.assessmentMonth.replace('2026', '2028').replace('2025', '2027'),
  }));
  changes.calendar?.(notice.calendar.rows);
  notice.offerings[0].subjects[1].amount = changes.practical;
  notice.offerings[0].total = 100 + changes.practical;
  return { ...document, version: changes.version, effectiveFrom: changes.effectiveFrom, coversYears: [2027], notice };
}

describe('a 2027 notice effective 2027-01-01 beside the 2025 one', () => {
  const rules = createRulebook({ notices: [SJTU_2025, KUPASI_2025, sjtu2027({ version: 2, effectiveFrom: '2027-01-01', practical: 320 })] });

  it('a 2026 date still answers from the 2025 notice, 预计', () => {
    expect(noticeFor('sjtu', '2026-12-31', rules)).toEqual({ notice: SJTU.notices[0], estimated: true });
    expect(applicationWindow('sjtu', '2026-03-01', rules)).toEqual({ opens: '2026-02-16', closes: '2026-03-15', assessmentMonth: '2026-04', estimated: true });
    expect(feeFor('sjtu', '4-04-05-05', 4, '2026-06-01', rules).total).toBe(400);
  });

  it('from 2027-01-01 the 2027 notice answers, not 预计', () => {
    expect(noticeFor('sjtu', '2027-01-01', rules).notice.id).toBe('sjtu-2027-v2');
    expect(noticeFor('sjtu', '2027-01-01', rules).estimated).toBe(false);
    expect(applicationWindow('sjtu', '2027-02-15', rules)).toEqual({ opens: '2027-01-01', closes: '2027-02-15', assessmentMonth: '2027-03', estimated: false });
    expect(windowsForYear('sjtu', 2027, rules).every((w) => !w.estimated)).toBe(true);
    expect(feeFor('sjtu', '4-04-05-05', 4, '2027-03-01', rules)).toEqual({ theory: 100, practical: 320, total: 420 });
  });

  it('the window 2026年11月16日-12月31日 is 预计, the one after it (2027) is not', () => {
    expect(upcomingWindows('sjtu', '2026-12-01', 2, rules).map((w) => [w.assessmentMonth, w.estimated])).toEqual([
      ['2027-01', true],
      ['2027-03', false],
    ]);
  });

  it('a January 2028 exam falls under the 2027 notice (its last row leads to 2028年1月)', () => {
    expect(examNotice('sjtu', '2028-01-20', rules)).toEqual({ notice: expect.objectContaining({ id: 'sjtu-2027-v2' }), estimated: false });
  });

  it('the organisation keeps both notices, oldest first; the bundled rulebook is untouched', () => {
    expect(listOrganisations(rules)[0].notices.map((n) => n.id)).toEqual(['sjtu-2025', 'sjtu-2027-v2']);
    expect(noticeFor('sjtu', '2027-06-01').estimated).toBe(true);
  });
});

describe('a mid-year adjustment (“如有调整，另行通知”): earlier answers keep the earlier version', () => {
  const rules = createRulebook({
    notices: [
      SJTU_2025,
      sjtu2027({ version: 2, effectiveFrom: '2027-01-01', practical: 320 }),
      sjtu2027({
        version: 3,
        effectiveFrom: '2027-07-01',
        practical: 350,
        // The window “7月16日-8月15日 9月” closing 8月10日, the next opening 8月11日.
        calendar: (rows) => {
          rows[6].closes = '2027-08-10';
          rows[7].opens = '2027-08-11';
        },
      }),
    ],
  });

  it('the window of a day after the revision is the revised table’s', () => {
    expect(applicationWindow('sjtu', '2027-08-12', rules)).toEqual({ opens: '2027-08-11', closes: '2027-09-15', assessmentMonth: '2027-10', estimated: false });
    expect(applicationWindow('sjtu', '2027-03-01', rules)).toEqual({ opens: '2027-02-16', closes: '2027-03-15', assessmentMonth: '2027-04', estimated: false });
  });

  it.each([
    ['2027-06-30', 420],
    ['2027-07-01', 450],
  ])('fee on %s', (date, total) => {
    expect(feeFor('sjtu', '4-04-05-05', 4, date, rules).total).toBe(total);
  });

  it('an exam in a month both versions lead to takes the version in effect on the exam day', () => {
    expect(examNotice('sjtu', '2027-03-20', rules).notice.id).toBe('sjtu-2027-v2');
    expect(examNotice('sjtu', '2027-09-20', rules).notice.id).toBe('sjtu-2027-v3');
  });
});

it('a third organisation is one more document', () => {
  const third: NoticeDocument = { ...JSON.parse(JSON.stringify(KUPASI_2025)), orgId: 'modu', name: '上海模速评价中心', shortName: '模速' };
  const rules = createRulebook({ notices: [SJTU_2025, KUPASI_2025, third] });
  expect(listOrganisations(rules).map((o) => [o.id, o.shortName])).toEqual([
    ['sjtu', '上海交大'],
    ['kupasi', '库帕思'],
    ['modu', '模速'],
  ]);
  expect(feeFor('modu', 'ai-data-annotation', 'special', '2025-05-01', rules).total).toBe(480);
});

it('two documents of one organisation with the same version are refused', () => {
  expect(() => createNoticeRegistry([SJTU_2025, { ...SJTU_2025 }])).toThrow('评价机构“sjtu”的通知第1版重复');
});

// ---------------------------------------------------------------- holiday arrangements

describe('holiday arrangements as documents', () => {
  it.each(HOLIDAY_ARRANGEMENTS.map((a) => [a.reference, a] as const))('%s parses unchanged', (_reference, arrangement) => {
    expect(holidayArrangement.parse(JSON.parse(JSON.stringify(arrangement)))).toStrictEqual(arrangement);
  });

  // 国办发明电〔2025〕7号: “元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”
  it('working days read the rulebook’s arrangements: without 2026’s, 1月4日 is a Sunday off, 预计', () => {
    const without2026 = createRulebook({ holidays: HOLIDAY_ARRANGEMENTS.filter((a) => a.year !== 2026) });
    expect(isWorkday('2026-01-04')).toEqual({ workday: true, estimated: false });
    expect(isWorkday('2026-01-04', without2026)).toEqual({ workday: false, estimated: true });
    expect(addWorkdays('2026-01-05', -1)).toEqual({ date: '2026-01-04', estimated: false });
    expect(addWorkdays('2026-01-05', -1, without2026)).toEqual({ date: '2026-01-02', estimated: true });
  });

  it('the same year twice is refused', () => {
    expect(() => createRulebook({ holidays: [...HOLIDAY_ARRANGEMENTS, HOLIDAY_ARRANGEMENTS[0]] })).toThrow('2025年的节假日安排重复');
  });
});
