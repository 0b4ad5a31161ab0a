/**
 * Input hygiene: bodies bounded per function, typed text refused with hidden or broken
 * characters and stored normalised, PDFs checked for structure, withdrawn announcements
 * immutable, security headers on every response, no 5xx from a download URL, a private database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import type { Announcement, ImportPreviewData } from '@skills/shared';
import { SqliteStore } from '../src/adapters/sqlite';
import { makeDemoPdf } from '../src/demo/pdf';
import { isPdf } from '../src/core/documents';
import { CANDIDATE_A, STAFF_SJTU, codeOf, dataOf, listen, makeRuntime, type TestRuntime } from './helpers';

const HOSTILE = { nul: 'a\u0000b', rlo: '通知\u202etxt.exe', lone: 'a\ud800b', crlf: '标题\r\n注入', del: 'a\u007fb' };

describe('typed text', () => {
  it.each(Object.entries(HOSTILE))('an announcement title with %s is refused, nothing stored', async (_label, title) => {
    const rt = await makeRuntime({ demo: false });
    const answer = await rt.call('admin', { action: 'announcements.publish', orgId: 'sjtu', title, body: '正文' }, STAFF_SJTU);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('不允许的字符') });
    expect(await rt.app.store.listAnnouncements('sjtu', true)).toEqual([]);
  });

  it('a body keeps its lines (CRLF stored as LF) and text is stored in one Unicode form (NFC)', async () => {
    const rt = await makeRuntime({ demo: false });
    const { announcement } = dataOf(await rt.call<{ announcement: Announcement }>('admin', { action: 'announcements.publish', orgId: 'sjtu', title: 'Cafe\u0301 通知', body: '第一行\r\n第二行' }, STAFF_SJTU));
    expect(announcement.title).toBe('Café 通知');
    expect(announcement.body).toBe('第一行\n第二行');
  });

  it('a name to bind, a rollover reason, a file name and an import cell are held to the same rule', async () => {
    const rt = await makeRuntime();
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: HOSTILE.rlo, idNumber: '310101199003070027' }, CANDIDATE_A))).toBe('BAD_REQUEST');
    const session = (await rt.app.store.listSessions({ orgId: 'sjtu', month: '2027-01' }))[0];
    expect(codeOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2027-02', reason: HOSTILE.nul }, STAFF_SJTU))).toBe('BAD_REQUEST');
    const csv = Buffer.from('姓名,身份证号,职业（工种）,等级,申报方式,报名渠道\n李四,310101199003070027,人工智能训练师,四级,个人,培训\u202e学校\n').toString('base64');
    expect(codeOf(await rt.call('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'candidates', fileName: HOSTILE.crlf, fileBase64: csv }, STAFF_SJTU))).toBe('BAD_REQUEST');
    const preview = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'candidates', fileName: 'c.csv', fileBase64: csv }, STAFF_SJTU));
    expect(preview.problems).toEqual([expect.objectContaining({ row: 2, column: '报名渠道', code: 'BAD_VALUE' })]);
  });
});

describe('documents and announcements', () => {
  const upload = (rt: TestRuntime, bytes: Uint8Array) =>
    rt.call('admin', { action: 'documents.upload', orgId: 'sjtu', kind: 'spec', title: '规范', fileName: 'a.pdf', fileBase64: Buffer.from(bytes).toString('base64') }, STAFF_SJTU);

  it('a PDF is checked for structure, not only its first bytes', async () => {
    const rt = await makeRuntime({ demo: false });
    const good = makeDemoPdf(['ok']);
    expect(isPdf(good)).toBe(true);
    expect(codeOf(await upload(rt, good))).toBe('OK');
    for (const bad of [Buffer.from('%PDF-1.4\n<script>alert(1)</script>'), good.subarray(0, good.length - 40), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('GIF89a'.repeat(50)), Buffer.from('\n%%EOF\n')])]) {
      expect(await upload(rt, bad)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
  });

  it('a withdrawn announcement can be neither edited nor withdrawn again', async () => {
    const rt = await makeRuntime({ demo: false });
    const { announcement } = dataOf(await rt.call<{ announcement: Announcement }>('admin', { action: 'announcements.publish', orgId: 'sjtu', title: '通知', body: '正文' }, STAFF_SJTU));
    dataOf(await rt.call('admin', { action: 'announcements.withdraw', orgId: 'sjtu', announcementId: announcement.id }, STAFF_SJTU));
    const edit = await rt.call('admin', { action: 'announcements.update', orgId: 'sjtu', announcementId: announcement.id, title: '改过的' }, STAFF_SJTU);
    expect(edit).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('已撤回') });
    expect(codeOf(await rt.call('admin', { action: 'announcements.withdraw', orgId: 'sjtu', announcementId: announcement.id }, STAFF_SJTU))).toBe('BAD_REQUEST');
    expect((await rt.app.store.getAnnouncement(announcement.id))?.title).toBe('通知');
  });

  it('an event over 16 KB to a function anyone may call is refused, on any runner', async () => {
    const rt = await makeRuntime({ demo: false });
    const big = { action: 'organisations', padding: 'x'.repeat(17 * 1024) };
    expect(codeOf(await rt.call('catalog', big))).toBe('PAYLOAD_TOO_LARGE');
    expect(codeOf(await rt.call('catalog', { action: 'organisations' }))).toBe('OK');
  });
});

describe('the local runner', () => {
  let server: http.Server;
  let base: string;
  let staticDir: string;
  beforeAll(async () => {
    const rt = await makeRuntime();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-h5-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>H5</title>');
    ({ server, base } = await listen(rt, staticDir));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('H5 pages and API answers carry nosniff, a content security policy and no framing', async () => {
    for (const response of [await fetch(`${base}/`), await fetch(`${base}/pages/index/index`), await fetch(`${base}/api/catalog`, { method: 'POST', body: '{"action":"organisations"}' })]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('a 20 KB body to an anonymous function is 413 before it is read; admin still takes uploads', async () => {
    const response = await fetch(`${base}/api/tickets`, { method: 'POST', body: JSON.stringify({ action: 'binding', padding: 'x'.repeat(20 * 1024) }) });
    expect(response.status).toBe(413);
    const admin = await fetch(`${base}/api/admin`, { method: 'POST', body: JSON.stringify({ action: 'whoami', padding: 'x'.repeat(1024 * 1024) }) });
    expect(admin.status).toBe(200);
  });

  it('a download URL with a non-ASCII sig of the right length is 403, not 500', async () => {
    const sig = '签'.repeat(64);
    const response = await fetch(`${base}/files/d_x/1/a.pdf?expires=${Date.now() + 60_000}&sig=${encodeURIComponent(sig)}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('下载链接已失效');
  });

  it('a new database file is readable by its owner only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-mode-'));
    const store = new SqliteStore(path.join(dir, 'skills.db'));
    await store.setMeta('k', 'v');
    for (const file of fs.readdirSync(dir)) expect([file, fs.statSync(path.join(dir, file)).mode & 0o777]).toEqual([file, 0o600]);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
