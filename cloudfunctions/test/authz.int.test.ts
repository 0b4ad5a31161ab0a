/**
 * Authorization matrix: anonymous, candidate A, candidate B, staff of sjtu (X) and staff
 * of kupasi (Y) against every action of every function.
 */
import type { Caller } from '../src/core/app';
import { DEMO_RELEASED, DEMO_RESULTS } from '../src/demo/candidates';
import { makeDemoPdf } from '../src/demo/pdf';
import { HANDLERS } from '../src/functions';
import { ANONYMOUS, CANDIDATE_A, CANDIDATE_B, STAFF_KUPASI, STAFF_SJTU, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';

type Access = 'public' | 'person' | 'staff';
interface Case {
  fn: string;
  action: string;
  access: Access;
  event: (rt: TestRuntime) => Promise<Record<string, unknown>>;
}

const applicant = { birthDate: '1990-01-01', work: [{ from: '2015-01-01' }] };
const ticketsCsv = (number: string) =>
  Buffer.from(
    `准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号\n${number},李演示,${DEMO_RELEASED.idNumber},人工智能训练师,四级,个人,2026-11-24,09:00-11:30,上海市长宁区法华镇路535号主楼216室,第1考场,01\n`,
  ).toString('base64');

async function firstSjtuSession(rt: TestRuntime): Promise<string> {
  return (await rt.store.listSessions({ orgId: 'sjtu', month: '2027-01' }))[0].id;
}
async function firstDocument(rt: TestRuntime): Promise<string> {
  return (await rt.store.listDocuments('sjtu'))[0].documentId;
}
async function firstAnnouncement(rt: TestRuntime): Promise<string> {
  return (await rt.store.listAnnouncements('sjtu', true))[0].id;
}

const CASES: Case[] = [
  { fn: 'catalog', action: 'organisations', access: 'public', event: async () => ({}) },
  { fn: 'catalog', action: 'organisation', access: 'public', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'catalog', action: 'windows', access: 'public', event: async () => ({ orgId: 'kupasi', count: 3 }) },
  { fn: 'eligibility', action: 'check', access: 'public', event: async () => ({ orgId: 'sjtu', occupationId: '4-04-05-05', applicant }) },
  { fn: 'eligibility', action: 'saveProfile', access: 'person', event: async () => ({ applicant, orgId: 'sjtu' }) },
  { fn: 'eligibility', action: 'getProfile', access: 'person', event: async () => ({}) },
  { fn: 'eligibility', action: 'deleteProfile', access: 'person', event: async () => ({}) },
  { fn: 'sessions', action: 'list', access: 'public', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'tickets', action: 'binding', access: 'person', event: async () => ({}) },
  { fn: 'tickets', action: 'bind', access: 'person', event: async () => ({ name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }) },
  { fn: 'tickets', action: 'unbind', access: 'person', event: async () => ({}) },
  { fn: 'tickets', action: 'mine', access: 'person', event: async () => ({}) },
  { fn: 'results', action: 'mine', access: 'person', event: async () => ({}) },
  { fn: 'documents', action: 'list', access: 'public', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'documents', action: 'download', access: 'public', event: async (rt) => ({ documentId: await firstDocument(rt) }) },
  { fn: 'announcements', action: 'list', access: 'public', event: async () => ({ orgId: 'kupasi' }) },
  { fn: 'subscriptions', action: 'subscribe', access: 'person', event: async () => ({ orgId: 'sjtu', kinds: ['window-opens'] }) },
  { fn: 'subscriptions', action: 'list', access: 'person', event: async () => ({}) },
  { fn: 'subscriptions', action: 'cancel', access: 'person', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'admin', action: 'whoami', access: 'person', event: async () => ({}) },
  { fn: 'admin', action: 'sessions.list', access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
  {
    fn: 'admin',
    action: 'sessions.upsert',
    access: 'staff',
    event: async () => ({
      orgId: 'sjtu',
      session: { occupationId: '4-04-05-05', track: 4, date: '2027-01-16', startTime: '13:00', endTime: '15:00', venue: { name: '考点', address: '上海市长宁区法华镇路535号' }, capacity: 40 },
    }),
  },
  { fn: 'admin', action: 'sessions.rollover', access: 'staff', event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt), toMonth: '2027-02', reason: '报名人数不足30人' }) },
  { fn: 'admin', action: 'import.preview', access: 'staff', event: async () => ({ orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: ticketsCsv(DEMO_RELEASED.ticketNumber) }) },
  {
    fn: 'admin',
    action: 'import.confirm',
    access: 'staff',
    event: async (rt) => {
      const preview = dataOf(await rt.call<{ previewId: string }>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: ticketsCsv(DEMO_RELEASED.ticketNumber) }, STAFF_SJTU));
      return { orgId: 'sjtu', previewId: preview.previewId };
    },
  },
  { fn: 'admin', action: 'documents.list', access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
  {
    fn: 'admin',
    action: 'documents.upload',
    access: 'staff',
    event: async () => ({ orgId: 'sjtu', kind: 'spec', title: '考核规范', occupationId: '4-04-05-05', fileName: 'spec.pdf', fileBase64: Buffer.from(makeDemoPdf(['spec'])).toString('base64') }),
  },
  { fn: 'admin', action: 'documents.versions', access: 'staff', event: async (rt) => ({ orgId: 'sjtu', documentId: await firstDocument(rt) }) },
  { fn: 'admin', action: 'announcements.list', access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'admin', action: 'announcements.publish', access: 'staff', event: async () => ({ orgId: 'sjtu', title: '通知', body: '内容' }) },
  { fn: 'admin', action: 'announcements.update', access: 'staff', event: async (rt) => ({ orgId: 'sjtu', announcementId: await firstAnnouncement(rt), title: '新标题' }) },
  { fn: 'admin', action: 'announcements.withdraw', access: 'staff', event: async (rt) => ({ orgId: 'sjtu', announcementId: await firstAnnouncement(rt) }) },
  { fn: 'admin', action: 'export.tickets', access: 'staff', event: async () => ({ orgId: 'sjtu', month: '2026-11' }) },
  { fn: 'admin', action: 'export.results', access: 'staff', event: async () => ({ orgId: 'sjtu', month: '2026-10' }) },
  { fn: 'admin', action: 'templates.download', access: 'staff', event: async () => ({ orgId: 'sjtu', kind: 'results' }) },
  { fn: 'admin', action: 'audit.list', access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
  { fn: 'admin', action: 'outbox.list', access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
];

const CALLERS: [string, Caller][] = [
  ['anonymous', ANONYMOUS],
  ['candidate A', CANDIDATE_A],
  ['candidate B', CANDIDATE_B],
  ['staff of kupasi (Y)', STAFF_KUPASI],
  ['staff of sjtu (X)', STAFF_SJTU],
];

function expected(access: Access, caller: Caller): string {
  if (access === 'public') return 'OK';
  if (caller === ANONYMOUS) return 'UNAUTHENTICATED';
  if (access === 'person') return 'OK';
  return caller === STAFF_SJTU ? 'OK' : 'FORBIDDEN';
}

describe('authorization matrix', () => {
  it('covers every action of every function', () => {
    const covered = new Set(CASES.map((c) => `${c.fn}.${c.action}`));
    for (const fn of Object.keys(HANDLERS)) {
      // Each handler answers UNKNOWN_ACTION for anything else; the cases list every action it has.
      expect(CASES.some((c) => c.fn === fn)).toBe(true);
    }
    expect(covered.size).toBe(CASES.length);
  });

  describe.each(CASES)('$fn $action ($access)', (c) => {
    it.each(CALLERS)('%s', async (_label, caller) => {
      const rt = await makeRuntime();
      const event = { action: c.action, ...(await c.event(rt)) };
      const auditBefore = (await rt.store.listAudit('sjtu', 100)).length;
      const answer = await rt.call(c.fn, event, caller);
      expect(codeOf(answer)).toBe(expected(c.access, caller));
      if (c.access === 'staff' && caller !== STAFF_SJTU) {
        // Refused before anything happened: nothing audited.
        expect(await rt.store.listAudit('sjtu', 100)).toHaveLength(auditBefore);
      }
      await rt.store.close();
    });
  });

  it('staff of Y cannot act on X even when naming X explicitly, and X’s actions are audited', async () => {
    const rt = await makeRuntime();
    expect(codeOf(await rt.call('admin', { action: 'announcements.publish', orgId: 'sjtu', title: 't', body: 'b' }, STAFF_KUPASI))).toBe('FORBIDDEN');
    dataOf(await rt.call('admin', { action: 'announcements.publish', orgId: 'sjtu', title: 't', body: 'b' }, STAFF_SJTU));
    const entries = await rt.store.listAudit('sjtu', 10);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: STAFF_SJTU.identity, action: 'announcements.publish', rows: 1, orgId: 'sjtu' });
    expect(await rt.store.listAudit('kupasi', 10)).toEqual([]);
  });

  it('staff of X cannot change Y’s records by id', async () => {
    const rt = await makeRuntime();
    const kupasiSession = (await rt.store.listSessions({ orgId: 'kupasi' }))[0].id;
    const kupasiAnnouncement = (await rt.store.listAnnouncements('kupasi', true))[0].id;
    expect(codeOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: kupasiSession, toMonth: '2027-12', reason: 'x' }, STAFF_SJTU))).toBe('NOT_FOUND');
    expect(codeOf(await rt.call('admin', { action: 'announcements.withdraw', orgId: 'sjtu', announcementId: kupasiAnnouncement }, STAFF_SJTU))).toBe('NOT_FOUND');
    expect((await rt.store.getSession(kupasiSession))?.status).toBe('scheduled');
    expect((await rt.store.getAnnouncement(kupasiAnnouncement))?.withdrawn).toBe(false);
  });

  it('nobody reads another candidate’s ticket, result or profile', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RESULTS.name, idNumber: DEMO_RESULTS.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('eligibility', { action: 'saveProfile', applicant }, CANDIDATE_A));
    const mineA = dataOf(await rt.call<{ tickets: unknown[] }>('tickets', { action: 'mine' }, CANDIDATE_A));
    const resultsA = dataOf(await rt.call<{ results: unknown[] }>('results', { action: 'mine' }, CANDIDATE_A));
    expect(mineA.tickets).toHaveLength(1);
    expect(resultsA.results).toHaveLength(1);

    expect(dataOf(await rt.call<{ tickets: unknown[] }>('tickets', { action: 'mine' }, CANDIDATE_B)).tickets).toEqual([]);
    expect(dataOf(await rt.call<{ results: unknown[] }>('results', { action: 'mine' }, CANDIDATE_B)).results).toEqual([]);
    expect(dataOf(await rt.call('tickets', { action: 'binding' }, CANDIDATE_B))).toEqual({ bound: false });
    expect(dataOf(await rt.call('eligibility', { action: 'getProfile' }, CANDIDATE_B))).toEqual({ profile: null });
    // An identity in the event is ignored: the caller is who the platform says.
    expect(dataOf(await rt.call<{ tickets: unknown[] }>('tickets', { action: 'mine', identity: CANDIDATE_A.identity, openid: CANDIDATE_A.identity, userInfo: { openId: CANDIDATE_A.identity } }, CANDIDATE_B)).tickets).toEqual([]);
    // Staff see no candidate's tickets through the candidate actions either.
    expect(dataOf(await rt.call<{ tickets: unknown[] }>('tickets', { action: 'mine' }, STAFF_SJTU)).tickets).toEqual([]);
  });
});
