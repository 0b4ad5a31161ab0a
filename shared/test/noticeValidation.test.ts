/**
 * What an office's notice must pass before it is published, each case a change to one of the
 * 2025 notices as printed, and the answer naming the row and field in Chinese. Expected rows,
 * dates and sums are the notices' own (shared/notices/*.txt).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { HOLIDAY_ARRANGEMENTS, KUPASI_2025, SJTU_2025, type NoticeDocument } from '../src';
import { validateHolidayArrangement, validateNoticeDocument, type NoticeProblem } from '../src/notice';

const TEXT = {
  sjtu: readFileSync(join(__dirname, '..', 'notices', 'sjtu-2025.txt'), 'utf8'),
  kupasi: readFileSync(join(__dirname, '..', 'notices', 'kupasi-2025.txt'), 'utf8'),
};

type Edit = (document: NoticeDocument & Record<string, unknown>) => void;

function edited(base: NoticeDocument, edit: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as NoticeDocument & Record<string, unknown>;
  edit(copy);
  return copy;
}

function problems(answer: ReturnType<typeof validateNoticeDocument>): Pick<NoticeProblem, 'code' | 'where' | 'message'>[] {
  return answer.ok ? [] : answer.problems.map(({ code, where, message }) => ({ code, where, message }));
}

describe.each([
  ['上海交通大学 2025', SJTU_2025, TEXT.sjtu],
  ['上海库帕思科技有限公司 2025', KUPASI_2025, TEXT.kupasi],
])('%s as bundled', (_name, document, text) => {
  it('passes every check against its published text', () => {
    expect(problems(validateNoticeDocument(document, text))).toEqual([]);
  });

  it('is refused against the other notice’s text, quote by quote', () => {
    const other = text === TEXT.sjtu ? TEXT.kupasi : TEXT.sjtu;
    const found = problems(validateNoticeDocument(document, other));
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((p) => p.code !== 'QUOTE_NOT_FOUND' && p.code !== 'URL_NOT_FOUND')).toEqual([]);
    expect(found.find((p) => p.where === '标题')?.code).toBe('QUOTE_NOT_FOUND');
  });
});

describe.each<[string, NoticeDocument, string, Edit, Pick<NoticeProblem, 'code' | 'where' | 'message'>[]]>([
  [
    '二（四）“1 人工智能训练师 中级（四级） 100 300 / 400” with 操作技能 301',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.offerings[0].subjects[1].amount = 301;
    },
    [
      {
        code: 'FEE_TOTAL',
        where: '收费标准第1行 合计',
        message: '人工智能训练师 中级（四级）：理论知识100元 + 操作技能301元 = 401元，与合计400元不符',
      },
    ],
  ],
  [
    '二（四）“2 人工智能模型运用 专项职业能力 95 385 480” with 合计 490',
    KUPASI_2025,
    TEXT.kupasi,
    (d) => {
      d.notice.offerings[1].total = 490;
    },
    [
      {
        code: 'FEE_TOTAL',
        where: '收费标准第2行 合计',
        message: '人工智能模型运用 专项职业能力：理论知识95元 + 操作技能385元 = 480元，与合计490元不符',
      },
    ],
  ],
  [
    '二（三）the row “5月16日-6月15日 7月” left out',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.calendar.rows.splice(4, 1);
    },
    [{ code: 'CALENDAR_GAP', where: '时间安排 时间安排表第5行 受理开始', message: '与第4行之间空缺2025-05-16至2025-06-15，没有可申报的窗口' }],
  ],
  [
    '附件1 “3月16日-4月15日 5月” starting 3月10日',
    KUPASI_2025,
    TEXT.kupasi,
    (d) => {
      d.notice.calendar.rows[2].opens = '2025-03-10';
    },
    [{ code: 'CALENDAR_OVERLAP', where: '时间安排 时间安排表第3行 受理开始', message: '与第2行重叠（第2行受理至2025-03-15）' }],
  ],
  [
    '二（三）“10月16日-11月15日 12月” leading to 11月',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.calendar.rows[9].assessmentMonth = '2025-11';
    },
    [{ code: 'CALENDAR_MONTH', where: '时间安排 时间安排表第10行 评价月份', message: '受理截止2025-11-15不早于评价月份2025-11' }],
  ],
  [
    '二（三）the last row “11月16日-12月31日 明年1月” closing 12月15日',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.calendar.rows[10].closes = '2025-12-15';
    },
    [{ code: 'CALENDAR_END', where: '时间安排 时间安排表第11行 受理截止', message: '时间安排表应至2025-12-31止，末行至2025-12-15止' }],
  ],
  [
    '六（三）“业务咨询电话: 021-62933821” typed 021-62933822',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.office.consultation[0].number = '021-62933822';
    },
    [{ code: 'QUOTE_NOT_FOUND', where: '业务受理 咨询电话第1项 号码', message: '通知原文中找不到：“021-62933822”' }],
  ],
  [
    '二（五）“考试前3天” quoted as 考试前5天',
    KUPASI_2025,
    TEXT.kupasi,
    (d) => {
      d.notice.tickets[0].source.quote = d.notice.tickets[0].source.quote.replace('考试前3天', '考试前5天');
    },
    [
      {
        code: 'QUOTE_NOT_FOUND',
        where: '准考证第1项 出处 原文',
        message:
          '通知原文中找不到：“团体申报：库帕思（评价机构）统一制作考生的电子版准考证，在考试前5天发送给相关报名渠道方：如学校、企业等确认；然后发给考核点备份。”',
      },
    ],
  ],
  [
    'the 2025 notice claiming 2026 only',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.coversYears = [2026];
    },
    [
      { code: 'COVERS_YEAR', where: '适用年份', message: '适用年份未包含通知年份2025' },
      { code: 'COVERS_YEAR', where: '适用年份', message: '适用年份未包含时间安排表年份2025' },
    ],
  ],
  [
    'a source citing the other organisation’s notice',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.retake.source.notice = 'kupasi-2025';
    },
    [{ code: 'SOURCE_NOTICE', where: '补考 出处 通知', message: '出处应为本通知“sjtu-2025”，而非“kupasi-2025”' }],
  ],
  [
    'a fee typed as text: “300”',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      (d.notice.offerings[0].subjects[1] as unknown as Record<string, unknown>).amount = '300';
    },
    [{ code: 'SCHEMA', where: '收费标准第1行 科目第2项 金额', message: '应为数字' }],
  ],
  [
    'no effective date, and a field the schema does not know',
    KUPASI_2025,
    TEXT.kupasi,
    (d) => {
      delete (d as Record<string, unknown>).effectiveFrom;
      (d.notice.payment as unknown as Record<string, unknown>).deadline = '3月1日';
    },
    [
      { code: 'SCHEMA', where: '生效日期', message: '缺少此项' },
      { code: 'SCHEMA', where: '申报缴费', message: '有不认识的字段：deadline' },
    ],
  ],
  [
    '二（三）“1月1日-2月15日” written 2025-02-30',
    SJTU_2025,
    TEXT.sjtu,
    (d) => {
      d.notice.calendar.rows[0].closes = '2025-02-30';
    },
    [{ code: 'SCHEMA', where: '时间安排 时间安排表第1行 受理截止', message: '不是有效的日期' }],
  ],
])('%s', (_case, base, text, edit, expected) => {
  it('is refused, naming the row and field', () => {
    const answer = validateNoticeDocument(edited(base, edit), text);
    expect(answer.ok).toBe(false);
    expect(problems(answer)).toEqual(expected);
  });
});

describe('holiday arrangements', () => {
  it.each(HOLIDAY_ARRANGEMENTS.map((a) => [a.reference, a] as const))('%s passes', (_reference, arrangement) => {
    expect(validateHolidayArrangement(arrangement)).toEqual({ ok: true, value: arrangement });
  });

  // 国办发明电〔2024〕12号 “9月28日（周日）、10月11日（周六）上班”: a make-up day must be a Saturday or Sunday.
  it('a make-up day on a Monday (2025-09-29) is refused', () => {
    const arrangement = JSON.parse(JSON.stringify(HOLIDAY_ARRANGEMENTS[0]));
    arrangement.makeUpWorkdays[3] = '2025-09-29';
    expect(validateHolidayArrangement(arrangement)).toEqual({
      ok: false,
      problems: [
        { code: 'MAKE_UP_DAY', path: ['makeUpWorkdays', 3], where: '调休上班日第4项', message: '2025-09-29应为2025年放假日以外的周六或周日' },
      ],
    });
  });

  // “国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。”
  it('an item’s quote not in the announcement is refused', () => {
    const announcement = HOLIDAY_ARRANGEMENTS[0].holidays.map((h) => h.quote).join('\n').replace('至8日（周三）', '至7日（周二）');
    const answer = validateHolidayArrangement(HOLIDAY_ARRANGEMENTS[0], announcement);
    expect(answer.ok ? [] : answer.problems.map((p) => [p.code, p.where])).toEqual([['QUOTE_NOT_FOUND', '放假安排第6项 原文']]);
  });
});
