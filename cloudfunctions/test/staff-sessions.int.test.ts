/**
 * Staff's session list: tickets issued per session against capacity, and the hint that the
 * notice's rollover rule applies. sjtu's notice: “若当月申请评价认定申报人数不足30人或超出考场承载范围，
 * 则顺延至下月评价认定。” kupasi's notice is silent on rollover.
 */
import { type ImportPreviewData, type RolloverHint, type Session, type SessionStatus, type StaffSessionsListData } from '@skills/shared';
import { rolloverHints } from '../src/core/sessions';
import { bulkIdNumber, TICKET_HEADERS } from './fixtures/bulk';
import { CANDIDATE_A, STAFF_KUPASI, STAFF_SJTU, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';

/** 上交 二（三）3: “若当月申请评价认定申报人数不足 30 人或超出考场承载范围，则顺延至下月评价认定”. */
const SJTU_MINIMUM = 30;
const BELOW: RolloverHint = { reason: 'below-minimum', byNotice: true };
const OVER: RolloverHint = { reason: 'over-capacity', byNotice: true };

describe('rolloverHints', () => {
  it.each<[string, number, number, number | null, SessionStatus, RolloverHint[]]>([
    ['不足30人：按通知顺延', SJTU_MINIMUM - 1, 60, SJTU_MINIMUM, 'scheduled', [BELOW]],
    ['恰好30人：不顺延', SJTU_MINIMUM, 60, SJTU_MINIMUM, 'scheduled', []],
    ['还没有准考证：0人也算不足', 0, 60, SJTU_MINIMUM, 'scheduled', [BELOW]],
    ['恰好满员：不算超出考场承载范围', 60, 60, SJTU_MINIMUM, 'scheduled', []],
    ['超出考场承载范围：按通知顺延', 61, 60, SJTU_MINIMUM, 'scheduled', [OVER]],
    ['考场比最低人数还小：两条都成立', 25, 20, SJTU_MINIMUM, 'scheduled', [BELOW, OVER]],
    ['已顺延的场次在新月份照样判断', 3, 60, SJTU_MINIMUM, 'rolled-over', [BELOW]],
    ['已取消的场次：不提示', 0, 60, SJTU_MINIMUM, 'cancelled', []],
    ['通知未规定最低人数（库帕思）：人少不提示', 1, 60, null, 'scheduled', []],
    ['通知未规定顺延（库帕思）：超员只作事实提示', 61, 60, null, 'scheduled', [{ reason: 'over-capacity', byNotice: false }]],
  ])('%s', (_desc, ticketCount, capacity, minimum, status, expected) => {
    expect(rolloverHints({ ticketCount, capacity, status }, minimum)).toEqual(expected);
  });

  it('takes the minimum from the data, not a fixed 30', () => {
    expect(rolloverHints({ ticketCount: 10, capacity: 60, status: 'scheduled' }, 12)).toEqual([BELOW]);
    expect(rolloverHints({ ticketCount: 10, capacity: 60, status: 'scheduled' }, 10)).toEqual([]);
  });
});

const venue = { name: '考点', address: '上海市长宁区法华镇路535号' };

async function newSession(rt: TestRuntime, orgId: string, occupationId: string, track: number | 'special', date: string, capacity: number): Promise<Session> {
  const caller = orgId === 'sjtu' ? STAFF_SJTU : STAFF_KUPASI;
  const session = { occupationId, track, date, startTime: '09:00', endTime: '11:30', venue, capacity };
  return dataOf(await rt.call<{ session: Session }>('admin', { action: 'sessions.upsert', orgId, session }, caller)).session;
}

/** Imports `count` tickets for one exam date, people numbered from `firstPerson` (each a distinct 身份证号). */
async function importTickets(rt: TestRuntime, orgId: string, occupation: string, level: string, date: string, count: number, firstPerson: number): Promise<void> {
  const caller = orgId === 'sjtu' ? STAFF_SJTU : STAFF_KUPASI;
  const rows = Array.from({ length: count }, (_, i) => {
    const n = firstPerson + i;
    return [`T${String(n).padStart(6, '0')}`, `考生${n}`, bulkIdNumber(n), occupation, level, '团体', date, '09:00-11:30', venue.address, '第1考场', String(i + 1)];
  });
  const csv = [TICKET_HEADERS, ...rows].map((row) => row.join(',')).join('\n');
  const fileBase64 = Buffer.from(csv).toString('base64');
  const preview = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId, kind: 'tickets', fileName: 't.csv', fileBase64 }, caller));
  expect(preview.problems).toEqual([]);
  dataOf(await rt.call('admin', { action: 'import.confirm', orgId, previewId: preview.previewId }, caller));
}

