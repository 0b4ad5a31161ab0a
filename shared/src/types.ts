/**
 * The shapes of the rules module: what a published notice says, as data.
 *
 * Every date is a `'YYYY-MM-DD'` string in China's calendar (no time, no zone);
 * every month is `'YYYY-MM'`. Nothing here reads the clock.
 */

/** 五级/初级工 (5) … 一级/高级技师 (1). */
export type Level = 5 | 4 | 3 | 2 | 1;
/** A level, or `'special'` for 专项职业能力. */
export type Track = Level | 'special';
/** `'YYYY-MM-DD'` */
export type IsoDate = string;
/** `'YYYY-MM'` */
export type IsoMonth = string;
/** 团体申报 / 个人申报 */
export type Channel = 'group' | 'individual';

/** Where a piece of data comes from: the notice and its own words. */
export interface Source {
  /** Notice id, e.g. `'sjtu-2025'`. */
  notice: string;
  /** Section of the notice, e.g. `'二（三）'` or `'附件1'`. */
  section: string;
  /** The notice's wording, quoted. */
  quote: string;
}

// ---------------------------------------------------------------- applicant

export interface WorkPeriod {
  from: IsoDate;
  /** Absent: still working. */
  to?: IsoDate;
}
export interface Certificate {
  level: Level;
  obtainedOn: IsoDate;
}
export type TitleGrade = 'junior' | 'intermediate' | 'senior';
export interface Title {
  grade: TitleGrade;
  obtainedOn: IsoDate;
}
/** 技工学校 / 高级技工学校 / 技师学院 / 中等职业学校 / 高等职业学校 / 专科及以上普通高等学校 */
export type SchoolKind =
  | 'technical'
  | 'senior-technical'
  | 'technician-college'
  | 'secondary-vocational'
  | 'higher-vocational'
  | 'university';
/** 技工院校: 中级工班 / 高级工班 / 预备技师班 / 技师班 */
export type Programme = 'intermediate' | 'senior' | 'preparatory-technician' | 'technician';
/** 毕业 / 在读应届毕业生 / 在读（非应届） */
export type SchoolingStatus = 'graduated' | 'final-year' | 'enrolled';
export interface Schooling {
  school: SchoolKind;
  programme?: Programme;
  /** 本专业或相关专业 */
  relatedMajor: boolean;
  /** 经评估论证的学校 */
  evaluated?: boolean;
  status: SchoolingStatus;
}
export interface Applicant {
  birthDate: IsoDate;
  /** Periods in this or a related occupation. */
  work?: WorkPeriod[];
  /** Certificates of this or a related occupation. */
  certificates?: Certificate[];
  /** 职称 matching the major. */
  titles?: Title[];
  schooling?: Schooling[];
}

export interface EligibilityResult {
  eligible: boolean;
  /** Every 附件1 condition met, as `'<level>-<n>'` (e.g. `'3-5'`); `['age-16']` alone for `'special'`. */
  clauses: string[];
  /** When not eligible: the first date on which time alone makes it so; `null` if time alone never will. */
  eligibleFrom: IsoDate | null;
  /** In Chinese, what is missing for the nearest conditions. */
  unmet: string[];
}

/** One numbered condition of 附件1, in the notice's own words. */
export interface EligibilityClause {
  /** `'<level>-<n>'`, e.g. `'4-3'`. */
  id: string;
  level: Level;
  n: number;
  /** The clause in full, as 附件1 words it. */
  text: string;
  /** Footnote marks the PDF prints inside the clause (see ANNEX1_FOOTNOTES), e.g. ['②']. */
  footnotes?: string[];
}

// ---------------------------------------------------------------- answers

export interface Dated {
  date: IsoDate;
  /** True when the answer reaches past what a notice or a State Council arrangement covers. */
  estimated: boolean;
}

export interface ApplicationWindow {
  opens: IsoDate;
  closes: IsoDate;
  assessmentMonth: IsoMonth;
  estimated: boolean;
}

export interface Fee {
  /** 理论知识 */
  theory: number;
  /** 操作技能 */
  practical: number;
  /** 综合评审, only where the notice lists one. */
  review?: number;
  total: number;
}

// ---------------------------------------------------------------- the notices as data

export type MinimumSchooling =
  | { known: true; text: string; standard: string }
  | { known: false; lookUpAt: string };

export interface Occupation {
  /** `'4-04-05-05'`, `'4-04-04-02'`, `'ai-data-annotation'`, `'ai-model-application'`. */
  id: string;
  /** 职业编码 where the occupation has one. */
  code?: string;
  name: string;
  /** 普通受教育程度 from the national standard, or unknown with where to look. */
  minimumSchooling: MinimumSchooling;
}

export interface SubjectFee {
  /** 理论知识 / 操作技能 / 综合评审 */
  subject: 'theory' | 'practical' | 'review';
  label: string;
  amount: number;
  /** Fee wording, e.g. 考试费 or 考核费（含场地能源费）. */
  feeName: string;
}

export interface Offering {
  occupationId: string;
  track: Track;
  /** e.g. 中级（四级）, 专项职业能力 */
  trackLabel: string;
  subjects: SubjectFee[];
  total: number;
  source: Source;
}

export interface ChannelGuide {
  channel: Channel;
  label: string;
  /** Who may use it and what each party does. */
  who: string;
  steps: string[];
  /** Where, for individual applications. */
  address?: string;
  /** What to bring. */
  materials: string[];
  source: Source;
}

