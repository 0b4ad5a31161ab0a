/**
 * Venue check-in through the functions, on both adapters: the candidate's ticket answer
 * carries a signed code; staff download the roster and public keys; the door check
 * (the same pure function the phone runs, with Node's Ed25519) answers every case;
 * check-ins sync idempotently and merge across devices; attendance, the month's
 * attendance export and the pre-filled results template show who came.
 */
import crypto from 'node:crypto';
import {
  base64UrlEncode,
  checkTicketCode,
  type AttendanceData,
  type Checkin,
  type CheckinRosterData,
  type CheckinSyncData,
  type DoorContext,
  type FilePayload,
  type PublicTicketKey,
  type TicketsMineData,
  type ReleasedTicket,
} from '@skills/shared';
import { readTable } from '../src/spreadsheet';
import { activeKey, signPayload } from '../src/core/ticketCodes';
import type { App, Caller } from '../src/core/app';
import { CANDIDATE_A, CANDIDATE_B, STAFF_KUPASI, STAFF_SJTU, cloudbaseStore, codeOf, dataOf } from './helpers';
import { QIAN, TICKET_NUMBERS, WU, officeRuntime } from './fixtures/office';

const verify = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean =>
  crypto.verify(null, message, crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: base64UrlEncode(publicKey) }, format: 'jwk' }), signature);

type Call = <T>(fn: string, event: object, caller: Caller) => Promise<import('@skills/shared').ApiAnswer<T>>;

async function sqliteRig(): Promise<{ app: App; call: Call }> {
  const rt = await officeRuntime();
  return { app: rt.app, call: (fn, event, caller) => rt.call(fn, event, caller) };
}

async function cloudbaseRig(): Promise<{ app: App; call: Call }> {
  const rt = await officeRuntime({ store: 'cloudbase' });
  return { app: rt.app, call: (fn, event, caller) => rt.call(fn, event, caller) };
}

