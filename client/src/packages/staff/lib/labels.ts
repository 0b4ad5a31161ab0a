/** Chinese wording for the console's codes and timestamps (display only). */
import { chinaDateTimeOf, type DocumentKind, type ImportKind, type ReminderKind } from '@skills/shared';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  candidates: '考生名单',
  tickets: '准考证',
  results: '成绩',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  handbook: '考核指导手册',
  spec: '考核规范',
  notice: '通知',
};

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  'window-opens': '申报开始',
  'window-closing': '申报截止前 3 天',
  'ticket-released': '准考证发放',
  'results-published': '成绩发布',
  'session-rolled-over': '考期顺延',
};

const ACTION_LABELS: Record<string, string> = {
  'sessions.upsert': '保存考期',
  'sessions.rollover': '考期顺延',
  'import.preview': '预览导入',
  'import.confirm': '确认导入',
  'documents.upload': '上传文件',
  'notices.publish': '发布通知',
  'notices.withdraw': '撤回通知',
  'announcements.publish': '发布公告',
  'announcements.update': '修改公告',
  'announcements.withdraw': '撤回公告',
  'export.tickets': '导出准考证名单',
  'export.results': '导出成绩',
  'templates.download': '下载模板',
  'staff.add': '添加工作人员',
  'staff.remove': '移除工作人员',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? '其他操作';
}

/**
 * Who did it: the operator's staff command, the reader themself, or another staff identity.
 * @example actorLabel('local_abc', 'local_abc') // '我（local_abc）'
 */
export function actorLabel(actor: string, me?: string): string {
  if (actor === 'operator') return '系统管理员（命令行）';
  return actor === me ? `我（${actor}）` : actor;
}

/**
 * How many rows an entry touched, in the words of its action; empty where a count says
 * nothing (one announcement, one document, one session).
 * @example rowsLabel('import.confirm', 120) // '120 行'
 * @example rowsLabel('sessions.rollover', 3) // '涉及 3 张准考证'
 */
export function rowsLabel(action: string, rows: number): string {
  if (action === 'sessions.rollover') return `涉及 ${rows} 张准考证`;
  if (action.startsWith('import.') || action.startsWith('export.')) return `${rows} 行`;
  return '';
}

/** An ISO timestamp in China's time (UTC+8), e.g. 2026-11-21 09:30, whatever the device's zone. */
export function chinaDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return chinaDateTimeOf(time);
}

/** A time of day written HH:MM (24-hour). */
export function isClockTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}
