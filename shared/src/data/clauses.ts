/**
 * 附件1 of both notices: 《国家职业标准编制技术规程（2023年版）》附录5
 * “申请参加职业技能评价的条件”, each clause quoted in full and encoded as a condition
 * that `eligibility.ts` evaluates with small pure operators.
 *
 * Both notices also say (二（一）申报条件): “年满16周岁且符合…申报条件的，可申请…参加相应的职业技能评价”,
 * so 年满16周岁 applies to every track on top of the clause (see AGE_RULE).
 */
import { RulesError } from '../errors';
import type { EligibilityClause, Level, Programme, SchoolingStatus, SchoolKind, Source, TitleGrade } from '../types';

/** Counted work must lie after this certificate or title was obtained. */
export type WorkAfter = { certificate: Level } | { title: TitleGrade };

/** A condition as data. Each kind is evaluated by one small operator in `eligibility.ts`. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  /** 年满N周岁: the N-th birthday has arrived. */
  | { kind: 'age'; years: number }
  /** What the applicant declares and no record can show (拟从事…工作); always holds. */
  | { kind: 'declared'; text: string }
  /** 从事本职业或相关职业工作: at least one work period has begun. */
  | { kind: 'working' }
  /** 累计从事本职业或相关职业工作满N年, optionally only after a certificate or title. */
  | { kind: 'workYears'; years: number; after?: WorkAfter }
  /** Holds a certificate of this level; `heldYears`: 证书满N年 (calendar time since it was obtained). */
  | { kind: 'certificate'; level: Level; heldYears?: number }
  /** Holds a school certificate, or is a student, matching every listed property. */
  | {
      kind: 'schooling';
      schools: SchoolKind[];
      programmes?: Programme[];
      relatedMajor?: boolean;
      evaluated?: boolean;
      statuses: SchoolingStatus[];
      /** What the clause asks for, in its own words, for the 还需… message. */
      need: string;
    };

/** A 附件1 clause: its wording and its condition. */
export interface ClauseDefinition extends EligibilityClause {
  condition: Condition;
  source: Source;
}

/** The schools called 技工院校: 技工学校、高级技工学校、技师学院. */
export const TECHNICAL_SCHOOLS: SchoolKind[] = ['technical', 'senior-technical', 'technician-college'];
/** 毕业证书（含在读应届毕业生） */
const GRADUATE_OR_FINAL_YEAR: SchoolingStatus[] = ['graduated', 'final-year'];

const SECTION = '附件1《国家职业标准编制技术规程（2023年版）》中“申请参加职业技能评价的条件”';

function clause(level: Level, n: number, text: string, condition: Condition, footnotes?: string[]): ClauseDefinition {
  const source = { notice: 'sjtu-2025', section: SECTION, quote: text };
  return { id: `${level}-${n}`, level, n, text, condition, source, ...(footnotes ? { footnotes } : {}) };
}

/** 附件1's heading as printed: “附录5 申请参加职业技能评价的条件①”. */
export const ANNEX1_HEADING = '申请参加职业技能评价的条件';

/** A footnote of 附件1: the mark as printed, where it sits, and its text. */
export interface AnnexFootnote {
  /** Stable id; clauses refer to it. */
  id: string;
  /** As printed. The PDF restarts its marks on the second page, so ② appears twice. */
  mark: string;
  /** The heading, or the clause id whose wording carries the mark. */
  attachedTo: string;
  text: string;
}

/**
 * The footnotes 附件1 prints (sjtu only: kupasi's 附件1 is its calendar). They explain what
 * 相关职业 and 本专业/相关专业 mean: each occupation's national standard names them.
 */
