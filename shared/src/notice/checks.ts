/**
 * The checks a notice document passes before it is published, beyond its shape (schema.ts):
 * fee rows add up, the calendar covers its year without gaps or overlaps and each window closes
 * before its assessment month, the document speaks for the years it claims, and every quote is
 * the published notice's wording. Each problem names the row and field in Chinese, with a stable
 * code for programs. Pure: the notice's text is a parameter.
 */
import type { HolidayArrangement } from '../data/holidays';
import { addDays, dayOfWeek, yearOf } from '../dates';
import type { NoticeDocument, Offering } from '../types';
import { documentWording, noticeText, noticeUrls, quoteFound, urlFound, type DocumentPath } from './wording';

export type NoticeProblemCode =
  | 'SCHEMA'
  | 'FEE_TOTAL'
  | 'FEE_OCCUPATION'
  | 'FEE_DUPLICATE'
  | 'CALENDAR_START'
  | 'CALENDAR_END'
  | 'CALENDAR_GAP'
  | 'CALENDAR_OVERLAP'
  | 'CALENDAR_ORDER'
  | 'CALENDAR_YEAR'
  | 'CALENDAR_MONTH'
  | 'COVERS_YEAR'
  | 'EFFECTIVE_DATE'
  | 'SOURCE_NOTICE'
  | 'QUOTE_NOT_FOUND'
  | 'URL_NOT_FOUND'
  | 'HOLIDAY_YEAR'
  | 'HOLIDAY_ORDER'
  | 'HOLIDAY_OVERLAP'
  | 'MAKE_UP_DAY'
  // The attached PDF gives no text to check the quotes against (see cloudfunctions/src/pdf).
  | 'PDF_UNREADABLE'
  | 'PDF_PASSWORD'
  | 'PDF_NO_TEXT'
  | 'PDF_TOO_LARGE';

export interface NoticeProblem {
  code: NoticeProblemCode;
  path: DocumentPath;
  /** The row and field, in Chinese: e.g. 收费标准第3行 合计. */
  where: string;
  /** What is wrong, in Chinese. */
  message: string;
}

const FIELD_LABELS: Record<string, string> = {
  orgId: '机构编号',
  name: '名称',
  shortName: '简称',
  version: '版本',
  pdfDocumentId: '通知 PDF',
  effectiveFrom: '生效日期',
  coversYears: '适用年份',
  occupations: '职业（工种）',
  id: '编号',
  code: '职业编码',
  minimumSchooling: '普通受教育程度',
  year: '年份',
  title: '标题',
  publishedOn: '发布日期',
  basis: '依据',
  offerings: '收费标准',
  occupationId: '职业（工种）编号',
  track: '等级',
  trackLabel: '等级名称',
  subjects: '科目',
  subject: '科目',
  label: '名称',
  amount: '金额',
  feeName: '收费名称',
  total: '合计',
  source: '出处',
  notice: '通知',
  section: '章节',
  quote: '原文',
  eligibilityNote: '申报条件',
  eligibilityUnstated: '未列出的申报条件',
  adjustments: '项目调整',
  declarations: '有关情况说明',
  application: '申报方式',
  channel: '申报方式',
  who: '适用对象',
  steps: '办理步骤',
  address: '地址',
  materials: '所需材料',
  payment: '申报缴费',
  summary: '缴费说明',
  rules: '规定',
  account: '收款账户',
  payee: '户名',
  creditCode: '统一社会信用代码',
  accountNumber: '银行账号',
  bank: '开户银行',
  bankAddress: '银行地址',
  remark: '转账附言',
  remarkNote: '附言说明',
  standard: '收费标准依据',
  calendar: '时间安排',
  rows: '时间安排表',
  opens: '受理开始',
  closes: '受理截止',
  assessmentMonth: '评价月份',
  sameDayTheoryAndPractical: '理论与操作同一天考试',
  rolloverMinimum: '顺延人数下限',
  notes: '说明',
  unstated: '未说明事项',
  lastRowWording: '末行原文',
  examDateNote: '考试日期通知方式',
  tickets: '准考证',
  timing: '发放时间',
  kind: '方式',
  n: '天数',
  how: '发放方式',
  url: '网址',
  results: '成绩查询',
  workdays: '工作日数',
  workdaysWithMarking: '涉及阅卷的工作日数',
  querySteps: '查询步骤',
  alsoAt: '其他查询途径',
  retake: '补考',
  years: '有效期',
  certificates: '证书领取',
  group: '团体领取',
  individual: '个人领取',
  lostReplacement: '遗失补办',
  office: '业务受理',
  hours: '受理时间',
  consultation: '咨询电话',
  supervision: '监督电话',
  number: '号码',
  documents: '业务查询网址',
  where: '查询位置',
  conduct: '考生须知',
  preamble: '导语',
  sections: '条款',
  lead: '要求',
  penalty: '处理',
  items: '条目',
  afterwards: '事后处理',
  holidays: '放假安排',
  from: '放假开始',
  to: '放假结束',
  reference: '文号',
  makeUpWorkdays: '调休上班日',
};

