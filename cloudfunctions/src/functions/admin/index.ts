/**
 * admin: staff of one organisation act on that organisation only. Each staff action
 * is checked against the allow-list and written to the audit log.
 */
import * as z from 'zod';
import * as admin from '../../core/admin';
import * as checkins from '../../core/checkins';
import * as ticketCodes from '../../core/ticketCodes';
import * as announcements from '../../core/announcements';
import { isoNow, requireStaff, type App, type Caller } from '../../core/app';
import * as documents from '../../core/documents';
import * as imports from '../../core/imports';
import * as sessions from '../../core/sessions';
import { IMPORT_TEMPLATES, MAX_FILE_BYTES } from '../../spreadsheet';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { base64, clockTime, documentKind, fileName, importKind, isoDate, isoMonth, limit, orgId, shortText, track, typedText, venue } from '../schemas';

/** Runs a staff action for `orgId` and records it: who, when, what, how many rows. */
function staffAction<S extends z.ZodType<{ orgId: string }>, R>(
  params: S,
  name: string,
  run: (p: z.infer<S>, actor: string, app: App) => Promise<R>,
  audit: (result: R, p: z.infer<S>) => { rows: number; detail: string } | null,
) {
  return action(params, async (p: z.infer<S>, caller: Caller, app: App) => {
    const actor = await requireStaff(app, caller, p.orgId);
    const result = await run(p, actor, app);
    const entry = audit(result, p);
    if (entry) await admin.audit(app, actor, p.orgId, name, entry.rows, entry.detail);
    return result;
  });
}

const body = typedText(20_000, { multiline: true });
const checkin = z.object({
  ticketId: shortText,
  sessionId: shortText,
  at: z.string().datetime(),
  method: z.enum(['code', 'number']),
  deviceId: z.string().min(1).max(64),
});
const title = typedText(100);