export const ANNEX1_FOOTNOTES: readonly AnnexFootnote[] = [
  {
    id: 'note-1',
    mark: '①',
    attachedTo: 'heading',
    text: '企业开展自主评价的申报条件，可根据国家职业标准，结合企业工种（岗位）特殊要求，对职业功能、工作内容、技能要求和申报条件等进行适当调整，原则上不低于国家职业标准要求，无相应国家职业标准的，企业可参照本规程自主开发制定企业评价规范，企业可结合实际，灵活运用过程化考核、模块化考核、岗位练兵、技术比武、技能竞赛、业绩评审、直接认定等多种方式进行评价。参加中国特色企业新型学徒制的学员按照培养目标进行考核定级。',
  },
  { id: 'note-2', mark: '②', attachedTo: '5-1', text: '在具体职业标准中应明确相关职业的范围，下同。' },
  { id: 'note-3', mark: '③', attachedTo: '4-3', text: '在具体职业标准中应明确与该职业对应的专业或相关专业的范围，下同。' },
  { id: 'note-2-page2', mark: '②', attachedTo: '3-3', text: '在具体职业标准中应明确与该职业对应的专业，下同。' },
];

/** The age rule of both notices, applying to every track including 专项职业能力. */
export const AGE_RULE = {
  id: 'age-16',
  years: 16,
  text: '年满16周岁',
  source: {
    notice: 'sjtu-2025',
    section: '二（一）申报条件',
    quote: '年满 16 周岁且符合人工智能训练师、网络与信息安全管理员（信息安全管理员）申报条件的，可申请在本市行政区域内参加相应的职业技能评价。',
  },
} as const;

/**
 * The age rule in each organisation's own words (二（一）申报条件), by organisation id. `AGE_RULE.source`
 * quotes sjtu's notice, which names sjtu's occupations; a page showing why a kupasi candidate
 * meets 'age-16' should quote kupasi's notice instead.
 */
export const AGE_RULE_SOURCES: Readonly<Record<string, Source>> = {
  sjtu: AGE_RULE.source,
  kupasi: {
    notice: 'kupasi-2025',
    section: '二（一）申报条件',
    quote:
      '年满16周岁且符合人工智能数据标注专项职业能力，人工智能模型运用专项职业能力申报条件的，可申请在本市行政区域内参加相应的职业技能评价。',
  },
};