/** Lists whose items are rows of a table the notice prints. */
const TABLES = new Set(['offerings', 'rows']);

/**
 * Where a value sits, in Chinese: the top-level `notice` is left out, array items are 第N行 in
 * tables and 第N项 elsewhere.
 * @example describePath(['notice', 'offerings', 2, 'total']) // '收费标准第3行 合计'
 * @example describePath(['notice', 'calendar', 'rows', 0, 'opens']) // '时间安排 时间安排表第1行 受理开始'
 * @example describePath(['makeUpWorkdays', 1]) // '调休上班日第2项'
 */
export function describePath(path: DocumentPath): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const parent = path[i - 1];
      const item = TABLES.has(String(parent)) ? `第${key + 1}行` : `第${key + 1}项`;
      if (parts.length > 0) parts[parts.length - 1] += item;
      else parts.push(item);
    } else if (!(i === 0 && key === 'notice')) {
      parts.push(FIELD_LABELS[key] ?? key);
    }
  });
  return parts.join(' ');
}

function problem(code: NoticeProblemCode, path: DocumentPath, message: string): NoticeProblem {
  return { code, path, where: describePath(path), message };
}

function offeringName(document: NoticeDocument, offering: Offering): string {
  const occupation = document.occupations.find((o) => o.id === offering.occupationId);
  return `${occupation?.name ?? offering.occupationId} ${offering.trackLabel}`;
}

/** Each fee row: its subjects add up to its total, it names an occupation of the document, once. */
export function feeProblems(document: NoticeDocument): NoticeProblem[] {
  const seen = new Set<string>();
  return document.notice.offerings.flatMap((offering, i) => {
    const at: DocumentPath = ['notice', 'offerings', i];
    const found: NoticeProblem[] = [];
    const sum = offering.subjects.reduce((total, s) => total + s.amount, 0);
    if (sum !== offering.total) {
      const terms = offering.subjects.map((s) => `${s.label}${s.amount}元`).join(' + ');
      found.push(
        problem('FEE_TOTAL', [...at, 'total'], `${offeringName(document, offering)}：${terms} = ${sum}元，与合计${offering.total}元不符`),
      );
    }
    if (!document.occupations.some((o) => o.id === offering.occupationId)) {
      found.push(problem('FEE_OCCUPATION', [...at, 'occupationId'], `职业（工种）“${offering.occupationId}”不在本通知的职业（工种）中`));
    }
    const key = `${offering.occupationId}|${String(offering.track)}`;
    if (seen.has(key)) found.push(problem('FEE_DUPLICATE', [...at, 'track'], `${offeringName(document, offering)}的收费已在前面的行列出`));
    seen.add(key);
    return found;
  });
}

/**
 * The calendar table: from 1月1日 to 12月31日 of its year, each row starting the day after the
 * previous one closes, and each window closing before the month it leads to.
 */
export function calendarProblems(document: NoticeDocument): NoticeProblem[] {
  const { year, rows } = document.notice.calendar;
  const at = (i: number, field: string): DocumentPath => ['notice', 'calendar', 'rows', i, field];
  const found: NoticeProblem[] = [];
  rows.forEach((row, i) => {
    if (row.opens > row.closes) found.push(problem('CALENDAR_ORDER', at(i, 'closes'), `受理截止${row.closes}早于受理开始${row.opens}`));
    for (const field of ['opens', 'closes'] as const) {
      if (yearOf(row[field]) !== year) found.push(problem('CALENDAR_YEAR', at(i, field), `${row[field]}不在时间安排表的${year}年内`));
    }
    if (row.closes >= `${row.assessmentMonth}-01`) {
      found.push(problem('CALENDAR_MONTH', at(i, 'assessmentMonth'), `受理截止${row.closes}不早于评价月份${row.assessmentMonth}`));
    }
    if (i === 0) return;
    const expected = addDays(rows[i - 1].closes, 1);
    if (row.opens > expected) {
      found.push(problem('CALENDAR_GAP', at(i, 'opens'), `与第${i}行之间空缺${expected}至${addDays(row.opens, -1)}，没有可申报的窗口`));
    } else if (row.opens < expected) {
      found.push(problem('CALENDAR_OVERLAP', at(i, 'opens'), `与第${i}行重叠（第${i}行受理至${rows[i - 1].closes}）`));
    }
  });
  if (rows.length > 0 && rows[0].opens !== `${year}-01-01`) {
    found.push(problem('CALENDAR_START', at(0, 'opens'), `时间安排表应从${year}-01-01起，第1行从${rows[0].opens}起`));
  }
  const last = rows.length - 1;
  if (last >= 0 && rows[last].closes !== `${year}-12-31`) {
    found.push(problem('CALENDAR_END', at(last, 'closes'), `时间安排表应至${year}-12-31止，末行至${rows[last].closes}止`));
  }
  return found;
}

