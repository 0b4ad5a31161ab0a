/**
 * Authorization matrix: anonymous, candidate A, candidate B, staff of sjtu (X) and staff of kupasi
 * (Y) against every action of the contract. Who may call each action is written here a second time,
 * on purpose: the matrix checks that the contract's access levels are the ones intended, and that
 * the functions enforce them.
 */
import type { ActionName, ActionParams, FunctionName } from '@skills/shared';
import { CONTRACT_ACTIONS, type Access } from '@skills/shared/src/contract';
import type { Caller } from '../src/core/app';
import { DEMO_RELEASED, DEMO_RESULTS } from '../src/demo/candidates';
import { makeDemoPdf } from '../src/demo/pdf';
import { ANONYMOUS, CANDIDATE_A, CANDIDATE_B, STAFF_KUPASI, STAFF_SJTU, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';
import { SJTU_TEXT, sjtu2027 } from './fixtures/notices';
import { noticePdf } from './fixtures/noticePdf';

/** The 2027 notice's PDF (printed by Chromium) uploaded by sjtu's staff: its document id. */
async function noticePdfOf(rt: TestRuntime): Promise<string> {
  const bytes = await noticePdf({ kind: 'text', text: SJTU_TEXT });
  const event = { action: 'documents.upload', orgId: 'sjtu', kind: 'notice', title: '通知', fileName: 'notice.pdf', fileBase64: Buffer.from(bytes).toString('base64') };
  return dataOf(await rt.call<{ document: { id: string } }>('admin', event, STAFF_SJTU)).document.id;
}

/** Who may call the action, and an event that succeeds for them (the compiler makes this table cover the contract). */
type Fixtures = {
  [F in FunctionName]: { [A in ActionName<F>]: { access: Access; event: (rt: TestRuntime) => Promise<ActionParams<F, A>> } };
};

const applicant = { birthDate: '1990-01-01', work: [{ from: '2015-01-01' }] };
const ticketsCsv = (number: string) =>
  Buffer.from(
    `准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号\n${number},李演示,${DEMO_RELEASED.idNumber},人工智能训练师,四级,个人,2026-11-24,09:00-11:30,上海市长宁区法华镇路535号主楼216室,第1考场,01\n`,
  ).toString('base64');

async function firstSjtuSession(rt: TestRuntime): Promise<string> {
  return (await rt.store.listSessions({ orgId: 'sjtu', month: '2027-01' }))[0].id;
}
/** One check-in at the door of the first sjtu session, on its exam day (none when it has no tickets). */
async function doorCheckins(rt: TestRuntime): Promise<ActionParams<'admin', 'checkin.sync'>['checkins']> {
  const session = (await rt.store.listSessions({ orgId: 'sjtu', month: '2027-01' }))[0];
  const ticket = (await rt.store.ticketsOfSessions([session.id]))[0];
  return ticket ? [{ ticketId: ticket.id, sessionId: session.id, at: `${session.date}T01:30:00.000Z`, method: 'number', deviceId: 'door-1' }] : [];
}
async function firstDocument(rt: TestRuntime): Promise<string> {
  return (await rt.store.listDocuments('sjtu'))[0].documentId;
}
async function firstAnnouncement(rt: TestRuntime): Promise<string> {
  return (await rt.store.listAnnouncements('sjtu', true))[0].id;
}

const FIXTURES: Fixtures = {
  catalog: {
    organisations: { access: 'public', event: async () => ({}) },
    organisation: { access: 'public', event: async () => ({ orgId: 'sjtu' }) },
    windows: { access: 'public', event: async () => ({ orgId: 'kupasi', count: 3 }) },
    rulebook: { access: 'public', event: async () => ({}) },
  },
  eligibility: {
    check: { access: 'public', event: async () => ({ orgId: 'sjtu', occupationId: '4-04-05-05', applicant }) },
    saveProfile: { access: 'person', event: async () => ({ applicant, orgId: 'sjtu' }) },
    getProfile: { access: 'person', event: async () => ({}) },
    deleteProfile: { access: 'person', event: async () => ({}) },
  },
  sessions: {
    list: { access: 'public', event: async () => ({ orgId: 'sjtu' }) },
  },
  tickets: {
    binding: { access: 'person', event: async () => ({}) },
    bind: { access: 'person', event: async () => ({ name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }) },
    unbind: { access: 'person', event: async () => ({}) },
    mine: { access: 'person', event: async () => ({}) },
  },
  results: {
    mine: { access: 'person', event: async () => ({}) },
  },
  documents: {
    list: { access: 'public', event: async () => ({ orgId: 'sjtu' }) },
    download: { access: 'public', event: async (rt) => ({ documentId: await firstDocument(rt) }) },
  },
  announcements: {
    list: { access: 'public', event: async () => ({ orgId: 'kupasi' }) },
  },
  subscriptions: {
    subscribe: { access: 'person', event: async () => ({ orgId: 'sjtu', kinds: ['window-opens'] }) },
    list: { access: 'person', event: async () => ({}) },
    cancel: { access: 'person', event: async () => ({ orgId: 'sjtu' }) },
  },
  admin: {
    whoami: { access: 'person', event: async () => ({}) },
    'sessions.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'sessions.upsert': {
      access: 'staff',
      event: async () => ({
        orgId: 'sjtu',
        session: { occupationId: '4-04-05-05', track: 4, date: '2027-01-16', startTime: '13:00', endTime: '15:00', venue: { name: '考点', address: '上海市长宁区法华镇路535号' }, capacity: 40 },
      }),
    },
    'sessions.rollover': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt), toMonth: '2027-02', reason: '报名人数不足30人' }) },
    'import.preview': { access: 'staff', event: async () => ({ orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: ticketsCsv(DEMO_RELEASED.ticketNumber) }) },
    'import.confirm': {
      access: 'staff',
      event: async (rt) => {
        const preview = dataOf(await rt.call<{ previewId: string }>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: ticketsCsv(DEMO_RELEASED.ticketNumber) }, STAFF_SJTU));
        return { orgId: 'sjtu', previewId: preview.previewId };
      },
    },
    'documents.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'documents.upload': {
      access: 'staff',
      event: async () => ({ orgId: 'sjtu', kind: 'spec', title: '考核规范', occupationId: '4-04-05-05', fileName: 'spec.pdf', fileBase64: Buffer.from(makeDemoPdf(['spec'])).toString('base64') }),
    },
    'documents.versions': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', documentId: await firstDocument(rt) }) },
    'notices.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'notices.check': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', document: sjtu2027(), pdfDocumentId: await noticePdfOf(rt) }) },
    'notices.publish': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', document: sjtu2027(), pdfDocumentId: await noticePdfOf(rt) }) },
    'notices.withdraw': {
      access: 'staff',
      event: async (rt) => {
        dataOf(await rt.call('admin', { action: 'notices.publish', orgId: 'sjtu', document: sjtu2027(), pdfDocumentId: await noticePdfOf(rt) }, STAFF_SJTU));
        return { orgId: 'sjtu', version: 2 };
      },
    },
    'announcements.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'announcements.publish': { access: 'staff', event: async () => ({ orgId: 'sjtu', title: '通知', body: '内容' }) },
    'announcements.update': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', announcementId: await firstAnnouncement(rt), title: '新标题' }) },
    'announcements.withdraw': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', announcementId: await firstAnnouncement(rt) }) },
    'export.tickets': { access: 'staff', event: async () => ({ orgId: 'sjtu', month: '2026-11' }) },
    'export.results': { access: 'staff', event: async () => ({ orgId: 'sjtu', month: '2026-10' }) },
    'templates.download': { access: 'staff', event: async () => ({ orgId: 'sjtu', kind: 'results' }) },
    'audit.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'outbox.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'keys.list': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'keys.rotate': { access: 'staff', event: async () => ({ orgId: 'sjtu' }) },
    'checkin.roster': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt) }) },
    'checkin.sync': {
      access: 'staff',
      event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt), checkins: await doorCheckins(rt) }),
    },
    'attendance.session': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt) }) },
    'export.attendance': { access: 'staff', event: async () => ({ orgId: 'sjtu', month: '2026-11' }) },
    'templates.results': { access: 'staff', event: async (rt) => ({ orgId: 'sjtu', sessionId: await firstSjtuSession(rt) }) },
  },
};