export interface BankAccount {
  payee: string;
  creditCode: string;
  accountNumber: string;
  bank: string;
  bankAddress: string;
  /** The transfer remark the notice requires, e.g. 姓名+等级认定考试. */
  remark: string;
  remarkNote: string;
}

export interface Payment {
  summary: string;
  /** 缴费完成时间以…到账时间为准 and similar. */
  rules: string[];
  account?: BankAccount;
  /** kupasi: 按照2025年…收费标准执行 */
  standard?: string;
  source: Source;
}

/** One row of the application-window table, as the notice prints it. */
export interface CalendarRow {
  opens: IsoDate;
  closes: IsoDate;
  assessmentMonth: IsoMonth;
}

export interface Calendar {
  /** The year the table covers. */
  year: number;
  rows: CalendarRow[];
  /** 理论知识与操作技能同一天考试 (sjtu says so; kupasi does not). */
  sameDayTheoryAndPractical: boolean | null;
  /** Fewer than this many applicants rolls the month over; null where the notice is silent. */
  rolloverMinimum: number | null;
  /** The notice's own notes: dates announced later, dynamic adjustment, rollover. */
  notes: string[];
  /** What this notice does not say (so a page does not imply it), in Chinese. */
  unstated?: string[];
  /** The table's last row as printed: its assessment month is worded differently by each notice. */
  lastRowWording?: string;
  /** How the exact exam date reaches candidates: the notice's words, or that it does not say. */
  examDateNote: string;
  source: Source;
}

export type TicketTiming =
  /** The n-th working day before the exam, not counting the exam day. */
  | { kind: 'workdays-before'; n: number }
  /** n calendar days before the exam. */
  | { kind: 'days-before'; n: number };

export interface TicketRule {
  channel: Channel;
  timing: TicketTiming;
  /** How the ticket reaches the candidate. */
  how: string;
  url?: string;
  source: Source;
}

export interface ResultsRule {
  workdays: number;
  workdaysWithMarking: number;
  /** Step by step, as the notice words the 随申办 path. */
  querySteps: string[];
  alsoAt: { name: string; url: string };
  source: Source;
}

export interface RetakeRule {
  /** Validity in years per track the notice names. */
  years: { track: Track; years: number }[];
  rules: string[];
  source: Source;
}

export interface CertificateRule {
  group: string;
  individual: string;
  /** Only where the organisation offers it (sjtu). */
  lostReplacement?: string;
  source: Source;
}

export interface Phone {
  label: string;
  number: string;
  /** When it is answered, where the notice says. */
  hours?: string;
}

export interface Office {
  address: string;
  hours: string;
  consultation: Phone[];
  supervision: Phone[];
  source: Source;
}

export interface DocumentLink {
  /** 国家职业技能标准, 上网文件, 考核指导手册, 考核规范 */
  label: string;
  /** A URL, or where: e.g. 关注“库帕思”公众号-… */
  where: string;
  url?: string;
}

export interface ConductSection {
  /** 一, 二, 三, 四 */
  id: string;
  /** The section's opening requirement, where it has one (section 一). */
  lead?: string;
  /** The penalty, in the notice's words. */
  penalty: string;
  items: string[];
}

export interface ConductRules {
  title: string;
  preamble: string;
  sections: ConductSection[];
  afterwards: string;
  source: Source;
}

/** One published notice of an organisation, for one year. A new year's notice is a new block. */
export interface OrgNotice {
  id: string;
  year: number;
  title: string;
  /** Date printed on the notice, where it has one. */
  publishedOn?: IsoDate;
  basis: string[];
  offerings: Offering[];
  /** 年满16周岁 and the occupation's own conditions. */
  eligibilityNote: string;
  /**
   * Conditions the notice refers to but does not list, so a page does not imply that age alone
   * decides (kupasi: “且符合…专项职业能力申报条件”), in Chinese.
   */
  eligibilityUnstated?: string[];
  /** Who runs the assessment and issues the certificate, and that projects may change (section 一). */
  adjustments?: string[];
  /** 七、有关情况说明: the candidate's undertaking and that the list may change. */
  declarations?: string[];
  application: ChannelGuide[];
  payment: Payment;
  calendar: Calendar;
  tickets: TicketRule[];
  results: ResultsRule;
  retake: RetakeRule;
  certificates: CertificateRule;
  office: Office;
  documents: DocumentLink[];
  conduct: ConductRules;
}

export interface Organisation {
  /** `'sjtu'` or `'kupasi'`. */
  id: string;
  name: string;
  shortName: string;
  occupations: Occupation[];
  /** Oldest first. */
  notices: OrgNotice[];
}

/**
 * One published notice of an organisation as a document (notice/schema.ts describes it): the
 * bundled 2025 notices are the first two; an office publishes the next ones.
 */
export interface NoticeDocument {
  orgId: string;
  /** 评价机构 as the notice names it, and the short name pages use. */
  name: string;
  shortName: string;
  /** 1 for the organisation's first published notice, +1 for each one after it. */
  version: number;
  /** The notice applies to answers about dates on or after this day. */
  effectiveFrom: IsoDate;
  /** Years the notice speaks for: answers within them are not 预计. */
  coversYears: number[];
  /** The occupations the notice offers (names, codes, 普通受教育程度). */
  occupations: Occupation[];
  notice: OrgNotice;
}
