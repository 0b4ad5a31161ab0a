import { addDays, checkEligibility, ELIGIBILITY_CLAUSES, getClause, type Applicant, type Level } from '../src';
import { applicant, deepFreeze } from './factories';

interface ClauseCase {
  /** The clause under test, e.g. '4-2'. */
  id: string;
  applicant: Applicant;
  /** The first day on which the clause (and 年满16周岁) holds. */
  boundary: string;
}

/** One case per 附件1 clause; each applicant meets no other clause of that level earlier. */
const CASES: ClauseCase[] = [
  { id: '5-1', applicant: applicant({ birthDate: '2009-07-10' }), boundary: '2025-07-10' },
  { id: '5-2', applicant: applicant({ birthDate: '2009-07-10', work: [{ from: '2025-07-01' }] }), boundary: '2025-07-10' },
  { id: '4-1', applicant: applicant({ work: [{ from: '2020-03-01' }] }), boundary: '2025-03-01' },
  {
    id: '4-2',
    applicant: applicant({ work: [{ from: '2020-01-01' }], certificates: [{ level: 5, obtainedOn: '2021-06-10' }] }),
    boundary: '2024-06-10',
  },
  {
    id: '4-3',
    applicant: applicant({
      birthDate: '2009-09-01',
      schooling: [{ school: 'secondary-vocational', relatedMajor: true, status: 'final-year' }],
    }),
    boundary: '2025-09-01',
  },
  { id: '3-1', applicant: applicant({ work: [{ from: '2015-03-01' }] }), boundary: '2025-03-01' },
  {
    id: '3-2',
    applicant: applicant({ work: [{ from: '2018-01-01' }], certificates: [{ level: 4, obtainedOn: '2021-01-20' }] }),
    boundary: '2025-01-20',
  },
  {
    id: '3-3',
    applicant: applicant({ work: [{ from: '2023-01-01' }], titles: [{ grade: 'junior', obtainedOn: '2024-05-06' }] }),
    boundary: '2025-05-06',
  },
  {
    id: '3-4',
    applicant: applicant({
      birthDate: '2009-04-01',
      schooling: [{ school: 'technician-college', programme: 'senior', relatedMajor: true, status: 'final-year' }],
    }),
    boundary: '2025-04-01',
  },
  {
    id: '3-5',
    applicant: applicant({
      birthDate: '2009-05-20',
      certificates: [{ level: 4, obtainedOn: '2024-12-01' }],
      schooling: [{ school: 'higher-vocational', relatedMajor: true, status: 'final-year' }],
    }),
    boundary: '2025-05-20',
  },
  {
    id: '3-6',
    applicant: applicant({
      birthDate: '2009-11-11',
      schooling: [{ school: 'higher-vocational', relatedMajor: true, evaluated: true, status: 'graduated' }],
    }),
    boundary: '2025-11-11',
  },
  {
    id: '2-1',
    applicant: applicant({
      work: [{ from: '2010-01-01', to: '2012-01-01' }, { from: '2019-01-01' }],
      certificates: [{ level: 3, obtainedOn: '2020-08-31' }],
    }),
    boundary: '2025-08-31',
  },
  {
    id: '2-2',
    applicant: applicant({
      work: [{ from: '2018-01-01' }],
      titles: [{ grade: 'junior', obtainedOn: '2019-02-01' }],
      certificates: [{ level: 3, obtainedOn: '2024-09-10' }],
    }),
    boundary: '2025-09-10',
  },
  {
    id: '2-3',
    applicant: applicant({ work: [{ from: '2024-01-01' }], titles: [{ grade: 'intermediate', obtainedOn: '2024-10-15' }] }),
    boundary: '2025-10-15',
  },
  {
    id: '2-4',
    applicant: applicant({
      work: [{ from: '2023-07-01' }],
      certificates: [{ level: 3, obtainedOn: '2023-01-01' }],
      schooling: [{ school: 'senior-technical', relatedMajor: false, status: 'graduated' }],
    }),
    boundary: '2025-07-01',
  },
  {
    id: '2-5',
    applicant: applicant({
      certificates: [{ level: 3, obtainedOn: '2023-06-30' }],
      schooling: [{ school: 'technician-college', programme: 'technician', relatedMajor: true, status: 'enrolled' }],
    }),
    boundary: '2025-06-30',
  },
  {
    id: '1-1',
    applicant: applicant({ work: [{ from: '2020-01-01' }], certificates: [{ level: 2, obtainedOn: '2020-04-01' }] }),
    boundary: '2025-04-01',
  },
  {
    id: '1-2',
    applicant: applicant({
      work: [{ from: '2018-01-01' }],
      titles: [{ grade: 'intermediate', obtainedOn: '2019-03-01' }],
      certificates: [{ level: 2, obtainedOn: '2024-12-01' }],
    }),
    boundary: '2025-12-01',
  },
  {
    id: '1-3',
    applicant: applicant({ work: [{ from: '2024-01-01' }], titles: [{ grade: 'senior', obtainedOn: '2024-07-07' }] }),
    boundary: '2025-07-07',
  },
];

