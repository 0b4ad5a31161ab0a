/**
 * The built function bundles (dist/<fn>/index.js) invoked as CloudBase invokes them —
 * `main(event, context)`, the caller's openid in the function's environment (WX_OPENID, where
 * the SDK's auth().getUserInfo() reads it) — over the real SDK talking to the stand-in of
 * CloudBase's HTTP API, on an environment prepared by `cloudbase:setup`. Request budgets are
 * asserted as counts of requests the stand-in received.
 */
import path from 'node:path';
import type { ApiAnswer, ImportConfirmData, ImportPreviewData, Session } from '@skills/shared';
import { CloudbaseStore, IMPORT_BATCH, loadCloudbase } from '../src/adapters/cloudbase';
import { parseStaffArgs, runStaffCommand } from '../src/cli/staff';
import { buildFunctions } from '../scripts/build';
import { setupCloudbase } from '../scripts/cloudbase-setup';
import { startStandin, type Standin } from './cloudbase-standin';
import { bulkIdNumber, TICKET_HEADERS } from './fixtures/bulk';
import { TEST_SECRETS, TODAY } from './helpers';

const DIST = path.resolve(__dirname, '..', 'dist');
const STAFF = 'oStaff_sjtu_0001';
const CANDIDATE = 'oCandidate_0001';
const TEMPLATES = ['TEMPLATE_WINDOW_OPENS', 'TEMPLATE_WINDOW_CLOSING', 'TEMPLATE_TICKET_RELEASED', 'TEMPLATE_RESULTS_PUBLISHED', 'TEMPLATE_SESSION_ROLLED_OVER'];

type Main = (event: unknown, context: unknown) => Promise<ApiAnswer<unknown>>;

let standin: Standin;
// Failures this file provokes are logged by the functions (class names only); keep them out of the test output.
let logged: jest.SpyInstance;
let warned: jest.SpyInstance;
const saved: Record<string, string | undefined> = {};
let restore: () => void;

function setEnv(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) {
    if (!(k in saved)) saved[k] = process.env[k];
    process.env[k] = v;
  }
}

/**
 * As the platform runs a function: a mini-program caller's openid in the environment, named in
 * WX_CONTEXT_KEYS (the SDK reads only the keys listed there: node-sdk src/utils/tcbcontext.ts
 * `getCloudbaseContext`), and in the context's `environment`; none for a timer.
 */
async function invoke<T>(fn: string, event: unknown, openid: string | null): Promise<{ answer: ApiAnswer<T>; requests: number }> {
  setEnv({ WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: openid ?? '', WX_APPID: openid ? 'wx0123456789abcdef' : '' });
  const { main } = jest.requireActual(path.join(DIST, fn, 'index.js')) as { main: Main };
  const context = { request_id: `req-${Math.random().toString(36).slice(2)}`, function_name: fn, environment: JSON.stringify({ WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: openid ?? '' }) };
  standin.resetCounts();
  const answer = (await main(event, context)) as ApiAnswer<T>;
  return { answer, requests: standin.total() };
}

