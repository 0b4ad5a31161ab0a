/**
 * Published notices: staff of an organisation publish its next notice, and every answer about the
 * dates it covers comes from it (not 预计) while earlier dates keep the earlier notice; a notice that
 * fails a check is refused with row and field and changes nothing; withdrawing restores the answers.
 * Its quotes are checked against the text of the notice's PDF as the office uploaded it: printed
 * here by Chromium from the notice's text (fixtures/noticePdf.ts), read back by the server.
 * Expected windows and fees are the 2025 notice's (shared/notices/sjtu-2025.txt) moved to 2027.
 */
import type { ApplicationWindow, CatalogWindowsData, DocumentInfo } from '@skills/shared';
import { SJTU_2025 } from '@skills/shared';
import type { Caller } from '../src/core/app';
import { pdfExtractions } from '../src/pdf';
import { STAFF_KUPASI, STAFF_SJTU, STORE_KINDS, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';
import { parseOrgArgs, runOrgCommand } from '../src/cli/org';
import { parseStaffArgs, runStaffCommand } from '../src/cli/staff';
import { SJTU_TEXT, sjtu2027 } from './fixtures/notices';
import { noticePdf } from './fixtures/noticePdf';

interface Problem {
  code: string;
  where: string;
  message: string;
}

/** The 2027 notice as printed; the same without its fee table's first row; a scan of it; 101 pages. */
let printed: Uint8Array;
let withoutFeeRow: Uint8Array;
let scanned: Uint8Array;
let tooLong: Uint8Array;
/** The printed notice with a line naming the store: a file no other test has read. */
const own: Record<string, Uint8Array> = {};
/** The line of the fee table the first offering quotes, as the 2027 notice prints it (fixtures/notices.ts). */
const FEE_ROW = '1\t人工智能训练师\t中级（四级）\t120\t300\t/\t420';

beforeAll(async () => {
  expect(SJTU_TEXT).toContain(FEE_ROW);
  printed = await noticePdf({ kind: 'text', text: SJTU_TEXT });
  withoutFeeRow = await noticePdf({ kind: 'text', text: SJTU_TEXT.replace(FEE_ROW, '') });
  scanned = await noticePdf({ kind: 'scanned', text: SJTU_TEXT });
  tooLong = await noticePdf({ kind: 'pages', count: 101 });
  for (const store of STORE_KINDS) own[store] = await noticePdf({ kind: 'text', text: `${SJTU_TEXT}\n（${store}）\n` });
}, 120_000);

async function windows(rt: TestRuntime): Promise<ApplicationWindow[]> {
  return dataOf(await rt.call<CatalogWindowsData>('catalog', { action: 'windows', orgId: 'sjtu', count: 6 })).windows;
}

/** Uploads a PDF as the organisation's 通知 document, as staff do in the console; its id. */
async function attach(rt: TestRuntime, bytes: Uint8Array, caller: Caller = STAFF_SJTU, orgId = 'sjtu', fileName = '2027年通知.pdf'): Promise<string> {
  const event = { action: 'documents.upload', orgId, kind: 'notice', title: '2027年社会化职业技能评价操作事项的通知', fileName, fileBase64: Buffer.from(bytes).toString('base64') };
  return dataOf(await rt.call<{ document: DocumentInfo }>('admin', event, caller)).document.id;
}

async function publish(rt: TestRuntime, document: unknown, caller = STAFF_SJTU, orgId = 'sjtu', pdf?: string) {
  const pdfDocumentId = pdf ?? (await attach(rt, printed, caller, orgId));
  return rt.call<{ notice: { version: number; pdfDocumentId: string | null } }>('admin', { action: 'notices.publish', orgId, document, pdfDocumentId }, caller);
}

async function check(rt: TestRuntime, document: unknown, pdfDocumentId: string, caller = STAFF_SJTU, orgId = 'sjtu'): Promise<Problem[]> {
  const answer = dataOf(await rt.call<{ problems: Problem[] }>('admin', { action: 'notices.check', orgId, document, pdfDocumentId }, caller));
  return answer.problems.map(({ code, where, message }) => ({ code, where, message }));
}

function problemsOf(answer: Awaited<ReturnType<typeof publish>>): Problem[] {
  if (answer.ok) throw new Error('expected a refusal');
  return ((answer.details as { problems: Problem[] }).problems).map(({ code, where, message }) => ({ code, where, message }));
}

describe.each(STORE_KINDS)('published notices (%s)', (store) => {
  let rt: TestRuntime;
  beforeEach(async () => {
    rt = await makeRuntime({ store });
  });
  afterEach(async () => {
    await rt.app.store.close();
    if (rt.app.store !== rt.store) await rt.store.close();
  });

  it('a 2027 notice makes the 2027 windows firm, keeps 2026 as it was, and withdrawing it restores the answers', async () => {
    const before = await windows(rt);
    // 2026-11-21: the 2026 window 11月16日-12月31日 (from the 2025 table, 预计), then 2027's, all 预计.
    expect(before.map((w) => [w.opens, w.estimated])).toEqual([
      ['2026-11-16', true],
      ['2027-01-01', true],
      ['2027-02-16', true],
      ['2027-03-16', true],
      ['2027-04-16', true],
      ['2027-05-16', true],
    ]);
    const pdf = await attach(rt, printed);
    const published = dataOf(await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', pdf));
    expect(published.notice).toMatchObject({ version: 2, pdfDocumentId: pdf });

    const after = await windows(rt);
    expect(after.map((w) => [w.opens, w.closes, w.estimated])).toEqual([
      ['2026-11-16', '2026-12-31', true],
      ['2027-01-01', '2027-02-15', false],
      ['2027-02-16', '2027-03-15', false],
      ['2027-03-16', '2027-04-15', false],
      ['2027-04-16', '2027-05-15', false],
      ['2027-05-16', '2027-06-15', false],
    ]);
    const fees = (await rt.call<{ organisation: { notices: { id: string; year: number; offerings: { total: number }[] }[] } }>('catalog', { action: 'organisation', orgId: 'sjtu' }));
    const notices = dataOf(fees).organisation.notices;
    expect(notices).toHaveLength(2);
    expect(notices[1].offerings[0].total).toBe(SJTU_2025.notice.offerings[0].total + 20);

    const rulebook = dataOf(await rt.call<{ version: string; notices: { orgId: string; version: number }[] }>('catalog', { action: 'rulebook' }));
    expect(rulebook.notices.map((n) => `${n.orgId}:${String(n.version)}`).sort()).toEqual(['kupasi:1', 'sjtu:1', 'sjtu:2']);

    const audit = await rt.app.store.listAudit('sjtu', 5);
    expect(audit[0]).toMatchObject({ action: 'notices.publish', actor: STAFF_SJTU.identity, rows: 1, detail: '第2版，2027-01-01起生效，通知 PDF 2027年通知.pdf（第1版）' });

    const listed = dataOf(await rt.call<{ notices: unknown[] }>('admin', { action: 'notices.withdraw', orgId: 'sjtu', version: 2 }, STAFF_SJTU));
    expect(listed.notices).toMatchObject([{ version: 1, origin: 'bundled' }, { version: 2, origin: 'published', status: 'withdrawn' }]);
    expect(await windows(rt)).toEqual(before);
    expect((await rt.app.store.listAudit('sjtu', 1))[0]).toMatchObject({ action: 'notices.withdraw', detail: '第2版' });
    // A version once published is never reused, withdrawn or not.
    expect(problemsOf(await publish(rt, sjtu2027()))).toEqual([{ code: 'SCHEMA', where: '版本', message: '应大于已有的最高版本 2（已发布的版本不能覆盖）' }]);
  });

  it.each([
    [
      'a fee row that does not add up',
      (d: ReturnType<typeof sjtu2027>) => {
        d.notice.offerings[0].total += 1;
      },
      'FEE_TOTAL',
    ],
    [
      'a gap in the calendar',
      (d: ReturnType<typeof sjtu2027>) => {
        d.notice.calendar.rows[2].opens = '2027-03-20';
      },
      'CALENDAR_GAP',
    ],
    [
      'a quote not in the notice',
      (d: ReturnType<typeof sjtu2027>) => {
        d.notice.offerings[0].source.quote = '收费标准另行通知';
      },
      'QUOTE_NOT_FOUND',
    ],
  ])('%s is refused with its row and field, and nothing changes', async (_name, edit, code) => {
    const before = await windows(rt);
    const document = sjtu2027();
    edit(document);
    const answer = await publish(rt, document);
    expect(codeOf(answer)).toBe('NOTICE_INVALID');
    const problems = problemsOf(answer);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.where.length > 0 && p.message.length > 0)).toBe(true);
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
    expect(await windows(rt)).toEqual(before);
    expect((await rt.app.store.listAudit('sjtu', 5)).some((e) => e.action.startsWith('notices.'))).toBe(false);
  });

  it('an organisation the operator registers appears to candidates once its staff publish its first notice', async () => {
    const store = rt.app.store;
    await runOrgCommand(store, parseOrgArgs(['add', '--id', 'acme', '--name', '上海某职业技能评价中心']));
    await runStaffCommand(store, parseStaffArgs(['add', '--org', 'acme', '--identity', 'staff-acme']));
    const ids = async () => dataOf(await rt.call<{ organisations: { id: string }[] }>('catalog', { action: 'organisations' })).organisations.map((o) => o.id);
    expect(await ids()).toEqual(['sjtu', 'kupasi']);
    expect(codeOf(await rt.call('catalog', { action: 'organisation', orgId: 'acme' }))).toBe('UNKNOWN_ORG');
    const whoami = dataOf(await rt.call<{ staffOf: unknown[] }>('admin', { action: 'whoami' }, { identity: 'staff-acme' }));
    expect(whoami.staffOf).toEqual([{ orgId: 'acme', name: '上海某职业技能评价中心' }]);
    const first = { ...sjtu2027(), orgId: 'acme', version: 1 };
    // Before its first notice its staff upload that notice's PDF; others' refused calls are counted for it.
    const acme = { identity: 'staff-acme' };
    const pdf = await attach(rt, printed, acme, 'acme');
    expect(codeOf(await publish(rt, first, STAFF_SJTU, 'acme', pdf))).toBe('FORBIDDEN');
    const audit = dataOf(await rt.call<{ refusals: { staffCalls: number } }>('admin', { action: 'audit.list', orgId: 'acme' }, acme));
    expect(audit.refusals.staffCalls).toBe(1);
    expect(await check(rt, first, pdf, acme, 'acme')).toEqual([]);
    dataOf(await publish(rt, first, acme, 'acme', pdf));
    expect(await ids()).toEqual(['sjtu', 'kupasi', 'acme']);
    const rulebook = dataOf(await rt.call<{ notices: { orgId: string }[] }>('catalog', { action: 'rulebook' }));
    expect(rulebook.notices.filter((n) => n.orgId === 'acme')).toHaveLength(1);
    const windows = dataOf(await rt.call<CatalogWindowsData>('catalog', { action: 'windows', orgId: 'acme', count: 2 })).windows;
    // Today's 2026 window is its table's 预计 for 2026; from 2027 on, the notice's own.
    expect(windows.map((w) => [w.opens, w.estimated])).toEqual([['2026-11-16', true], ['2027-01-01', false]]);
    expect(codeOf(await publish(rt, { ...first, orgId: 'nowhere' }, acme, 'nowhere', pdf))).toBe('FORBIDDEN');
  });

  it("another organisation's staff cannot publish for sjtu, nor publish sjtu's notice as their own", async () => {
    expect(codeOf(await publish(rt, sjtu2027(), STAFF_KUPASI, 'sjtu', await attach(rt, printed)))).toBe('FORBIDDEN');
    const own = await publish(rt, sjtu2027(), STAFF_KUPASI, 'kupasi');
    expect(problemsOf(own)).toContainEqual({ code: 'SCHEMA', where: '机构编号', message: '应为本机构（kupasi），不能为其他机构发布通知' });
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
    expect(await rt.app.store.listNotices('kupasi')).toEqual([]);
  });

  it('check answers no problems for a notice that would be published and stores nothing; check then publish read its PDF once', async () => {
    const pdf = await attach(rt, own[store]);
    const before = pdfExtractions();
    expect(await check(rt, sjtu2027(), pdf)).toEqual([]);
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
    expect((await rt.app.store.listAudit('sjtu', 5)).some((e) => e.action.startsWith('notices.'))).toBe(false);
    dataOf(await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', pdf));
    expect(pdfExtractions() - before).toBe(1);
    // Checked again after publishing: the version is taken now.
    expect(await check(rt, sjtu2027(), pdf)).toEqual([{ code: 'SCHEMA', where: '版本', message: '应大于已有的最高版本 2（已发布的版本不能覆盖）' }]);
  });

  it('a quote the attached PDF does not print is refused naming its row and field, though the document is otherwise the published one', async () => {
    const pdf = await attach(rt, withoutFeeRow);
    const problems = await check(rt, sjtu2027(), pdf);
    expect(problems.map((p) => [p.code, p.where])).toEqual([['QUOTE_NOT_FOUND', '收费标准第1行 出处 原文']]);
    const answer = await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', pdf);
    expect(codeOf(answer)).toBe('NOTICE_INVALID');
    expect(problemsOf(answer)).toEqual(problems);
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
  });

  it('a scanned notice has no text to check quotes in: PDF_NO_TEXT beside the PDF, and every other problem still listed', async () => {
    const pdf = await attach(rt, scanned);
    const document = sjtu2027();
    document.notice.offerings[1].total += 1;
    const problems = await check(rt, document, pdf);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['PDF_NO_TEXT', '通知 PDF'],
      ['FEE_TOTAL', '收费标准第2行 合计'],
    ]);
    expect(problems[0].message).toContain('扫描件');
    expect(problems[0].message).toContain('2027年通知.pdf');
    expect(problemsOf(await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', pdf)).map((p) => p.code)).toEqual(['PDF_NO_TEXT']);
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
  });

  it('a stored file that does not open as a PDF, and a PDF of 101 pages, are refused with their own codes', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj <</Type/Catalog>> endobj\nstartxref\n0\n%%EOF\n');
    const record = { documentId: 'd-broken', orgId: 'sjtu', occupationId: null, kind: 'notice' as const, title: '通知', fileName: 'broken.pdf', version: 1, size: broken.length, sha256: 'b'.repeat(64), blobKey: 'documents/sjtu/d-broken/v1.pdf', publishedOn: '2026-11-21', demo: false };
    await rt.app.store.putDocumentVersion(record, broken);
    expect((await check(rt, sjtu2027(), 'd-broken')).map((p) => [p.code, p.where])).toEqual([['PDF_UNREADABLE', '通知 PDF']]);
    const long = await attach(rt, tooLong, STAFF_SJTU, 'sjtu', 'long.pdf');
    const problems = await check(rt, sjtu2027(), long);
    expect(problems).toEqual([{ code: 'PDF_TOO_LARGE', where: '通知 PDF', message: '通知 PDF 过大（超过 100 页，或读取超时），请只上传通知正文及其附件（long.pdf）' }]);
  });

  it("the PDF must be one of this organisation's uploaded 通知 documents", async () => {
    const kupasiPdf = await attach(rt, printed, STAFF_KUPASI, 'kupasi');
    expect(codeOf(await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', kupasiPdf))).toBe('NOT_FOUND');
    expect(codeOf(await rt.call('admin', { action: 'notices.check', orgId: 'sjtu', document: sjtu2027(), pdfDocumentId: kupasiPdf }, STAFF_SJTU))).toBe('NOT_FOUND');
    const spec = { action: 'documents.upload', orgId: 'sjtu', kind: 'spec', title: '考核规范', occupationId: '4-04-05-05', fileName: 'spec.pdf', fileBase64: Buffer.from(printed).toString('base64') };
    const specId = dataOf(await rt.call<{ document: DocumentInfo }>('admin', spec, STAFF_SJTU)).document.id;
    expect(codeOf(await publish(rt, sjtu2027(), STAFF_SJTU, 'sjtu', specId))).toBe('NOT_FOUND');
    expect(codeOf(await rt.call('admin', { action: 'notices.publish', orgId: 'sjtu', document: sjtu2027() }, STAFF_SJTU))).toBe('BAD_REQUEST');
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
  });
});