describe.each([
  ['sqlite', sqliteRig],
  ['cloudbase adapter (real SDK, stand-in of CloudBase)', cloudbaseRig],
])('venue check-in through the functions: %s', (_name, makeRig) => {
  let app: App;
  let call: Call;
  let ticket: ReleasedTicket;
  let sessionId: string;
  /** 钱晓雯's exam (上交 个人申报, 人工智能训练师 四级). */
  const examDay = '2025-10-09';

  async function myTicket(caller: Caller): Promise<ReleasedTicket> {
    const mine = dataOf(await call<TicketsMineData>('tickets', { action: 'mine' }, caller));
    const released = mine.tickets.find((t): t is ReleasedTicket => t.released);
    if (!released) throw new Error('no released ticket');
    return released;
  }
  async function roster(): Promise<CheckinRosterData> {
    return dataOf(await call<CheckinRosterData>('admin', { action: 'checkin.roster', orgId: 'sjtu', sessionId }, STAFF_SJTU));
  }
  function door(data: CheckinRosterData, today = examDay, keys: PublicTicketKey[] = data.keys): DoorContext {
    return { session: data.session, today, keys, roster: data.roster, checkedIn: new Map(data.checkins.map((c) => [c.ticketId, c.at])), verify };
  }
  const sync = (checkins: Checkin[], caller: Caller = STAFF_SJTU) =>
    call<CheckinSyncData>('admin', { action: 'checkin.sync', orgId: 'sjtu', sessionId, checkins }, caller);
  const checkin = (at: string, deviceId = 'device-a'): Checkin => ({ ticketId: ticket.id, sessionId, at, method: 'code', deviceId });

  beforeEach(async () => {
    ({ app, call } = await makeRig());
    expect(codeOf(await call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A))).toBe('OK');
    ticket = await myTicket(CANDIDATE_A);
    sessionId = (await app.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.QIAN] }))[0].sessionId;
  });

  test('the ticket answer carries a signed code that passes at the door on the exam day: 已签到', async () => {
    expect(ticket.code).toMatch(/^[A-Za-z0-9_-]{100,152}$/);
    const data = await roster();
    expect(data.roster.map((e) => e.ticketNumber)).toEqual(['2025100901']);
    expect(data.roster[0]).toMatchObject({ name: '钱晓雯', maskedIdNumber: '3101**********0829', room: '第1考场', seat: '01' });
    expect(data.keys).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/private|BEGIN|MC4CAQ/);
    expect(checkTicketCode(ticket.code, door(data))).toMatchObject({ kind: 'checked-in', entry: { ticketId: ticket.id } });
  });

  test('a forged payload: 签名无效; another organisation’s code: 未知密钥; another session or day: refused', async () => {
    const data = await roster();
    const forged = ticket.code.slice(0, 10) + (ticket.code[10] === 'A' ? 'B' : 'A') + ticket.code.slice(11);
    expect(checkTicketCode(forged, door(data)).kind).toMatch(/bad-signature|unreadable/);
    const key = await activeKey(app.store, 'sjtu', '2026-11-21T00:00:00Z');
    const reseated = signPayload({ ...key, privateKey: (await activeKey(app.store, 'kupasi', '2026-11-21T00:00:00Z')).privateKey }, {
      orgId: 'sjtu', ticketNumber: ticket.ticketNumber, examDate: examDay, room: '第1考场', seat: '99',
    });
    expect(checkTicketCode(reseated, door(data))).toEqual({ kind: 'bad-signature' });

    expect(codeOf(await call('tickets', { action: 'bind', name: WU.name, idNumber: WU.idNumber }, CANDIDATE_B))).toBe('OK');
    const kupasiTicket = await myTicket(CANDIDATE_B);
    expect(checkTicketCode(kupasiTicket.code, door(data))).toEqual({ kind: 'unknown-key' });

    const pending = (await app.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.SUN] }))[0];
    const otherSession = signPayload(key, { orgId: 'sjtu', ticketNumber: pending.ticketNumber, examDate: examDay, room: pending.room, seat: pending.seat });
    expect(checkTicketCode(otherSession, door(data))).toEqual({ kind: 'not-this-session', examDate: examDay });
    expect(checkTicketCode(ticket.code, door(data, '2025-10-10'))).toEqual({ kind: 'not-today', examDate: examDay });
  });

  test('a rotated key: codes signed before are refused as 密钥已更换, the candidate’s fresh code passes', async () => {
    const before = await roster();
    const rotated = dataOf(await call<{ keys: PublicTicketKey[] }>('admin', { action: 'keys.rotate', orgId: 'sjtu' }, STAFF_SJTU));
    expect(rotated.keys.map((k) => k.status)).toEqual(['active', 'retired']);
    expect(rotated.keys[1].keyId).toBe(before.keys[0].keyId);
    const after = await roster();
    expect(checkTicketCode(ticket.code, door(after))).toEqual({ kind: 'retired-key' });
    const fresh = await myTicket(CANDIDATE_A);
    expect(fresh.code).not.toBe(ticket.code);
    expect(checkTicketCode(fresh.code, door(after)).kind).toBe('checked-in');
    // A device that downloaded before the rotation does not know the new key.
    expect(checkTicketCode(fresh.code, door(before))).toEqual({ kind: 'unknown-key' });
    expect(codeOf(await call('admin', { action: 'keys.rotate', orgId: 'sjtu' }, STAFF_KUPASI))).toBe('FORBIDDEN');
  });

  test('a rolled-over ticket: the old date’s code is refused and names the new date', async () => {
    const newDate = '2025-11-15';
    const moved = await call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId, toMonth: newDate.slice(0, 7), reason: '人数不足', newDate }, STAFF_SJTU);
    expect(codeOf(moved)).toBe('OK');
    const data = await roster();
    expect(checkTicketCode(ticket.code, door(data, newDate))).toMatchObject({ kind: 'rolled-over', signedDate: examDay, currentDate: newDate });
  });

  test('a duplicate scan and an offline batch synced twice: stored once, the earliest time wins, 重复签到', async () => {
    const first = dataOf(await sync([checkin(`${examDay}T00:58:00.000Z`)]));
    expect(first).toMatchObject({ added: 1, duplicates: 0 });
    const again = dataOf(await sync([checkin(`${examDay}T00:58:00.000Z`)]));
    expect(again).toMatchObject({ added: 0, duplicates: 1 });
    expect(again.checkins).toHaveLength(1);
    // A second door's device checked the same candidate in earlier, and synced later.
    const other = dataOf(await sync([checkin(`${examDay}T00:51:00.000Z`, 'device-b')]));
    expect(other).toMatchObject({ added: 0, duplicates: 1 });
    expect(other.checkins).toEqual([checkin(`${examDay}T00:51:00.000Z`, 'device-b')]);
    // A later time from a third device does not replace it.
    expect(dataOf(await sync([checkin(`${examDay}T01:30:00.000Z`, 'device-c')])).checkins[0].at).toBe(`${examDay}T00:51:00.000Z`);
    expect(checkTicketCode(ticket.code, door(await roster()))).toMatchObject({ kind: 'duplicate', at: `${examDay}T00:51:00.000Z` });

    const audit = dataOf(await call<{ entries: { action: string; rows: number; detail: string }[] }>('admin', { action: 'audit.list', orgId: 'sjtu' }, STAFF_SJTU));
    const syncs = audit.entries.filter((e) => e.action === 'checkin.sync');
    expect(syncs.map((e) => e.rows).sort()).toEqual([0, 0, 0, 1]);
    for (const entry of audit.entries) expect(entry.detail).not.toMatch(/钱晓雯|2025100901|0829/);
  });

  test('sync refuses another session’s ticket, a future time and another organisation, writing nothing', async () => {
    const pending = (await app.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.SUN] }))[0];
    expect(codeOf(await sync([checkin(`${examDay}T00:58:00.000Z`), { ...checkin(`${examDay}T00:59:00.000Z`), ticketId: pending.id }]))).toBe('BAD_REQUEST');
    expect(codeOf(await sync([checkin('2099-01-01T00:00:00.000Z')]))).toBe('BAD_REQUEST');
    expect(codeOf(await sync([checkin(`${examDay}T00:58:00.000Z`)], STAFF_KUPASI))).toBe('FORBIDDEN');
    expect(codeOf(await call('admin', { action: 'checkin.roster', orgId: 'kupasi', sessionId }, STAFF_KUPASI))).toBe('NOT_FOUND');
    expect(await app.store.checkinsOfSessions([sessionId])).toEqual([]);
  });

  test('attendance, the month’s attendance export and the results template pre-filled with 缺考', async () => {
    const absent = await attendanceOf();
    expect(absent).toMatchObject({ present: 0, absent: 1 });
    let template = await resultsTemplate();
    expect(template.find((r) => r['准考证号'] === '2025100901')).toMatchObject({ 理论知识: '缺考', 操作技能: '缺考', 姓名: '钱晓雯' });

    dataOf(await sync([checkin(`${examDay}T00:58:00.000Z`)]));
    const present = await attendanceOf();
    expect(present).toMatchObject({ present: 1, absent: 0 });
    expect(present.rows[0]).toMatchObject({ ticketNumber: '2025100901', checkedInAt: '2025-10-09T00:58:00.000Z', method: 'code' });
    template = await resultsTemplate();
    expect(template.find((r) => r['准考证号'] === '2025100901')).toMatchObject({ 理论知识: '', 操作技能: '' });

    const file = dataOf(await call<{ file: FilePayload }>('admin', { action: 'export.attendance', orgId: 'sjtu', month: '2025-10' }, STAFF_SJTU)).file;
    const sheet = await readXlsx(file);
    const row = sheet.find((r) => r[0] === '2025100901')!;
    // 00:58 UTC is 08:58 in China.
    expect(row.slice(-3)).toEqual(['已到', '2025-10-09 08:58', '扫码']);
  });

  async function attendanceOf(): Promise<AttendanceData> {
    return dataOf(await call<AttendanceData>('admin', { action: 'attendance.session', orgId: 'sjtu', sessionId }, STAFF_SJTU));
  }
  async function resultsTemplate(): Promise<Record<string, string>[]> {
    const { file } = dataOf(await call<{ file: FilePayload }>('admin', { action: 'templates.results', orgId: 'sjtu', sessionId }, STAFF_SJTU));
    const table = await readTable(new Uint8Array(Buffer.from(file.fileBase64, 'base64')), file.fileName, 'results');
    return table.rows.map((r) => r.cells);
  }
});

