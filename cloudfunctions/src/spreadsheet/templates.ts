/**
 * The import templates the staff console offers, with the column names an
 * evaluation organisation's office writes (issue 5: "column names in Chinese,
 * as the office would write them").
 *
 * Subject columns of the results template hold 合格 / 不合格 / 缺考, as the
 * notices report results per subject ("部分科目成绩不合格，可按规定申请补考").
 * 阅卷或工件检测 (是/否) marks the projects whose results take 30 working days
 * ("涉及阅卷及工件检测的项目，一般可在完成所有科目评价后的 30 个工作日内进行查询").
 */
import { OUTCOME_LABELS } from '@skills/shared';

export type ImportKind = 'candidates' | 'tickets' | 'results';

export interface TemplateColumn {
  header: string;
  required: boolean;
  /** Values are dates: Excel serials and typed dates are read as YYYY-MM-DD. */
  date?: boolean;
  example: string;
}

export interface ImportTemplate {
  title: string;
  columns: TemplateColumn[];
}

// The example row is fictitious (its 身份证号 passes the checksum but belongs to nobody);
// readTable skips a row identical to it, so a filled-in template never imports it.

/** Who sits which occupation at which level: every template has these four, in this order. */
const PERSON_COLUMNS: readonly TemplateColumn[] = [
  { header: '姓名', required: true, example: '张三' },
  { header: '身份证号', required: true, example: '310101199003070027' },
  { header: '职业（工种）', required: true, example: '人工智能训练师' },
  { header: '等级', required: true, example: '四级' },
];
const TICKET_NUMBER_COLUMN: TemplateColumn = { header: '准考证号', required: true, example: '2026120001' };
const CHANNEL_COLUMN: TemplateColumn = { header: '申报方式', required: true, example: '团体' };
const EXAM_DATE_COLUMN: TemplateColumn = { header: '考试日期', required: true, date: true, example: '2026-12-05' };

export const IMPORT_TEMPLATES: Record<ImportKind, ImportTemplate> = {
  candidates: {
    title: '考生名单',
    columns: [
      ...PERSON_COLUMNS,
      CHANNEL_COLUMN,
      { header: '报名渠道', required: false, example: '某某职业技能培训学校' },
    ],
  },
  tickets: {
    title: '准考证信息',
    columns: [
      TICKET_NUMBER_COLUMN,
      ...PERSON_COLUMNS,
      CHANNEL_COLUMN,
      EXAM_DATE_COLUMN,
      { header: '考试时间', required: true, example: '09:00-11:00' },
      { header: '考点', required: true, example: '上海市长宁区法华镇路535号' },
      { header: '考场', required: true, example: '第1考场' },
      { header: '座位号', required: true, example: '01' },
    ],
  },
  results: {
    title: '成绩',
    columns: [
      TICKET_NUMBER_COLUMN,
      ...PERSON_COLUMNS,
      EXAM_DATE_COLUMN,
      { header: '理论知识', required: true, example: '合格' },
      { header: '操作技能', required: true, example: '不合格' },
      { header: '综合评审', required: false, example: '' },
      { header: '阅卷或工件检测', required: false, example: '否' },
    ],
  },
};

/** Values a subject cell of the results template may hold. */
export const SUBJECT_OUTCOMES: readonly string[] = Object.values(OUTCOME_LABELS);

/**
 * Other names offices give the same column. Matched after headerKey(), so
 * spacing, full-width brackets and a trailing required-mark (*) do not matter.
 */
export const HEADER_ALIASES: Record<string, string[]> = {
  姓名: ['考生姓名', '名字', '参评人员姓名', '学员姓名'],
  身份证号: ['身份证号码', '证件号码', '证件号', '身份证', '公民身份号码', '身份证件号码', '身份证件号', '证件编号'],
  '职业（工种）': ['职业', '工种', '职业名称', '职业（工种）名称', '申报职业', '申报职业（工种）', '评价职业', '职业工种', '项目', '评价项目'],
  等级: ['级别', '申报等级', '职业等级', '技能等级', '评价等级'],
  申报方式: ['报名方式', '申报类型', '报名类型', '申报类别'],
  报名渠道: ['培训机构或院校名称', '培训机构', '院校名称', '培训机构/院校', '所属单位', '渠道', '报名单位'],
  准考证号: ['准考证号码', '准考证编号', '准考证', '考号'],
  考试日期: ['考核日期', '评价日期', '日期', '考试日'],
  考试时间: ['考核时间', '时间', '考试时段'],
  考点: ['考试地点', '考核地点', '考点地址', '地点', '考核点'],
  考场: ['考场号', '考室', '考场编号', '教室'],
  座位号: ['座号', '座位', '机位号'],
  理论知识: ['理论', '理论知识考试', '理论成绩', '理论考试'],
  操作技能: ['操作', '实操', '操作技能考核', '实操成绩', '操作成绩', '技能操作'],
  综合评审: ['综合评审成绩', '综合'],
  阅卷或工件检测: ['阅卷/工件检测', '阅卷或工件检测项目', '工件检测', '涉及阅卷或工件检测', '涉及阅卷及工件检测'],
};

/**
 * A header reduced to what identifies it: NFKC (full-width brackets, digits and
 * letters become half-width), no whitespace of any kind, no required-marks.
 *
 * @example headerKey(' 职业( 工种 )* ') === headerKey('职业（工种）')
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/【/g, '[')
    .replace(/】/g, ']')
    .toLowerCase();
}

/** headerKey() without a trailing parenthesised note, e.g. 身份证号(18位) → 身份证号. */
function keyWithoutNote(key: string): string {
  return key.replace(/(\([^()]*\)|\[[^[\]]*\])$/, '');
}

/** For one kind: headerKey → template header, over the headers and their aliases. */
export function headerLookup(kind: ImportKind): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const column of IMPORT_TEMPLATES[kind].columns) {
    byKey.set(headerKey(column.header), column.header);
  }
  for (const column of IMPORT_TEMPLATES[kind].columns) {
    for (const alias of HEADER_ALIASES[column.header] ?? []) {
      const key = headerKey(alias);
      if (!byKey.has(key)) byKey.set(key, column.header);
    }
  }
  return (text: string) => {
    const key = headerKey(text);
    if (key === '') return undefined;
    return byKey.get(key) ?? byKey.get(keyWithoutNote(key));
  };
}