/** 附件1 as printed (《国家职业标准编制技术规程（2023 年版）》 附录5), clause by clause. */
const ANNEX1_WORDING: Record<string, string> = {
  '5-1': '年满16周岁，拟从事本职业或相关职业工作。',
  '5-2': '年满16周岁，从事本职业或相关职业工作。',
  '4-1': '累计从事本职业或相关职业工作满5年。',
  '4-2': '取得本职业或相关职业五级/初级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满3年。',
  '4-3': '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）。',
  '3-1': '累计从事本职业或相关职业工作满10年。',
  '3-2': '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满4年。',
  '3-3': '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。',
  '3-4': '取得本专业或相关专业的技工院校高级工班及以上毕业证书（含在读应届毕业生）。',
  '3-5': '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书，并取得高等职业学校、专科及以上普通高等学校本专业或相关专业毕业证书（含在读应届毕业生）。',
  '3-6': '取得经评估论证的高等职业学校、专科及以上普通高等学校本专业或相关专业的毕业证书（含在读应届毕业生）。',
  '2-1': '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年。',
  '2-2':
    '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年。',
  '2-3': '取得符合专业对应关系的中级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。',
  '2-4': '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作满2年。',
  '2-5': '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书满2年的技师学院预备技师班、技师班学生。',
  '1-1': '取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年。',
  '1-2':
    '取得符合专业对应关系的中级职称后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年。',
  '1-3': '取得符合专业对应关系的高级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。',
};

it('has a case for every clause of 附件1', () => {
  expect(CASES.map((c) => c.id)).toEqual(ELIGIBILITY_CLAUSES.map((c) => c.id));
  expect(CASES.map((c) => c.id)).toEqual(Object.keys(ANNEX1_WORDING));
});

describe.each(CASES.map((c) => [`${c.id} ${ANNEX1_WORDING[c.id]}`, c] as const))('%s', (_desc, c) => {
  it('is the clause as printed', () => {
    expect(getClause(c.id).text).toBe(ANNEX1_WORDING[c.id]);
  });

  const level = getClause(c.id).level as Level;

  it('is met on the exact boundary', () => {
    const result = checkEligibility(c.applicant, level, c.boundary);
    expect(result.eligible).toBe(true);
    expect(result.clauses).toContain(c.id);
    expect(result.eligibleFrom).toBeNull();
    expect(result.unmet).toEqual([]);
  });

  it('is not met one day short, and names the boundary as eligibleFrom', () => {
    const result = checkEligibility(c.applicant, level, addDays(c.boundary, -1));
    expect(result.eligible).toBe(false);
    expect(result.clauses).not.toContain(c.id);
    expect(result.eligibleFrom).toBe(c.boundary);
    expect(result.unmet.length).toBeGreaterThan(0);
  });

  it('stays met later', () => {
    expect(checkEligibility(c.applicant, level, addDays(c.boundary, 400)).clauses).toContain(c.id);
  });
});