async function readXlsx(file: FilePayload): Promise<string[][]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.fileBase64, 'base64') as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the operator’s keys command and the store’s one active key', () => {
  test('list makes the first key; rotate retires it; only public halves are printed', async () => {
    const { SqliteStore } = await import('../src/adapters/sqlite');
    const { parseKeysArgs, runKeysCommand } = await import('../src/cli/keys');
    const store = new SqliteStore(':memory:');
    const listed = await runKeysCommand(store, parseKeysArgs(['list', '--org', 'sjtu']));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/\t使用中\t/);
    const rotated = await runKeysCommand(store, parseKeysArgs(['rotate', '--org', 'sjtu']));
    expect(rotated.map((line) => line.split('\t')[1])).toEqual(['使用中', '已停用']);
    expect(rotated[1].split('\t')[0]).toBe(listed[0].split('\t')[0]);
    const privateKeys = (await store.signingKeys('sjtu')).map((k) => k.privateKey);
    for (const line of [...listed, ...rotated]) for (const key of privateKeys) expect(line).not.toContain(key.slice(20, 60));
    expect((await store.listAudit('sjtu', 5)).map((e) => e.action)).toEqual(['keys.rotate']);
    expect(() => parseKeysArgs(['rotate', '--org', 'nowhere'])).toThrow(/./);
    expect(() => parseKeysArgs(['rotate'])).toThrow(/用法/);
  });

  // Both claims at once: SQLite's transaction and CloudBase's (the stand-in's conflict rules) keep one.
  test.each([
    ['sqlite', async () => new (await import('../src/adapters/sqlite')).SqliteStore(':memory:')],
    ['cloudbase adapter (real SDK, stand-in of CloudBase)', cloudbaseStore],
  ])('%s: a second first use keeps the one active key', async (_name, makeStore) => {
    const store = await makeStore();
    const { newSigningKey } = await import('../src/core/ticketCodes');
    const claim = () => store.claimSigningKey(newSigningKey('sjtu', 'x'));
    const [a, b] = await Promise.all([claim(), claim()]);
    expect(a.keyId).toBe(b.keyId);
    expect((await store.signingKeys('sjtu')).filter((k) => k.status === 'active')).toHaveLength(1);
    expect(await store.signingKeys('kupasi')).toEqual([]);
  });
});
