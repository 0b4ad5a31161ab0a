/**
 * Notice documents for the server side and the operator's commands: the schema, and validation
 * that gives every problem with its row and field in Chinese. Loads zod, so the mini program
 * never imports this entry (it reads documents through the rules module's plain functions).
 */
import type * as z from 'zod';
import type { HolidayArrangement } from '../data/holidays';
import type { NoticeDocument } from '../types';
import { describePath, documentProblems, holidayProblems, structureProblems, type NoticeProblem } from './checks';
import { holidayArrangement, noticeDocument } from './schema';

export * from './schema';
export * from './checks';
export * from './wording';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: NoticeProblem[] };

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: '是或否', array: '列表', object: '一组字段' };

/** One schema issue in Chinese. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const custom = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少应有${String(issue.minimum)}项`;
      return `不能小于${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多${String(issue.maximum)}项` : `不能大于${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `应为${issue.values.map(String).join('、')}之一`;
    case 'invalid_union':
      return '取值不在允许的范围内';
    default:
      return custom ?? '格式不对';
  }
}

/** A failed parse as problems with row and field. */
export function schemaProblems(error: z.ZodError): NoticeProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return { code: 'SCHEMA', path, where: describePath(path) || '文档', message: issueMessage(issue) };
  });
}

/**
 * A notice document checked against the schema and, once well-formed, against the checks of
 * checks.ts and the published notice's text. Nothing is half-accepted: any problem refuses it.
 * `noticeText` null: the notice's text could not be read (the caller says why), so its quotes
 * are not checked, but everything else is, so the office sees every other problem at once.
 */
export function validateNoticeDocument(value: unknown, noticeText: string | null): Validated<NoticeDocument> {
  const parsed = noticeDocument.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = noticeText === null ? structureProblems(parsed.data) : documentProblems(parsed.data, noticeText);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** A holiday arrangement checked against the schema, its own consistency and, if given, the announcement's text. */
export function validateHolidayArrangement(value: unknown, announcementText?: string): Validated<HolidayArrangement> {
  const parsed = holidayArrangement.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = holidayProblems(parsed.data, announcementText);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}