function ok<T>(answer: ApiAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected ok, got ${answer.code}: ${answer.message}`);
  return answer.data;
}

function ticketsCsv(count: number, date: string, first = 0): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return [`E${String(n).padStart(7, '0')}`, `考生${n}`, bulkIdNumber(n), '人工智能训练师', '四级', '团体', date, '09:00-11:30', '上海市长宁区法华镇路535号', '第1考场', String((i % 30) + 1)];
  });
  return Buffer.from([TICKET_HEADERS, ...rows].map((r) => r.join(',')).join('\n')).toString('base64');
}

beforeAll(async () => {
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  standin = await startStandin();
  restore = standin.install();
  setEnv({ ID_HASH_KEY: TEST_SECRETS.idHashKey, SKILLS_TODAY: TODAY, ...Object.fromEntries(TEMPLATES.map((t, i) => [t, `tmpl-${i}`])) });
  await buildFunctions(DIST);
  await setupCloudbase();
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  restore();
  await standin.close();
  // No log line carries a candidate's ID number or name.
  expect(JSON.stringify([logged.mock.calls, warned.mock.calls])).not.toMatch(/3101\d{14}|考生\d/);
  logged.mockRestore();
  warned.mockRestore();
});

describe('CloudBase, end to end through the built bundles', () => {
  it('setup is idempotent: a second run creates nothing', async () => {
    const again = await setupCloudbase();
    expect(again.created).toEqual([]);
    expect(again.indexesCreated).toEqual([]);
    expect(again.existing.length).toBeGreaterThanOrEqual(16);
  });

  it('a fresh environment without setup answers INTERNAL, not data', async () => {
    const bare = new CloudbaseStore(loadCloudbase(), 'nosetup_');
    await expect(bare.staffOrgs('x')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  });

  it('operator adds staff → staff create a session and import → candidate subscribes and binds → two timer runs send each reminder once', async () => {
    // The operator's command, against the same environment.
    await runStaffCommand(new CloudbaseStore(loadCloudbase()), parseStaffArgs(['add', '--org', 'sjtu', '--identity', STAFF]));
    expect(ok((await invoke<{ staffOf: { orgId: string }[] }>('admin', { action: 'whoami' }, STAFF)).answer).staffOf.map((o) => o.orgId)).toEqual(['sjtu']);

    const venue = { name: '上海交通大学', address: '上海市长宁区法华镇路535号' };
    const { session } = ok((await invoke<{ session: Session }>('admin', { action: 'sessions.upsert', orgId: 'sjtu', session: { occupationId: '4-04-05-05', track: 4, date: '2026-11-25', startTime: '09:00', endTime: '11:30', venue, capacity: 60 } }, STAFF)).answer);
    expect(session.date).toBe('2026-11-25');

    // A candidate may not act as staff.
    expect((await invoke('admin', { action: 'sessions.list', orgId: 'sjtu' }, CANDIDATE)).answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const fileBase64 = ticketsCsv(3, '2026-11-25');
    const preview = ok((await invoke<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64 }, STAFF)).answer);
    expect(preview.problems).toEqual([]);
    const confirmed = ok((await invoke<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId }, STAFF)).answer);
    expect(confirmed).toEqual({ kind: 'tickets', added: 3, updated: 0, unchanged: 0 });

    // The candidate: subscribe, bind, see the ticket; each a small constant number of requests.
    const budget: Record<string, number> = {};
    const subscribe = await invoke('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released', 'window-opens', 'window-closing'] }, CANDIDATE);
    ok(subscribe.answer);
    budget['subscriptions.subscribe'] = subscribe.requests;
    const bind = await invoke('tickets', { action: 'bind', name: '考生1', idNumber: bulkIdNumber(1) }, CANDIDATE);
    ok(bind.answer);
    budget['tickets.bind'] = bind.requests;
    const mine = await invoke<{ tickets: { ticketNumber: string; released: boolean }[] }>('tickets', { action: 'mine' }, CANDIDATE);
    expect(ok(mine.answer).tickets.map((t) => [t.ticketNumber, t.released])).toEqual([['E0000001', true]]);
    budget['tickets.mine'] = mine.requests;
    for (const [fn, event] of [
      ['results', { action: 'mine' }],
      ['subscriptions', { action: 'list' }],
      ['catalog', { action: 'organisations' }],
      ['sessions', { action: 'list', orgId: 'sjtu' }],
      ['documents', { action: 'list', orgId: 'sjtu' }],
      ['announcements', { action: 'list', orgId: 'sjtu' }],
    ] as const) {
      const call = await invoke(fn, event, CANDIDATE);
      ok(call.answer);
      budget[`${fn}.${event.action}`] = call.requests;
    }
    const again = await invoke('tickets', { action: 'mine' }, CANDIDATE);
    ok(again.answer);
    budget['tickets.mine (again)'] = again.requests;
    console.log('requests per candidate action', budget);
    // Binding first takes its attempt under the per-identity and service-wide limits (an insert and a
    // count each); the organisation's first ticket answer also creates its signing key (one transaction).
    // Each function's first call reads the rulebook: published notices and loaded holiday arrangements (two, in parallel).
    const bounds: Record<string, number> = { 'tickets.bind': 11, 'tickets.mine': 11 };
    for (const [action, requests] of Object.entries(budget)) expect(requests).toBeLessThanOrEqual(bounds[action] ?? 9);

    // Two timer runs: each due reminder goes out once, with the configured template.
    const timer = { Type: 'Timer', TriggerName: 'every-30-minutes', Time: '2026-11-21T01:00:00Z' };
    const first = await invoke<{ claimed: number; failed: number }>('reminders', timer, null);
    const firstReport = ok(first.answer);
    expect(firstReport.claimed).toBeGreaterThan(0);
    expect(firstReport.failed).toBe(0);
    expect(standin.sent.map((m) => m.touser)).toEqual(Array(firstReport.claimed).fill(CANDIDATE));
    expect(standin.sent.map((m) => m.template_id)).toContain('tmpl-2');
    // Each acceptance is used by the message it allowed; accepting again still never repeats a reminder.
    ok((await invoke('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released', 'window-opens', 'window-closing'] }, CANDIDATE)).answer);
    const second = await invoke<{ claimed: number; alreadySent: number }>('reminders', timer, null);
    expect(ok(second.answer)).toMatchObject({ claimed: 0 });
    expect(ok(second.answer).alreadySent).toBeGreaterThanOrEqual(firstReport.claimed);
    expect(standin.sent).toHaveLength(firstReport.claimed);
    const outbox = ok((await invoke<{ messages: { sentAt: string | null }[] }>('admin', { action: 'outbox.list', orgId: 'sjtu' }, STAFF)).answer).messages;
    expect(outbox.every((m) => m.sentAt !== null)).toBe(true);
    // A person cannot trigger the sweep.
    expect((await invoke('reminders', { action: 'sweep' }, CANDIDATE)).answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a large file goes to storage first (wx.cloud.uploadFile) and is passed by file id; read once, then removed; only the uploader\'s own', async () => {
    const tcb = loadCloudbase();
    const content = Buffer.from(ticketsCsv(2, '2026-11-25', 900), 'base64');
    const own = (await tcb.uploadFile({ cloudPath: `uploads/sjtu/${STAFF}/名单.csv`, fileContent: content })).fileID!;
    const preview = await invoke<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: '名单.csv', fileId: own }, STAFF);
    expect(ok(preview.answer)).toMatchObject({ totalRows: 2, problems: [] });
    expect(standin.files.has(`uploads/sjtu/${STAFF}/名单.csv`)).toBe(false);
    // Someone else's upload, or another organisation's folder: refused, and the file is left alone.
    const theirs = (await tcb.uploadFile({ cloudPath: 'uploads/kupasi/oSomeoneElse/x.csv', fileContent: content })).fileID!;
    for (const fileId of [theirs, theirs.replace('uploads/kupasi/oSomeoneElse', `uploads/sjtu/${STAFF}/../../kupasi/oSomeoneElse`)]) {
      expect((await invoke('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 'x.csv', fileId }, STAFF)).answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(standin.files.has('uploads/kupasi/oSomeoneElse/x.csv')).toBe(true);
  });

  it('a send WeChat answers with an errcode is recorded as failed, never as sent, and not sent again', async () => {
    const other = 'oCandidate_0002';
    ok((await invoke('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released'] }, other)).answer);
    ok((await invoke('tickets', { action: 'bind', name: '考生2', idNumber: bulkIdNumber(2) }, other)).answer);
    const sentBefore = standin.sent.length;
    standin.failNextSends(43101);
    const timer = { Type: 'Timer', TriggerName: 'every-30-minutes', Time: '2026-11-21T01:30:00Z' };
    const run = ok((await invoke<{ claimed: number; failed: number }>('reminders', timer, null)).answer);
    expect(run).toMatchObject({ claimed: 1, failed: 1 });
    expect(standin.sent).toHaveLength(sentBefore);
    const refused = ok((await invoke<{ messages: { recipient: string; sentAt: string | null }[] }>('admin', { action: 'outbox.list', orgId: 'sjtu' }, STAFF)).answer).messages.filter((m) => m.recipient === other);
    expect(refused.map((m) => m.sentAt)).toEqual([null]);
    expect(ok((await invoke<{ claimed: number }>('reminders', timer, null)).answer)).toMatchObject({ claimed: 0 });
    expect(standin.sent).toHaveLength(sentBefore);
  });

  it('a reminder whose template id is not configured is recorded as failed, never as sent', async () => {
    const other = 'oCandidate_0003';
    ok((await invoke('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released'] }, other)).answer);
    ok((await invoke('tickets', { action: 'bind', name: '考生0', idNumber: bulkIdNumber(0) }, other)).answer);
    const sentBefore = standin.sent.length;
    const configured = process.env.TEMPLATE_TICKET_RELEASED;
    delete process.env.TEMPLATE_TICKET_RELEASED;
    try {
      const timer = { Type: 'Timer', TriggerName: 'every-30-minutes', Time: '2026-11-21T01:45:00Z' };
      expect(ok((await invoke<{ claimed: number; failed: number }>('reminders', timer, null)).answer)).toMatchObject({ claimed: 1, failed: 1 });
    } finally {
      process.env.TEMPLATE_TICKET_RELEASED = configured;
    }
    expect(standin.sent).toHaveLength(sentBefore);
    const messages = ok((await invoke<{ messages: { recipient: string; sentAt: string | null }[] }>('admin', { action: 'outbox.list', orgId: 'sjtu' }, STAFF)).answer).messages;
    expect(messages.filter((m) => m.recipient === other).map((m) => m.sentAt)).toEqual([null]);
  });

  it('a reminder run makes the same number of requests for 5 subscribers or 60', async () => {
    const timer = { Type: 'Timer', TriggerName: 'every-30-minutes', Time: '2026-11-21T02:00:00Z' };
    const settled = async () => {
      await invoke('reminders', timer, null);
      return (await invoke('reminders', timer, null)).requests;
    };
    const few = await settled();
    for (let i = 0; i < 60; i += 1) ok((await invoke('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['window-opens', 'window-closing'] }, `oMany_${String(i).padStart(4, '0')}`)).answer);
    const many = await settled();
    console.log('requests per settled reminder run', { few, many });
    expect(many).toBe(few);
    // 8 for the reminders, 4 for import upkeep (open imports, expired previews).
    expect(many).toBeLessThanOrEqual(12);
  });

  it('import confirm and month export take requests in proportion to rows ÷ batch size; a cut-short confirm is finished by the timer, and confirming again answers what was written', async () => {
    const measure = async (rows: number, first: number) => {
      const fileBase64 = ticketsCsv(rows, '2026-11-25', first);
      const preview = ok((await invoke<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64 }, STAFF)).answer);
      const confirm = await invoke<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId }, STAFF);
      expect(ok(confirm.answer)).toEqual({ kind: 'tickets', added: rows, updated: 0, unchanged: 0 });
      return confirm.requests;
    };
    const small = await measure(IMPORT_BATCH, 1000);
    const large = await measure(4 * IMPORT_BATCH, 2000);
    console.log('requests per import confirm', { [IMPORT_BATCH]: small, [4 * IMPORT_BATCH]: large });
    // Four times the rows: about four times the batches, nowhere near one request per row.
    expect(large).toBeLessThan(4 * small);
    expect(large).toBeLessThan((4 * IMPORT_BATCH) / 20);

    // Cut short after two of its inserts (a dropped call, or the function's time limit): confirming again finishes it, nothing twice.
    const fileBase64 = ticketsCsv(3 * IMPORT_BATCH, '2026-11-25', 5000);
    const preview = ok((await invoke<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64 }, STAFF)).answer);
    standin.failRequest('database.insertDocument', 3);
    expect((await invoke('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId }, STAFF)).answer).toMatchObject({ ok: false, code: 'INTERNAL' });
    const tickets = () => standin.db.dump('tickets').filter((t) => { const n = Number(String(t.ticketNumber).slice(1)); return n >= 5000 && n < 5000 + 3 * IMPORT_BATCH; });
    expect(tickets().length).toBeLessThan(3 * IMPORT_BATCH);
    // Nobody confirms again: the next timer run finishes it.
    const timer = { Type: 'Timer', TriggerName: 'every-30-minutes', Time: '2026-11-21T03:00:00Z' };
    expect(ok((await invoke<{ importsFinished: number }>('reminders', timer, null)).answer).importsFinished).toBe(1);
    expect(tickets()).toHaveLength(3 * IMPORT_BATCH);
    // Staff confirming afterwards get what was written.
    const finished = ok((await invoke<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId }, STAFF)).answer);
    expect(finished.added + finished.unchanged).toBe(3 * IMPORT_BATCH);
    expect(finished.progress).toBeUndefined();
    expect(tickets()).toHaveLength(3 * IMPORT_BATCH);
    expect(new Set(tickets().map((t) => t.ticketNumber)).size).toBe(3 * IMPORT_BATCH);
    // Once more: the same answer, nothing written.
    const writesBefore = JSON.stringify(standin.db.dump('tickets'));
    expect(ok((await invoke<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId }, STAFF)).answer)).toEqual(finished);
    expect(JSON.stringify(standin.db.dump('tickets'))).toBe(writesBefore);

    const exportCall = await invoke<{ file: { rows: number } }>('admin', { action: 'export.tickets', orgId: 'sjtu', month: '2026-11' }, STAFF);
    expect(ok(exportCall.answer).file.rows).toBe(3 + IMPORT_BATCH + 4 * IMPORT_BATCH + 3 * IMPORT_BATCH);
    console.log('requests per month export', { rows: 3 + 8 * IMPORT_BATCH, requests: exportCall.requests });
    // Pages of 1000 tickets, people read 500 at a time, and a constant few (staff check, sessions, audit).
    const rows = 3 + 8 * IMPORT_BATCH;
    expect(exportCall.requests).toBeLessThanOrEqual(4 + Math.ceil(rows / 1000) + Math.ceil(rows / 500));
  });

  it('every query the functions made is served by an index cloudbase:setup created', () => {
    expect(standin.db.queries.length).toBeGreaterThan(50);
    expect(standin.db.unserved().map((q) => `${q.collection} where ${q.fields.join(',') || '-'} order ${q.order.map(([f, d]) => `${f}:${d}`).join(',') || '-'}`)).toEqual([]);
  });
});
