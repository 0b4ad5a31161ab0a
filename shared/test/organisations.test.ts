import {
  applicationWindow,
  checkEligibility,
  ELIGIBILITY_CLAUSES,
  feeFor,
  upcomingWindows,
  examNotice,
  getClause,
  getOrganisation,
  KUPASI,
  listOrganisations,
  noticeFor,
  SJTU,
  trackLabel,
  type Track,
} from '../src';
import { noticeSources } from './sources';

describe('registry', () => {
  it('lists both organisations', () => {
    expect(listOrganisations().map((o) => o.id)).toEqual(['sjtu', 'kupasi']);
    expect(getOrganisation('sjtu')).toBe(SJTU);
    expect(getOrganisation('kupasi')).toBe(KUPASI);
  });

  it.each(['', 'SJTU', 'fudan'])('UNKNOWN_ORG for %p', (id) => {
    expect(() => getOrganisation(id)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ORG' }));
  });

  it('noticeFor: the year’s notice, else the latest earlier one, estimated', () => {
    expect(noticeFor('sjtu', '2025-06-01')).toEqual({ notice: SJTU.notices[0], estimated: false });
    expect(noticeFor('sjtu', '2027-06-01')).toEqual({ notice: SJTU.notices[0], estimated: true });
    expect(noticeFor('kupasi', '2024-06-01')).toEqual({ notice: KUPASI.notices[0], estimated: true });
  });

  it('examNotice: a January exam of the 11月16日-12月31日 window falls under the 2025 notice', () => {
    expect(examNotice('sjtu', '2026-01-20')).toEqual({ notice: SJTU.notices[0], estimated: false });
    expect(examNotice('sjtu', '2026-02-20').estimated).toBe(true);
  });

  it.each([
    [5, '五级/初级工'],
    [4, '四级/中级工'],
    [3, '三级/高级工'],
    [2, '二级/技师'],
    [1, '一级/高级技师'],
    ['special', '专项职业能力'],
  ] as [Track, string][])('trackLabel(%p) = %s', (track, label) => {
    expect(trackLabel(track)).toBe(label);
  });

  it('trackLabel rejects a non-track', () => {
    expect(() => trackLabel(6 as Track)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('上海交通大学 2025', () => {
  const [notice] = SJTU.notices;

  it('offers 人工智能训练师 and 网络与信息安全管理员 at levels 4 and 3', () => {
    expect(notice.offerings.map((o) => `${o.occupationId}:${String(o.track)}`)).toEqual([
      '4-04-05-05:4',
      '4-04-05-05:3',
      '4-04-04-02:4',
      '4-04-04-02:3',
    ]);
  });

  it('pays by bank transfer with the remark 姓名+等级认定考试', () => {
    expect(notice.payment.account).toMatchObject({
      payee: '上海交通大学',
      creditCode: '1210000042500615X0',
      accountNumber: '439059226890',
      bank: '中国银行上海市上海交通大学支行',
      remark: '姓名+等级认定考试',
    });
    expect(notice.payment.source.quote).toContain('姓名+等级认定考试');
  });

  it('states the same-day and 30-applicant rollover rules', () => {
    expect(notice.calendar.sameDayTheoryAndPractical).toBe(true);
    expect(notice.calendar.rolloverMinimum).toBe(30);
    expect(notice.calendar.notes.join()).toContain('不足30人');
    expect(notice.calendar.notes.join()).toContain('另行通知');
  });

  it('ticket rules: 团体 5 working days, 个人 one week', () => {
    expect(notice.tickets.map((t) => [t.channel, t.timing])).toEqual([
      ['group', { kind: 'workdays-before', n: 5 }],
      ['individual', { kind: 'days-before', n: 7 }],
    ]);
    expect(notice.tickets[0].source.quote).toContain('考试前五个工作日');
    expect(notice.tickets[1].source.quote).toContain('考前一周');
  });

  it('office, phones and documents', () => {
    expect(notice.office.address).toBe('上海市长宁区法华镇路535号主楼216室');
    expect(notice.office.consultation.map((p) => p.number)).toEqual(['021-62933821']);
    expect(notice.office.supervision.map((p) => p.number)).toEqual(['021-34206252', '021-62932810', '400-820-9278']);
    expect(notice.documents.map((d) => d.url)).toEqual([
      'http://biaozhun.osta.org.cn/',
      'https://gjzs.sjtu.edu.cn/skill',
      'https://gjzs.sjtu.edu.cn/skill',
    ]);
    expect(notice.certificates.lostReplacement).toContain('持身份证');
  });

  it('minimum schooling: 人工智能训练师 初中毕业 per its 2021 standard; the other unknown', () => {
    expect(SJTU.occupations.map((o) => o.minimumSchooling)).toEqual([
      { known: true, text: '初中毕业（或相当文化程度）', standard: '《人工智能训练师国家职业技能标准（2021年版）》' },
      { known: false, lookUpAt: 'http://biaozhun.osta.org.cn/' },
    ]);
  });
});

describe('上海库帕思科技有限公司 2025', () => {
  const [notice] = KUPASI.notices;

  it('offers two 专项职业能力 projects at 480 each', () => {
    expect(notice.offerings.map((o) => [o.occupationId, o.track, o.total])).toEqual([
      ['ai-data-annotation', 'special', 480],
      ['ai-model-application', 'special', 480],
    ]);
    expect(notice.payment.standard).toBe('按照2025年上海库帕思科技有限公司职业技能评价收费标准执行。');
    expect(notice.payment.account).toBeUndefined();
  });

  it('does not state a rollover or same-day rule, and says so', () => {
    expect(notice.calendar.rolloverMinimum).toBeNull();
    expect(notice.calendar.sameDayTheoryAndPractical).toBeNull();
    expect(notice.calendar.unstated?.join()).toContain('顺延');
  });

  it('tickets 3 days before on both channels; phones; 公众号 documents', () => {
    expect(notice.tickets.map((t) => t.timing)).toEqual([
      { kind: 'days-before', n: 3 },
      { kind: 'days-before', n: 3 },
    ]);
    expect(notice.office.consultation.map((p) => p.number)).toEqual(['18921123057']);
    expect(notice.office.supervision.map((p) => p.number)).toEqual(['15002100888', '400-820-9278']);
    expect(notice.office.supervision.every((p) => p.hours === undefined)).toBe(true);
    expect(notice.documents.every((d) => d.where.includes('“库帕思”公众号'))).toBe(true);
    expect(notice.certificates.lostReplacement).toBeUndefined();
    expect(notice.publishedOn).toBe('2025-02-26');
  });

  it('minimum schooling is unknown for both projects', () => {
    expect(KUPASI.occupations.every((o) => !o.minimumSchooling.known)).toBe(true);
  });
});

describe('附件2 conduct rules', () => {
  it.each([SJTU, KUPASI])('$name: sections 一 to 四 with their penalties and items', (org) => {
    const { conduct } = org.notices[0];
    expect(conduct.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['一', 0], // printed as one paragraph: the 报名表 duty, then the penalty
      ['二', 4],
      ['三', 5],
      ['四', 7],
    ]);
    expect(conduct.sections[1].penalty).toContain('取消当次该科目成绩');
    expect(conduct.sections[2].penalty).toContain('当年不得参加评价');
    expect(conduct.sections[3].penalty).toContain('5年内不得参加评价');
  });
});

describe('附件1 clauses as data', () => {
  it('numbers them level 5 (1)-(2), 4 (1)-(3), 3 (1)-(6), 2 (1)-(5), 1 (1)-(3)', () => {
    expect(ELIGIBILITY_CLAUSES.map((c) => c.id)).toEqual([
      '5-1', '5-2', '4-1', '4-2', '4-3', '3-1', '3-2', '3-3', '3-4', '3-5', '3-6', '2-1', '2-2', '2-3', '2-4', '2-5', '1-1', '1-2', '1-3',
    ]);
    for (const clause of ELIGIBILITY_CLAUSES) expect(clause.source.quote).toBe(clause.text);
  });

  it('getClause rejects an unknown id', () => {
    expect(getClause('2-5').text).toContain('技师学院预备技师班、技师班学生');
    expect(() => getClause('3-7')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('data cites its source', () => {
  it.each([SJTU, KUPASI])('$name: every block names its notice and quotes it', (org) => {
    const notice = org.notices[0];
    const sources = noticeSources(notice);
    for (const source of sources) {
      expect(source.notice).toBe(notice.id);
      expect(source.quote.length).toBeGreaterThan(4);
    }
  });
});

it('no function changes the shared data it reads', () => {
  const before = JSON.stringify(listOrganisations());
  const clausesBefore = JSON.stringify(ELIGIBILITY_CLAUSES);
  for (const orgId of ['sjtu', 'kupasi']) {
    noticeFor(orgId, '2027-01-01');
    examNotice(orgId, '2026-01-10');
  }
  const windows = upcomingWindows('sjtu', '2025-11-20', 4);
  windows[0].opens = 'changed';
  const fee = feeFor('sjtu', '4-04-05-05', 4);
  fee.total = 0;
  checkEligibility({ birthDate: '1990-01-01', work: [{ from: '2020-01-01' }] }, 2, '2025-01-01');
  expect(JSON.stringify(listOrganisations())).toBe(before);
  expect(JSON.stringify(ELIGIBILITY_CLAUSES)).toBe(clausesBefore);
  expect(applicationWindow('sjtu', '2025-11-20').opens).toBe('2025-11-16');
});