/** Every numbered condition of 附件1, in order: level 5 (1)-(2), 4 (1)-(3), 3 (1)-(6), 2 (1)-(5), 1 (1)-(3). */
export const ELIGIBILITY_CLAUSES: readonly ClauseDefinition[] = [
  // “相关职业②”
  clause(
    5,
    1,
    '年满16周岁，拟从事本职业或相关职业工作。',
    { all: [{ kind: 'age', years: 16 }, { kind: 'declared', text: '拟从事本职业或相关职业工作' }] },
    ['note-2'],
  ),
  clause(5, 2, '年满16周岁，从事本职业或相关职业工作。', { all: [{ kind: 'age', years: 16 }, { kind: 'working' }] }),

  clause(4, 1, '累计从事本职业或相关职业工作满5年。', { kind: 'workYears', years: 5 }),
  clause(4, 2, '取得本职业或相关职业五级/初级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满3年。', {
    kind: 'workYears',
    years: 3,
    after: { certificate: 5 },
  }),
  clause(
    4,
    3,
    '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）。',
    {
      kind: 'schooling',
      schools: [...TECHNICAL_SCHOOLS, 'secondary-vocational', 'higher-vocational', 'university'],
      relatedMajor: true,
      statuses: GRADUATE_OR_FINAL_YEAR,
      need: '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）',
    },
    // “相关专业③”
    ['note-3'],
  ),

  clause(3, 1, '累计从事本职业或相关职业工作满10年。', { kind: 'workYears', years: 10 }),
  clause(3, 2, '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满4年。', {
    kind: 'workYears',
    years: 4,
    after: { certificate: 4 },
  }),
  // “取得符合专业②对应关系的初级职称…”: the second page's ②.
  clause(
    3,
    3,
    '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。',
    { kind: 'workYears', years: 1, after: { title: 'junior' } },
    ['note-2-page2'],
  ),
  clause(3, 4, '取得本专业或相关专业的技工院校高级工班及以上毕业证书（含在读应届毕业生）。', {
    kind: 'schooling',
    schools: TECHNICAL_SCHOOLS,
    programmes: ['senior', 'preparatory-technician', 'technician'],
    relatedMajor: true,
    statuses: GRADUATE_OR_FINAL_YEAR,
    need: '取得本专业或相关专业的技工院校高级工班及以上毕业证书（含在读应届毕业生）',
  }),
  clause(
    3,
    5,
    '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书，并取得高等职业学校、专科及以上普通高等学校本专业或相关专业毕业证书（含在读应届毕业生）。',
    {
      all: [
        { kind: 'certificate', level: 4 },
        {
          kind: 'schooling',
          schools: ['higher-vocational', 'university'],
          relatedMajor: true,
          statuses: GRADUATE_OR_FINAL_YEAR,
          need: '取得高等职业学校、专科及以上普通高等学校本专业或相关专业毕业证书（含在读应届毕业生）',
        },
      ],
    },
  ),
  clause(
    3,
    6,
    '取得经评估论证的高等职业学校、专科及以上普通高等学校本专业或相关专业的毕业证书（含在读应届毕业生）。',
    {
      kind: 'schooling',
      schools: ['higher-vocational', 'university'],
      relatedMajor: true,
      evaluated: true,
      statuses: GRADUATE_OR_FINAL_YEAR,
      need: '取得经评估论证的高等职业学校、专科及以上普通高等学校本专业或相关专业的毕业证书（含在读应届毕业生）',
    },
  ),

  clause(2, 1, '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年。', {
    kind: 'workYears',
    years: 5,
    after: { certificate: 3 },
  }),
  clause(
    2,
    2,
    '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年。',
    {
      all: [
        { kind: 'workYears', years: 5, after: { title: 'junior' } },
        { kind: 'workYears', years: 1, after: { certificate: 3 } },
      ],
    },
  ),
  clause(2, 3, '取得符合专业对应关系的中级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。', {
    kind: 'workYears',
    years: 1,
    after: { title: 'intermediate' },
  }),
  clause(
    2,
    4,
    '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作满2年。',
    {
      all: [
        { kind: 'certificate', level: 3 },
        // Plain 毕业生 (no 含在读应届毕业生): graduates only.
        {
          kind: 'schooling',
          schools: ['senior-technical', 'technician-college'],
          statuses: ['graduated'],
          need: '为高级技工学校、技师学院毕业生',
        },
        { kind: 'workYears', years: 2 },
      ],
    },
  ),
  clause(2, 5, '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书满2年的技师学院预备技师班、技师班学生。', {
    all: [
      { kind: 'certificate', level: 3, heldYears: 2 },
      // 学生: still enrolled (including the final year), not graduated.
      {
        kind: 'schooling',
        schools: ['technician-college'],
        programmes: ['preparatory-technician', 'technician'],
        statuses: ['enrolled', 'final-year'],
        need: '为技师学院预备技师班、技师班学生',
      },
    ],
  }),

  clause(1, 1, '取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年。', {
    kind: 'workYears',
    years: 5,
    after: { certificate: 2 },
  }),
  clause(
    1,
    2,
    '取得符合专业对应关系的中级职称后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年。',
    {
      all: [
        { kind: 'workYears', years: 5, after: { title: 'intermediate' } },
        { kind: 'workYears', years: 1, after: { certificate: 2 } },
      ],
    },
  ),
  clause(1, 3, '取得符合专业对应关系的高级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年。', {
    kind: 'workYears',
    years: 1,
    after: { title: 'senior' },
  }),
];

const BY_ID = new Map(ELIGIBILITY_CLAUSES.map((c) => [c.id, c]));

/**
 * A clause by its id.
 * @throws RulesError `INVALID_INPUT` for an id that is not a 附件1 clause.
 * @example getClause('3-5').text
 *   // '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书，并取得高等职业学校、专科及以上普通高等学校本专业或相关专业毕业证书（含在读应届毕业生）。'
 */
export function getClause(id: string): ClauseDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new RulesError('INVALID_INPUT', `附件1中没有编号为“${id}”的申报条件`);
  return found;
}

/** The clauses of one level, in order. @example clausesForLevel(4).map((c) => c.id) // ['4-1', '4-2', '4-3'] */
export function clausesForLevel(level: Level): ClauseDefinition[] {
  return ELIGIBILITY_CLAUSES.filter((c) => c.level === level);
}