describe('满N年', () => {
  it.each([
    ['a single period from 2020-02-29 completes 5 years on 2025-02-28 (month-end rule)', [{ from: '2020-02-29' }], '2025-02-28'],
    [
      'several periods are summed in 365-day years: 731 days, then 1094 more',
      [{ from: '2015-01-01', to: '2016-12-31' }, { from: '2020-01-01' }],
      '2022-12-30',
    ],
    [
      'overlapping periods count once (merged into one period from 2020-01-01)',
      [{ from: '2020-01-01', to: '2023-01-01' }, { from: '2021-01-01' }],
      '2025-01-01',
    ],
    [
      'touching periods merge into one period',
      [{ from: '2020-03-01', to: '2022-03-01' }, { from: '2022-03-01' }],
      '2025-03-01',
    ],
    [
      'a closed period that ends in the future still counts up to its end',
      [{ from: '2020-03-01', to: '2026-01-01' }],
      '2025-03-01',
    ],
  ])('%s', (_name, work, boundary) => {
    const person = applicant({ work });
    expect(checkEligibility(person, 4, boundary).clauses).toEqual(['4-1']);
    const before = checkEligibility(person, 4, addDays(boundary, -1));
    expect(before.eligible).toBe(false);
    expect(before.eligibleFrom).toBe(boundary);
  });

  it('结束日期 is the last day worked: 2020-03-01 to 2025-02-28 is five full years, one day less is not', () => {
    expect(checkEligibility(applicant({ work: [{ from: '2020-03-01', to: '2025-02-28' }] }), 4, '2025-06-01').clauses).toEqual([
      '4-1',
    ]);
    const shortByADay = checkEligibility(applicant({ work: [{ from: '2020-03-01', to: '2025-02-27' }] }), 4, '2025-06-01');
    expect(shortByADay).toMatchObject({ eligible: false, eligibleFrom: null });
  });

  it('back-to-back jobs (one ends 6月30日, the next starts 7月1日) are one unbroken period', () => {
    const person = applicant({ work: [{ from: '2020-07-01', to: '2022-06-30' }, { from: '2022-07-01' }] });
    expect(checkEligibility(person, 4, '2025-07-01').clauses).toEqual(['4-1']);
    expect(checkEligibility(person, 4, '2025-06-30').eligibleFrom).toBe('2025-07-01');
  });

  it('a period of one day counts one day', () => {
    // 1 day, then 1824 more from 2021-01-01: 2025-12-30 (2024 is a leap year).
    const person = applicant({ work: [{ from: '2020-06-01', to: '2020-06-01' }, { from: '2021-01-01' }] });
    expect(checkEligibility(person, 4, '2025-06-01').eligibleFrom).toBe('2025-12-30');
  });

  it('closed periods do not grow: never enough time means eligibleFrom null', () => {
    const result = checkEligibility(applicant({ work: [{ from: '2020-03-01', to: '2024-03-01' }] }), 4, '2025-06-01');
    expect(result).toEqual({
      eligible: false,
      clauses: [],
      eligibleFrom: null,
      unmet: expect.arrayContaining([expect.stringContaining('还需累计从事本职业或相关职业工作满5年（目前约4年0个月）')]),
    });
  });

  it('取得…证书后: work before the certificate does not count', () => {
    const person = applicant({
      work: [{ from: '2015-01-01', to: '2021-06-01' }],
      certificates: [{ level: 5, obtainedOn: '2021-06-10' }],
    });
    expect(checkEligibility(person, 4, '2025-06-01').clauses).toEqual(['4-1']);
    const withoutOld = applicant({
      work: [{ from: '2020-06-01', to: '2021-05-31' }, { from: '2022-01-01' }],
      certificates: [{ level: 5, obtainedOn: '2021-06-10' }],
    });
    // Only the period from 2022-01-01 counts toward 4-2 (3 years: 2025-01-01); 4-1 sums both
    // periods (365 days, then 1460 more: 2025-12-31).
    expect(checkEligibility(withoutOld, 4, '2024-12-31').clauses).toEqual([]);
    expect(checkEligibility(withoutOld, 4, '2025-01-01').clauses).toEqual(['4-2']);
    expect(checkEligibility(withoutOld, 4, '2025-12-30').clauses).toEqual(['4-2']);
    expect(checkEligibility(withoutOld, 4, '2025-12-31').clauses).toEqual(['4-1', '4-2']);
  });

  it('several periods after a certificate are summed in days', () => {
    const person = applicant({
      work: [{ from: '2020-01-01', to: '2020-12-31' }, { from: '2022-01-01' }],
      certificates: [{ level: 4, obtainedOn: '2020-01-01' }],
    });
    expect(checkEligibility(person, 3, '2024-12-29').eligible).toBe(false);
    expect(checkEligibility(person, 3, '2024-12-30').clauses).toEqual(['3-2']);
  });

  it('2-2 needs both parts: 5 years after the junior title is not enough alone', () => {
    const result = checkEligibility(CASES.find((c) => c.id === '2-2')!.applicant, 2, '2025-01-01');
    expect(result.eligible).toBe(false);
    expect(result.unmet).toEqual([
      '按第（2）条：还需在取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后累计从事本职业或相关职业工作满1年（目前约3个月），预计2025年9月10日满足',
    ]);
  });
});