/** Every `source` object in a value, with its path. */
function sourcesIn(value: unknown, path: DocumentPath): { path: DocumentPath; notice: unknown }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === 'source' && child !== null && typeof child === 'object') return [{ path: [...at, 'notice'], notice: (child as { notice?: unknown }).notice }];
    return sourcesIn(child, at);
  });
}

/** The years the document claims, its effective date, and every source naming this notice. */
export function coverageProblems(document: NoticeDocument): NoticeProblem[] {
  const { notice } = document;
  const found: NoticeProblem[] = [];
  for (const [what, year] of [
    ['通知年份', notice.year],
    ['时间安排表年份', notice.calendar.year],
  ] as const) {
    if (!document.coversYears.includes(year)) found.push(problem('COVERS_YEAR', ['coversYears'], `适用年份未包含${what}${year}`));
  }
  if (yearOf(document.effectiveFrom) > Math.max(...document.coversYears)) {
    found.push(problem('EFFECTIVE_DATE', ['effectiveFrom'], `生效日期${document.effectiveFrom}晚于适用的最后一年`));
  }
  for (const source of sourcesIn(notice, ['notice'])) {
    if (source.notice !== notice.id) {
      found.push(problem('SOURCE_NOTICE', source.path, `出处应为本通知“${notice.id}”，而非“${String(source.notice)}”`));
    }
  }
  return found;
}

/** Every quote and URL the document attributes to the notice is found in the notice's text. */
export function quoteProblems(document: NoticeDocument, rawText: string): NoticeProblem[] {
  const text = noticeText(rawText);
  const quotes = documentWording(document)
    .filter((w) => !quoteFound(text, w.text))
    .map((w) => problem('QUOTE_NOT_FOUND', w.path, `通知原文中找不到：“${w.text}”`));
  const urls = noticeUrls(document.notice, ['notice'])
    .filter((w) => !urlFound(text, w.text))
    .map((w) => problem('URL_NOT_FOUND', w.path, `通知原文中找不到网址${w.text}`));
  return [...quotes, ...urls];
}

/** Everything a well-formed document must pass before it is published, against the notice's text. */
export function documentProblems(document: NoticeDocument, rawText: string): NoticeProblem[] {
  return [...structureProblems(document), ...quoteProblems(document, rawText)];
}

/** Every check that does not need the notice's text: fees, calendar, covered years. */
export function structureProblems(document: NoticeDocument): NoticeProblem[] {
  return [...feeProblems(document), ...calendarProblems(document), ...coverageProblems(document)];
}

/**
 * A holiday arrangement: its days off within its year, periods in order without overlapping,
 * make-up working days on Saturdays or Sundays outside the periods; with the announcement's text,
 * every item's quote found in it.
 */
export function holidayProblems(arrangement: HolidayArrangement, rawText?: string): NoticeProblem[] {
  const found: NoticeProblem[] = [];
  arrangement.holidays.forEach((period, i) => {
    // 元旦 may start on the last days of the year before (2023年: 2022年12月31日至2023年1月2日).
    if (yearOf(period.to) !== arrangement.year || yearOf(period.from) < arrangement.year - 1) {
      found.push(problem('HOLIDAY_YEAR', ['holidays', i, 'to'], `${period.name}${period.from}至${period.to}不在${arrangement.year}年内`));
    }
    if (period.from > period.to) found.push(problem('HOLIDAY_ORDER', ['holidays', i, 'to'], `${period.name}放假结束${period.to}早于开始${period.from}`));
    const previous = arrangement.holidays[i - 1];
    if (previous && period.from <= previous.to) {
      found.push(problem('HOLIDAY_OVERLAP', ['holidays', i, 'from'], `${period.name}与${previous.name}（至${previous.to}）重叠或顺序颠倒`));
    }
    if (rawText !== undefined && !quoteFound(noticeText(rawText), period.quote)) {
      found.push(problem('QUOTE_NOT_FOUND', ['holidays', i, 'quote'], `通知原文中找不到：“${period.quote}”`));
    }
  });
  arrangement.makeUpWorkdays.forEach((day, i) => {
    const weekend = dayOfWeek(day) === 0 || dayOfWeek(day) === 6;
    const off = arrangement.holidays.some((p) => p.from <= day && day <= p.to);
    if (!weekend || off || yearOf(day) !== arrangement.year) {
      found.push(problem('MAKE_UP_DAY', ['makeUpWorkdays', i], `${day}应为${arrangement.year}年放假日以外的周六或周日`));
    }
  });
  return found;
}
