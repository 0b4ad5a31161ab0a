/**
 * Published notices: staff of an organisation publish its next notice, and every answer about the
 * dates it covers comes from it (not 预计) while earlier dates keep the earlier notice; a notice that
 * fails a check is refused with row and field and changes nothing; withdrawing restores the answers.
 * Expected windows and fees are the 2025 notice's (shared/notices/sjtu-2025.txt) moved to 2027.
 */
import type { ApplicationWindow, CatalogWindowsData } from '@skills/shared';
import { SJTU_2025 } from '@skills/shared';
import { STAFF_KUPASI, STAFF_SJTU, STORE_KINDS, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';
import { parseOrgArgs, runOrgCommand } from '../src/cli/org';
import { parseStaffArgs, runStaffCommand } from '../src/cli/staff';
import { SJTU_TEXT, sjtu2027 } from './fixtures/notices';

interface Problem {
  code: string;
  where: string;
  message: string;
}

async function windows(rt: TestRuntime): Promise<ApplicationWindow[]> {
  return dataOf(await rt.call<CatalogWindowsData>('catalog', { action: 'windows', orgId: 'sjtu', count: 6 })).windows;
}

function publish(rt: TestRuntime, document: unknown, caller = STAFF_SJTU, orgId = 'sjtu') {
  return rt.call<{ notice: { version: number } }>('admin', { action: 'notices.publish', orgId, document, noticeText: SJTU_TEXT }, caller);
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
    const published = dataOf(await publish(rt, sjtu2027()));
    expect(published.notice.version).toBe(2);

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
    expect(audit[0]).toMatchObject({ action: 'notices.publish', actor: STAFF_SJTU.identity, rows: 1, detail: '第2版，2027-01-01起生效' });

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
    expect(codeOf(await publish(rt, first, STAFF_SJTU, 'acme'))).toBe('FORBIDDEN');
    dataOf(await publish(rt, first, { identity: 'staff-acme' }, 'acme'));
    expect(await ids()).toEqual(['sjtu', 'kupasi', 'acme']);
    const windows = dataOf(await rt.call<CatalogWindowsData>('catalog', { action: 'windows', orgId: 'acme', count: 2 })).windows;
    // Today's 2026 window is its table's 预计 for 2026; from 2027 on, the notice's own.
    expect(windows.map((w) => [w.opens, w.estimated])).toEqual([['2026-11-16', true], ['2027-01-01', false]]);
    expect(codeOf(await publish(rt, { ...first, orgId: 'nowhere' }, { identity: 'staff-acme' }, 'nowhere'))).toBe('FORBIDDEN');
  });

  it("another organisation's staff cannot publish for sjtu, nor publish sjtu's notice as their own", async () => {
    expect(codeOf(await publish(rt, sjtu2027(), STAFF_KUPASI))).toBe('FORBIDDEN');
    const own = await publish(rt, sjtu2027(), STAFF_KUPASI, 'kupasi');
    expect(problemsOf(own)).toContainEqual({ code: 'SCHEMA', where: '机构编号', message: '应为本机构（kupasi），不能为其他机构发布通知' });
    expect(await rt.app.store.listNotices('sjtu')).toEqual([]);
    expect(await rt.app.store.listNotices('kupasi')).toEqual([]);
  });
});