describe('schooling clauses read literally', () => {
  it.each([
    ['4-3 含在读应届毕业生: final-year admitted', 4, { school: 'university', relatedMajor: true, status: 'final-year' }, true],
    ['4-3 在读（非应届） not admitted', 4, { school: 'university', relatedMajor: true, status: 'enrolled' }, false],
    ['4-3 本专业或相关专业 required', 4, { school: 'university', relatedMajor: false, status: 'graduated' }, false],
    ['4-3 技工学校 counts as 技工院校', 4, { school: 'technical', relatedMajor: true, status: 'graduated' }, true],
    ['3-4 中级工班 is below 高级工班', 3, { school: 'technical', programme: 'intermediate', relatedMajor: true, status: 'graduated' }, false],
    ['3-4 预备技师班 is 高级工班及以上', 3, { school: 'technician-college', programme: 'preparatory-technician', relatedMajor: true, status: 'graduated' }, true],
    ['3-4 a university is not a 技工院校', 3, { school: 'university', programme: 'senior', relatedMajor: true, status: 'graduated' }, false],
    ['3-6 经评估论证 required', 3, { school: 'university', relatedMajor: true, status: 'graduated' }, false],
    ['3-6 evaluated university admitted', 3, { school: 'university', relatedMajor: true, evaluated: true, status: 'final-year' }, true],
  ] as const)('%s', (_name, level, school, eligible) => {
    expect(checkEligibility(applicant({ schooling: [school] }), level, '2025-06-01').eligible).toBe(eligible);
  });

  it('3-5 needs the 四级 certificate as well as the degree', () => {
    const degree = { school: 'university', relatedMajor: true, status: 'graduated' } as const;
    expect(checkEligibility(applicant({ schooling: [degree] }), 3, '2025-06-01')).toEqual({
      eligible: false,
      clauses: [],
      eligibleFrom: null,
      unmet: ['按第（5）条：还需取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书'],
    });
  });

  it('2-4 plain 毕业生: a final-year student is not admitted', () => {
    const person = applicant({
      work: [{ from: '2023-07-01' }],
      certificates: [{ level: 3, obtainedOn: '2023-01-01' }],
      schooling: [{ school: 'technician-college', relatedMajor: true, status: 'final-year' }],
    });
    expect(checkEligibility(person, 2, '2025-07-01').eligible).toBe(false);
  });

  it.each([
    ['预备技师班 final-year student', 'preparatory-technician', 'final-year', true],
    ['技师班 graduate is no longer a 学生', 'technician', 'graduated', false],
    ['高级工班 is not named', 'senior', 'enrolled', false],
  ] as const)('2-5 %s', (_name, programme, status, eligible) => {
    const person = applicant({
      certificates: [{ level: 3, obtainedOn: '2023-06-30' }],
      schooling: [{ school: 'technician-college', programme, relatedMajor: true, status }],
    });
    expect(checkEligibility(person, 2, '2025-06-30').eligible).toBe(eligible);
  });
});

