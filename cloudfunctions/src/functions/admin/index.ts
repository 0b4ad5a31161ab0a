/**
 * admin: staff of one organisation act on that organisation only. The framework admits only the
 * staff of the params' `orgId` (the contract's access level); each action that changes or hands
 * out data is written to the audit log here.
 */
import { admin as contract } from '@skills/shared/src/contract/admin';
import * as admin from '../../core/admin';
import * as checkins from '../../core/checkins';
import * as ticketCodes from '../../core/ticketCodes';
import * as announcements from '../../core/announcements';
import { isoNow, type App, type Caller } from '../../core/app';
import * as documents from '../../core/documents';
import * as imports from '../../core/imports';
import * as notices from '../../core/notices';
import * as sessions from '../../core/sessions';
import { IMPORT_TEMPLATES, MAX_FILE_BYTES } from '../../spreadsheet';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

/** Runs a staff action for `orgId` and records it: who, when, what, how many rows. */
function audited<P extends { orgId: string }, R>(
  name: string,
  run: (p: P, actor: string, app: App) => Promise<R>,
  audit: (result: R, p: P) => { rows: number; detail: string },
) {
  return async (p: P, caller: Caller & { identity: string }, app: App): Promise<R> => {
    const result = await run(p, caller.identity, app);
    const entry = audit(result, p);
    await admin.audit(app, caller.identity, p.orgId, name, entry.rows, entry.detail);
    return result;
  };
}

export const handler = defineFunction('admin', contract, {
  whoami: (_p, caller, app) => admin.whoami(app, caller),
  'sessions.list': (p, _caller, app) => sessions.staffList(app, p),
  'sessions.upsert': audited(
    'sessions.upsert',
    async (p, _actor, app) => ({ session: await sessions.upsert(app, p.orgId, p.session) }),
    (r, p) => ({
      rows: 1,
      detail: `${p.session.id ? '修改' : '新建'}考期：${r.session.occupationName} ${r.session.trackLabel}，${r.session.date ?? '日期待定'}`,
    }),
  ),
  'sessions.rollover': audited(
    'sessions.rollover',
    (p, _actor, app) => sessions.rollover(app, p.orgId, p),
    (r, p) => ({
      rows: r.affectedTickets,
      detail: `${r.session.occupationName} ${r.session.trackLabel} 顺延至 ${p.toMonth}${p.newDate ? `（${p.newDate}）` : ''}：${p.reason}`,
    }),
  ),
  'import.preview': audited(
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
  'import.confirm': audited(
    'import.confirm',
    (p, _actor, app) => imports.confirm(app, p.orgId, p.previewId),
    (r) => ({
      rows: r.added + r.updated,
      detail: `导入“${IMPORT_TEMPLATES[r.kind].title}”：新增 ${r.added}，更新 ${r.updated}，未变 ${r.unchanged}`,
    }),
  ),
  'documents.list': (p, _caller, app) => documents.list(app, p.orgId),
  'documents.upload': audited(
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
  'documents.versions': (p, _caller, app) => documents.versions(app, p.orgId, p.documentId),
  'notices.list': (p, _caller, app) => notices.list(app, p.orgId),
  'notices.check': (p, _caller, app) => notices.check(app, p.orgId, p),
  'notices.publish': (p, caller, app) => notices.publish(app, caller.identity, p.orgId, p),
  'notices.withdraw': (p, caller, app) => notices.withdraw(app, caller.identity, p.orgId, p.version),
  'announcements.list': (p, _caller, app) => announcements.list(app, p.orgId, true),
  'announcements.publish': audited(
    'announcements.publish',
    async (p, _actor, app) => ({ announcement: await announcements.publish(app, p.orgId, p.title, p.body) }),
    (r) => ({ rows: 1, detail: `发布公告“${r.announcement.title}”` }),
  ),
  'announcements.update': audited(
    'announcements.update',
    async (p, _actor, app) => ({ announcement: await announcements.update(app, p.orgId, p.announcementId, p) }),
    (r) => ({ rows: 1, detail: `修改公告“${r.announcement.title}”` }),
  ),
  'announcements.withdraw': audited(
    'announcements.withdraw',
    async (p, _actor, app) => ({ announcement: await announcements.withdraw(app, p.orgId, p.announcementId) }),
    (r) => ({ rows: 1, detail: `撤回公告“${r.announcement.title}”` }),
  ),
  'export.tickets': audited(
    'export.tickets',
    (p, _actor, app) => admin.exportTickets(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 准考证名单` }),
  ),
  'export.results': audited(
    'export.results',
    (p, _actor, app) => admin.exportResults(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 成绩单` }),
  ),
  'templates.download': (p) => admin.template(p.kind),
  'audit.list': (p, _caller, app) => admin.auditList(app, p.orgId, p.limit ?? 100),
  'outbox.list': (p, _caller, app) => admin.outboxList(app, p.orgId, p.limit ?? 100),
  'keys.list': async (p, _caller, app) => ({ keys: await ticketCodes.publicKeys(app.store, p.orgId, isoNow(app)) }),
  'keys.rotate': audited(
    'keys.rotate',
    async (p, _actor, app) => ({ keys: await ticketCodes.rotate(app.store, p.orgId, isoNow(app)) }),
    (r) => ({ rows: 1, detail: `更换准考证签名密钥，新密钥 ${r.keys[0]?.keyId ?? ''}；此前发出的二维码在考场不再通过` }),
  ),
  'checkin.roster': audited(
    'checkin.roster',
    (p, _actor, app) => checkins.roster(app, p.orgId, p.sessionId),
    (r) => ({ rows: r.roster.length, detail: `下载签到名单：${r.session.occupationName} ${r.session.trackLabel} ${r.session.date ?? '日期待定'}，${r.roster.length} 人` }),
  ),
  'checkin.sync': audited(
    'checkin.sync',
    (p, _actor, app) => checkins.sync(app, p.orgId, p.sessionId, p.checkins),
    (r, p) => ({ rows: r.added, detail: `同步签到：本次 ${p.checkins.length} 条，新增 ${r.added}，已有 ${r.duplicates}，本场已签到 ${r.checkins.length} 人` }),
  ),
  'attendance.session': (p, _caller, app) => checkins.attendance(app, p.orgId, p.sessionId),
  'export.attendance': audited(
    'export.attendance',
    (p, _actor, app) => checkins.exportAttendance(app, p.orgId, p.month),
    (r, p) => ({ rows: r.file.rows, detail: `导出 ${p.month} 出勤名单` }),
  ),
  'templates.results': audited(
    'templates.results',
    (p, _actor, app) => checkins.resultsTemplate(app, p.orgId, p.sessionId),
    (r) => ({ rows: r.file.rows, detail: `下载预填缺考的成绩模板（${r.file.rows} 行）` }),
  ),
});

export const main = cloudEntry(handler);
