import type { TicketsMineData, ResultsMineData } from '@skills/shared';
import { ticketReleaseDate, retakeValidUntil, resultsExpectedBy } from '@skills/shared';
import { addDays } from '@skills/shared';
import { BINDING_WINDOW_MS } from '../src/core/tickets';
import { DEMO_CANDIDATES, DEMO_KUPASI, DEMO_PENDING, DEMO_RELEASED, DEMO_RESULTS, DEMO_UNKNOWN_ID_NUMBER } from '../src/demo/candidates';
import { CANDIDATE_A, CANDIDATE_B, TODAY, codeOf, dataOf, makeRuntime } from './helpers';

const FULL_IDS = DEMO_CANDIDATES.map((c) => c.idNumber);

function containsFullId(value: unknown): boolean {
  const text = JSON.stringify(value);
  return FULL_IDS.some((id) => text.includes(id) || text.includes(id.toLowerCase()));
}

describe('tickets: binding and release dates enforced on the server', () => {
  it('a released ticket shows everything, with a masked ID and never the full one', async () => {
    const rt = await makeRuntime();
    const bound = dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    expect(bound).toEqual({ bound: true, name: DEMO_RELEASED.name, maskedIdNumber: '3101**********1237' });
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0];
    const examDate = addDays(TODAY, DEMO_RELEASED.examOffsetDays);
    expect(ticket.releaseDate).toBe(ticketReleaseDate('sjtu', examDate, 'individual').date);
    expect(ticket.released).toBe(true);
    if (!ticket.released) throw new Error('unreachable');
    expect(ticket).toMatchObject({ ticketNumber: DEMO_RELEASED.ticketNumber, examDate, room: '第1考场', maskedIdNumber: '3101**********1237' });
    expect(ticket.subjects.map((s) => s.subject)).toEqual(['theory', 'practical']);
    expect(containsFullId(tickets)).toBe(false);
  });

  it('before the release date only the date is answered; on the date the ticket appears', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_A));
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
    const pending = tickets[0];
    const examDate = addDays(TODAY, DEMO_PENDING.examOffsetDays);
    expect(pending.released).toBe(false);
    expect(pending.releaseDate).toBe(ticketReleaseDate('sjtu', examDate, 'group').date);
    expect(pending.releaseDate > TODAY).toBe(true);
    expect(Object.keys(pending)).not.toEqual(expect.arrayContaining(['ticketNumber']));
    expect(JSON.stringify(pending)).not.toContain(DEMO_PENDING.ticketNumber);
    expect(JSON.stringify(pending)).not.toContain('seat');

    // The same store seen on the day before and on the release date.
    const dayBefore = await makeRuntime({ today: addDays(pending.releaseDate, -1), demo: false });
    const onDay = await makeRuntime({ today: pending.releaseDate, demo: false });
    for (const [other, released] of [[dayBefore, false], [onDay, true]] as const) {
      other.app.store = rt.app.store;
      const mine = dataOf(await other.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
      expect(mine.tickets[0].released).toBe(released);
    }
  });

  it('kupasi: 考试前3天 for both channels', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_KUPASI.name, idNumber: DEMO_KUPASI.idNumber }, CANDIDATE_B));
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_B));
    expect(tickets[0].releaseDate).toBe(addDays(TODAY, DEMO_KUPASI.examOffsetDays - 3));
    expect(tickets[0].released).toBe(true);
  });

  it('results: per subject, with the retake deadline for the failed one', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RESULTS.name, idNumber: DEMO_RESULTS.idNumber }, CANDIDATE_A));
    const { results } = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    const examDate = addDays(TODAY, DEMO_RESULTS.examOffsetDays);
    expect(results).toHaveLength(1);
    const result = results[0];
    if (!result.published) throw new Error('expected published');
    expect(result.passed).toBe(false);
    expect(result.subjects).toEqual([
      { subject: 'theory', label: '理论知识', outcome: 'pass' },
      { subject: 'practical', label: '操作技能', outcome: 'fail', retakeValidUntil: retakeValidUntil('sjtu', 4, examDate) },
    ]);
  });

  it('results not yet published: when to expect them', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    const { results } = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    const examDate = addDays(TODAY, DEMO_RELEASED.examOffsetDays);
    expect(results[0]).toMatchObject({ published: false, examDate, expectedBy: resultsExpectedBy(examDate).date });
  });

  it.each([
    ['wrong name', '王五', DEMO_RELEASED.idNumber, 'BINDING_MISMATCH'],
    ['an ID nobody has', DEMO_RELEASED.name, DEMO_UNKNOWN_ID_NUMBER, 'BINDING_MISMATCH'],
    ['a bad checksum', DEMO_RELEASED.name, '310101199503151238', 'INVALID_ID_NUMBER'],
    ['an impossible birth date', DEMO_RELEASED.name, '310101199502301230', 'INVALID_ID_NUMBER'],
  ])('refuses %s with a clear message', async (_desc, name, idNumber, code) => {
    const rt = await makeRuntime();
    const answer = await rt.call('tickets', { action: 'bind', name, idNumber }, CANDIDATE_A);
    expect(codeOf(answer)).toBe(code);
    if (answer.ok) throw new Error('unreachable');
    expect(answer.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(dataOf(await rt.call('tickets', { action: 'binding' }, CANDIDATE_A))).toEqual({ bound: false });
  });

  it('accepts a lower-case x, full-width digits and spaces in the name', async () => {
    const rt = await makeRuntime();
    const fullWidth = DEMO_RESULTS.idNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).toLowerCase();
    expect(dataOf(await rt.call('tickets', { action: 'bind', name: ` ${DEMO_RESULTS.name} `, idNumber: fullWidth }, CANDIDATE_A))).toMatchObject({ bound: true });
  });

  it('unbind forgets the binding', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    expect(dataOf(await rt.call('tickets', { action: 'unbind' }, CANDIDATE_A))).toEqual({ bound: false });
    expect(dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets).toEqual([]);
  });
});