describe('年满16周岁 applies to every track', () => {
  it('专项职业能力: the age rule alone', () => {
    const person = applicant({ birthDate: '2009-03-15' });
    expect(checkEligibility(person, 'special', '2025-03-14')).toEqual({
      eligible: false,
      clauses: [],
      eligibleFrom: '2025-03-15',
      unmet: ['还需年满16周岁，预计2025年3月15日满足'],
    });
    expect(checkEligibility(person, 'special', '2025-03-15')).toEqual({
      eligible: true,
      clauses: ['age-16'],
      eligibleFrom: null,
      unmet: [],
    });
  });

  it('a 15-year-old final-year student meeting 4-3 waits for the birthday', () => {
    const person = applicant({
      birthDate: '2010-01-20',
      schooling: [{ school: 'secondary-vocational', relatedMajor: true, status: 'final-year' }],
    });
    const result = checkEligibility(person, 4, '2025-06-01');
    expect(result.eligible).toBe(false);
    expect(result.clauses).toEqual([]);
    expect(result.eligibleFrom).toBe('2026-01-20');
    expect(result.unmet).toEqual(['还需年满16周岁，预计2026年1月20日满足']);
  });
});

describe('unmet names the nearest conditions', () => {
  it('one day short of 4-1', () => {
    expect(checkEligibility(applicant({ work: [{ from: '2020-03-01' }] }), 4, '2025-02-28').unmet).toEqual([
      '按第（1）条：还需累计从事本职业或相关职业工作满5年（目前约4年11个月），预计2025年3月1日满足',
    ]);
  });

  it('nothing at all: the clauses with the fewest things missing', () => {
    const result = checkEligibility(applicant(), 3, '2025-06-01');
    expect(result.eligibleFrom).toBeNull();
    expect(result.unmet).toEqual([
      '按第（1）条：还需累计从事本职业或相关职业工作满10年（目前约0个月）',
      '按第（2）条：还需取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书',
      '按第（3）条：还需取得符合专业对应关系的初级职称',
      '按第（4）条：还需取得本专业或相关专业的技工院校高级工班及以上毕业证书（含在读应届毕业生）',
      '按第（6）条：还需取得经评估论证的高等职业学校、专科及以上普通高等学校本专业或相关专业的毕业证书（含在读应届毕业生）',
    ]);
  });
});

describe('invalid input', () => {
  it.each([
    ['an unknown track', applicant(), 6, '2025-06-01'],
    ['track 0', applicant(), 0, '2025-06-01'],
    ['a malformed asOf', applicant(), 4, '2025-6-1'],
    ['an impossible asOf', applicant(), 4, '2025-02-29'],
    ['an impossible birth date', applicant({ birthDate: '1990-02-30' }), 4, '2025-06-01'],
    ['a birth date after asOf', applicant({ birthDate: '2025-06-02' }), 4, '2025-06-01'],
    ['work that starts after asOf', applicant({ work: [{ from: '2025-06-02' }] }), 4, '2025-06-01'],
    ['a period that ends before it starts', applicant({ work: [{ from: '2020-06-02', to: '2020-06-01' }] }), 4, '2025-06-01'],
    ['a malformed work end', applicant({ work: [{ from: '2020-06-02', to: '2020/07/01' }] }), 4, '2025-06-01'],
    ['a certificate obtained after asOf', applicant({ certificates: [{ level: 5, obtainedOn: '2025-06-02' }] }), 4, '2025-06-01'],
    ['a certificate of level 6', applicant({ certificates: [{ level: 6 as Level, obtainedOn: '2020-01-01' }] }), 4, '2025-06-01'],
    ['a title obtained after asOf', applicant({ titles: [{ grade: 'junior', obtainedOn: '2025-06-02' }] }), 3, '2025-06-01'],
  ] as const)('%s → INVALID_INPUT with a Chinese message', (_name, person, track, asOf) => {
    expect(() => checkEligibility(person as Applicant, track as Level, asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fff]/) }),
    );
  });
});

it('does not modify its input', () => {
  const person = deepFreeze(
    applicant({
      work: [{ from: '2020-01-01', to: '2021-01-01' }, { from: '2019-06-01' }],
      certificates: [{ level: 4, obtainedOn: '2020-01-01' }],
      titles: [{ grade: 'junior', obtainedOn: '2021-01-01' }],
      schooling: [{ school: 'university', relatedMajor: true, status: 'graduated' }],
    }),
  );
  const before = JSON.stringify(person);
  checkEligibility(person, 3, '2025-06-01');
  checkEligibility(person, 2, '2025-06-01');
  expect(JSON.stringify(person)).toBe(before);
});