describe('admin sessions.list with ticket counts', () => {
  it('sjtu: counts per session, under the minimum, at it, over capacity; sessions of other months apart', async () => {
    const rt = await makeRuntime({ demo: false });
    const under = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-09', 60);
    const atMinimum = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-16', 60);
    const over = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-23', SJTU_MINIMUM + 5);
    const empty = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-30', 60);
    const nextMonth = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-02-20', 60);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-01-09', SJTU_MINIMUM - 1, 0);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-01-16', SJTU_MINIMUM, 100);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-01-23', SJTU_MINIMUM + 6, 200);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-02-20', 2, 300);

    const listed = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2027-01' }, STAFF_SJTU));
    const byId = new Map(listed.sessions.map((s) => [s.id, s]));
    expect(listed.sessions.map((s) => s.id)).toEqual([under.id, atMinimum.id, over.id, empty.id]);
    expect([under, atMinimum, over, empty].map((s) => byId.get(s.id)?.ticketCount)).toEqual([SJTU_MINIMUM - 1, SJTU_MINIMUM, SJTU_MINIMUM + 6, 0]);
    expect(byId.get(under.id)?.rolloverHints).toEqual([BELOW]);
    expect(byId.get(atMinimum.id)?.rolloverHints).toEqual([]);
    expect(byId.get(over.id)).toMatchObject({ capacity: SJTU_MINIMUM + 5, rolloverHints: [OVER] });
    expect(byId.get(empty.id)?.rolloverHints).toEqual([BELOW]);
    expect(byId.get(under.id)).toMatchObject({ rolloverMinimum: SJTU_MINIMUM, occupationName: '人工智能训练师', status: 'scheduled' });

    // Without a month: every session, each counted within its own month.
    const all = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu' }, STAFF_SJTU));
    expect(all.sessions.find((s) => s.id === nextMonth.id)?.ticketCount).toBe(2);
    expect(all.sessions.find((s) => s.id === over.id)?.ticketCount).toBe(SJTU_MINIMUM + 6);
  });

  it('a rolled-over session keeps its tickets and is counted in its new month', async () => {
    const rt = await makeRuntime({ demo: false });
    const session = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-09', 60);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-01-09', 3, 0);
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2027-02', reason: '当月申报人数不足30人' }, STAFF_SJTU));
    const january = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2027-01' }, STAFF_SJTU));
    const february = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2027-02' }, STAFF_SJTU));
    expect(january.sessions).toEqual([]);
    expect(february.sessions.map((s) => [s.id, s.status, s.ticketCount])).toEqual([[session.id, 'rolled-over', 3]]);
  });

  it('kupasi: no minimum in its notice, so few tickets give no hint; over capacity is shown without a rule', async () => {
    const rt = await makeRuntime({ demo: false });
    const few = await newSession(rt, 'kupasi', 'ai-data-annotation', 'special', '2027-01-09', 60);
    const full = await newSession(rt, 'kupasi', 'ai-data-annotation', 'special', '2027-01-16', 2);
    await importTickets(rt, 'kupasi', '人工智能数据标注', '专项职业能力', '2027-01-09', 1, 0);
    await importTickets(rt, 'kupasi', '人工智能数据标注', '专项职业能力', '2027-01-16', 3, 100);
    const listed = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'kupasi', month: '2027-01' }, STAFF_KUPASI));
    const byId = new Map(listed.sessions.map((s) => [s.id, s]));
    expect(byId.get(few.id)).toMatchObject({ ticketCount: 1, rolloverMinimum: null, rolloverHints: [] });
    expect(byId.get(full.id)).toMatchObject({ ticketCount: 3, capacity: 2, rolloverHints: [{ reason: 'over-capacity', byNotice: false }] });
  });

  it('marks the rule 预计 where no notice covers the month (a 2025 notice applied to late 2026)', async () => {
    const rt = await makeRuntime({ demo: false });
    const covered = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2026-01-10', 60);
    const beyond = await newSession(rt, 'sjtu', '4-04-05-05', 4, '2026-12-12', 60);
    const [january] = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2026-01' }, STAFF_SJTU)).sessions;
    const [december] = dataOf(await rt.call<StaffSessionsListData>('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2026-12' }, STAFF_SJTU)).sessions;
    expect([january.id, january.rolloverRuleEstimated]).toEqual([covered.id, false]);
    expect([december.id, december.rolloverRuleEstimated]).toEqual([beyond.id, true]);
  });

  it('only staff of that organisation see the counts; candidates get sessions without them', async () => {
    const rt = await makeRuntime({ demo: false });
    await newSession(rt, 'sjtu', '4-04-05-05', 4, '2027-01-09', 60);
    await importTickets(rt, 'sjtu', '人工智能训练师', '四级', '2027-01-09', 2, 0);
    expect(codeOf(await rt.call('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2027-01' }, STAFF_KUPASI))).toBe('FORBIDDEN');
    expect(codeOf(await rt.call('admin', { action: 'sessions.list', orgId: 'sjtu', month: '2027-01' }, CANDIDATE_A))).toBe('FORBIDDEN');
    const open = dataOf(await rt.call<{ sessions: Record<string, unknown>[] }>('sessions', { action: 'list', orgId: 'sjtu', month: '2027-01' }));
    expect(open.sessions).toHaveLength(1);
    for (const field of ['ticketCount', 'rolloverHints', 'rolloverMinimum']) expect(open.sessions[0]).not.toHaveProperty(field);
  });
});