describe('binding is rate limited: 5 failures in 15 minutes', () => {
  it('per identity: the 6th attempt is refused even with the right details, and allowed again after 15 minutes', async () => {
    const rt = await makeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: `错${i}`, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A))).toBe('BINDING_MISMATCH');
    }
    const limited = await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    if (limited.ok) throw new Error('unreachable');
    expect(limited.message).toBe('尝试次数过多，为保护考生信息，请 15 分钟后再试。');
    rt.advance(BINDING_WINDOW_MS + 1000);
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A))).toBe('OK');
  });

  it('per ID: failures from many identities are limited, yet the owner\'s right name and number still bind', async () => {
    const rt = await makeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: '猜测', idNumber: DEMO_PENDING.idNumber }, { identity: `attacker-${i}` }))).toBe('BINDING_MISMATCH');
    }
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: '再猜', idNumber: DEMO_PENDING.idNumber }, { identity: 'attacker-5' }))).toBe('RATE_LIMITED');
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_B))).toBe('OK');
  });

  it('malformed ID numbers count against the identity too', async () => {
    const rt = await makeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: 'x', idNumber: `12345${i}` }, CANDIDATE_A))).toBe('INVALID_ID_NUMBER');
    }
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A))).toBe('RATE_LIMITED');
  });

  it('successful bindings do not count', async () => {
    const rt = await makeRuntime();
    for (let i = 0; i < 8; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A))).toBe('OK');
    }
  });
});

describe('tickets.mine after changes', () => {
  it('reflects a rollover, a re-import and an unbind immediately', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_A));
    const before = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(before.rollovers).toEqual([]);
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [DEMO_PENDING.ticketNumber] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    const toMonth = `${Number(session.month.slice(0, 4)) + 1}-02`;
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth, reason: '超出考场容量', newDate: `${toMonth}-06` }, { identity: 'staff-sjtu' }));
    const after = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(after.examDate).toBe(`${toMonth}-06`);
    expect(after.sessionStatus).toBe('rolled-over');
    expect(after.rollovers).toEqual([expect.objectContaining({ fromMonth: session.month, toMonth, reason: '超出考场容量' })]);
    dataOf(await rt.call('tickets', { action: 'unbind' }, CANDIDATE_A));
    expect(dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets).toEqual([]);
  });

  it('a rollover without a new date: the date is to be announced and the release date estimated', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_A));
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [DEMO_PENDING.ticketNumber] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    const toMonth = `${Number(session.month.slice(0, 4)) + 1}-03`;
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth, reason: '报名人数不足30人' }, { identity: 'staff-sjtu' }));
    const view = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(view).toMatchObject({ released: false, examDate: null, estimated: true, sessionStatus: 'rolled-over' });
    expect(view.releaseDate < `${toMonth}-01`).toBe(true);
  });
});

describe('sessions.upsert', () => {
  it('moving a session’s date moves its tickets', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_A));
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [DEMO_PENDING.ticketNumber] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    const newDate = addDays(session.date!, 1);
    const { session: updated } = dataOf(
      await rt.call<{ session: { date: string; month: string } }>(
        'admin',
        { action: 'sessions.upsert', orgId: 'sjtu', session: { id: session.id, occupationId: session.occupationId, track: session.track, date: newDate, startTime: '13:00', endTime: '15:30', venue: session.venue, capacity: 80 } },
        { identity: 'staff-sjtu' },
      ),
    );
    expect(updated.date).toBe(newDate);
    const view = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(view.examDate).toBe(newDate);
    expect(view.releaseDate).toBe(ticketReleaseDate('sjtu', newDate, 'group').date);
  });
});