interface Case {
  fn: string;
  action: string;
  access: Access;
  event: (rt: TestRuntime) => Promise<object>;
}

/** Every action of the contract, with this file's access level and event for it. */
const CASES: Case[] = CONTRACT_ACTIONS.map(({ fn, action }) => {
  const fixture = (FIXTURES[fn] as Record<string, { access: Access; event: (rt: TestRuntime) => Promise<object> }>)[action];
  return { fn, action, ...fixture };
});

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
  it('the contract gives every action the access level intended here', () => {
    expect(CASES).toHaveLength(49);
    for (const c of CASES) {
      const spec = CONTRACT_ACTIONS.find((a) => a.fn === c.fn && a.action === c.action)?.spec;
      expect(`${c.fn}.${c.action}: ${spec?.access}`).toBe(`${c.fn}.${c.action}: ${c.access}`);
    }
  });

  describe.each(CASES)('$fn $action ($access)', (c) => {
    it.each(CALLERS)('%s', async (_label, caller) => {
      const rt = await makeRuntime();
      const event = { action: c.action, ...(await c.event(rt)) };
      const auditBefore = (await rt.store.listAudit('sjtu', 100)).length;
      const answer = await rt.call(c.fn, event, caller);
      // An INTERNAL answer shows its message: it names the field when an answer does not fit the contract.
      expect(answer.ok || answer.code !== 'INTERNAL' ? codeOf(answer) : `INTERNAL: ${answer.message}`).toBe(expected(c.access, caller));
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