export const handler = defineFunction('admin', {
  whoami: action(z.object({}), (_p, caller, app) => admin.whoami(app, caller)),
  'sessions.list': staffAction(
    z.object({ orgId, month: isoMonth.optional() }),
    'sessions.list',
    (p, _actor, app) => sessions.staffList(app, p),
    () => null,
  ),
  'sessions.upsert': staffAction(
    z.object({
      orgId,
      session: z.object({
        id: shortText.optional(),
        occupationId: shortText,
        track,
        date: isoDate,
        startTime: clockTime,
        endTime: clockTime,
        venue,
        capacity: z.number().int().min(1).max(100_000),
      }),
    }),
    'sessions.upsert',
    async (p, _actor, app) => ({ session: await sessions.upsert(app, p.orgId, p.session) }),
    (r, p) => ({
      rows: 1,
      detail: `${p.session.id ? '修改' : '新建'}考期：${r.session.occupationName} ${r.session.trackLabel}，${r.session.date ?? '日期待定'}`,
    }),
  ),
  'sessions.rollover': staffAction(
    z.object({ orgId, sessionId: shortText, toMonth: isoMonth, reason: typedText(200), newDate: isoDate.optional() }),
    'sessions.rollover',
    (p, _actor, app) => sessions.rollover(app, p.orgId, p),
    (r, p) => ({
      rows: r.affectedTickets,
      detail: `${r.session.occupationName} ${r.session.trackLabel} 顺延至 ${p.toMonth}${p.newDate ? `（${p.newDate}）` : ''}：${p.reason}`,
    }),
  ),
  'import.preview': staffAction(
    // The file's content in the call, or (WeChat, large files) the id of the file uploaded to storage.
    z.union([
      z.object({ orgId, kind: importKind, fileName, fileBase64: base64 }),
      z.object({ orgId, kind: importKind, fileName, fileId: z.string().min(1).max(500) }),
    ]),
    'import.preview',
    async (p, actor, app) =>
      imports.preview(app, actor, p.orgId, {
        kind: p.kind,
        fileName: p.fileName,
        bytes: 'fileId' in p ? await admin.takeUpload(app, p.orgId, actor, p.fileId, MAX_FILE_BYTES) : admin.decodeBase64(p.fileBase64, MAX_FILE_BYTES),
      }),
    (r) => ({
      rows: r.totalRows,
      detail: `预览“${IMPORT_TEMPLATES[r.kind].title}”${r.fileName}：${r.validRows}/${r.totalRows} 行无误，${r.problems.length} 处问题`,
    }),
  ),
  'import.confirm': staffAction(
    z.object({ orgId, previewId: shortText }),
    'import.confirm',
    (p, _actor, app) => imports.confirm(app, p.orgId, p.previewId),
    (r) => ({
      rows: r.added + r.updated,
      detail: `导入“${IMPORT_TEMPLATES[r.kind].title}”：新增 ${r.added}，更新 ${r.updated}，未变 ${r.unchanged}`,
    }),
  ),
  'documents.list': staffAction(
    z.object({ orgId }),
    'documents.list',
    (p, _actor, app) => documents.list(app, p.orgId),
    () => null,
  ),
  'documents.upload': staffAction(
    z.object({
      orgId,
      documentId: shortText.optional(),
      kind: documentKind,
      title,
      occupationId: shortText.nullable().optional(),
      fileName,
      fileBase64: base64,
    }),
    'documents.upload',
    async (p, _actor, app) => ({
      document: await documents.upload(app, p.orgId, {
        documentId: p.documentId,
        kind: p.kind,
        title: p.title,
        occupationId: p.occupationId,
        fileName: p.fileName,
        bytes: admin.decodeBase64(p.fileBase64, documents.MAX_DOCUMENT_BYTES),
      }),
    }),
    (r) => ({ rows: 1, detail: `上传“${r.document.title}”第 ${r.document.version} 版（${r.document.fileName}，${r.document.size} 字节）` }),
  ),
  'documents.versions': staffAction(
    z.object({ orgId, documentId: shortText }),
    'documents.versions',
    (p, _actor, app) => documents.versions(app, p.orgId, p.documentId),
    () => null,
  ),
  'announcements.list': staffAction(
    z.object({ orgId }),
    'announcements.list',
    (p, _actor, app) => announcements.list(app, p.orgId, true),
    () => null,
  ),
  'announcements.publish': staffAction(
    z.object({ orgId, title, body }),
    'announcements.publish',
    async (p, _actor, app) => ({ announcement: await announcements.publish(app, p.orgId, p.title, p.body) }),
    (r) => ({ rows: 1, detail: `发布公告“${r.announcement.title}”` }),
  ),
  'announcements.update': staffAction(
    z.object({ orgId, announcementId: shortText, title: title.optional(), body: body.optional() }),
    'announcements.update',
    async (p, _actor, app) => ({ announcement: await announcements.update(app, p.orgId, p.announcementId, p) }),
    (r) => ({ rows: 1, detail: `修改公告“${r.announcement.title}”` }),
  ),
  'announcements.withdraw': staffAction(
    z.object({ orgId, announcementId: shortText }),
    'announcements.withdraw',
    async (p, _actor, app) => ({ announcement: await announcements.withdraw(app, p.orgId, p.announcementId) }),
    (r) => ({ rows: 1, detail: `撤回公告“${r.announcement.title}”` }),
  ),
  'export.tickets': staffAction(
    z.object({ orgId, month: isoMonth }),
    'export.tickets',
    (p, _actor, app) => admin.exportTickets(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 准考证名单` }),
  ),
  'export.results': staffAction(
    z.object({ orgId, month: isoMonth }),
    'export.results',
    (p, _actor, app) => admin.exportResults(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 成绩单` }),
  ),
  'templates.download': staffAction(
    z.object({ orgId, kind: importKind }),
    'templates.download',
    (p) => admin.template(p.kind),
    () => null,
  ),
  'audit.list': staffAction(
    z.object({ orgId, limit }),
    'audit.list',
    (p, _actor, app) => admin.auditList(app, p.orgId, p.limit ?? 100),
    () => null,
  ),
  'outbox.list': staffAction(
    z.object({ orgId, limit }),
    'outbox.list',
    (p, _actor, app) => admin.outboxList(app, p.orgId, p.limit ?? 100),
    () => null,
  ),
  'keys.list': staffAction(
    z.object({ orgId }),
    'keys.list',
    async (p, _actor, app) => ({ keys: await ticketCodes.publicKeys(app.store, p.orgId, isoNow(app)) }),
    () => null,
  ),
  'keys.rotate': staffAction(
    z.object({ orgId }),
    'keys.rotate',
    async (p, _actor, app) => ({ keys: await ticketCodes.rotate(app.store, p.orgId, isoNow(app)) }),
    (r) => ({ rows: 1, detail: `更换准考证签名密钥，新密钥 ${r.keys[0]?.keyId ?? ''}；此前发出的二维码在考场不再通过` }),
  ),
  'checkin.roster': staffAction(
    z.object({ orgId, sessionId: shortText }),
    'checkin.roster',
    (p, _actor, app) => checkins.roster(app, p.orgId, p.sessionId),
    (r) => ({ rows: r.roster.length, detail: `下载签到名单：${r.session.occupationName} ${r.session.trackLabel} ${r.session.date ?? '日期待定'}，${r.roster.length} 人` }),
  ),
  'checkin.sync': staffAction(
    z.object({ orgId, sessionId: shortText, checkins: z.array(checkin).max(checkins.MAX_SYNC_BATCH) }),
    'checkin.sync',
    (p, _actor, app) => checkins.sync(app, p.orgId, p.sessionId, p.checkins),
    (r, p) => ({ rows: r.added, detail: `同步签到：本次 ${p.checkins.length} 条，新增 ${r.added}，已有 ${r.duplicates}，本场已签到 ${r.checkins.length} 人` }),
  ),
  'attendance.session': staffAction(
    z.object({ orgId, sessionId: shortText }),
    'attendance.session',
    (p, _actor, app) => checkins.attendance(app, p.orgId, p.sessionId),
    () => null,
  ),
  'export.attendance': staffAction(
    z.object({ orgId, month: isoMonth }),
    'export.attendance',
    (p, _actor, app) => checkins.exportAttendance(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 出勤名单` }),
  ),
  'templates.results': staffAction(
    z.object({ orgId, sessionId: shortText }),
    'templates.results',
    (p, _actor, app) => checkins.resultsTemplate(app, p.orgId, p.sessionId),
    (r) => ({ rows: r.file.rows, detail: `下载预填缺考的成绩模板（${r.file.rows} 行）` }),
  ),
});

export const main = cloudEntry(handler);
