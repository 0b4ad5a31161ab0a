import type { TicketsMineData, ResultsMineData } from '@skills/shared';
import { BINDING_WINDOW_MS } from '../src/core/tickets';
import { CANDIDATE_A, CANDIDATE_B, codeOf, dataOf } from './helpers';
import { NOBODY_ID_NUMBER, OFFICE_PEOPLE, QIAN, SUN, TICKET_NUMBERS, WU, ZHENG, ZHOU, officeRuntime, onDay } from './fixtures/office';

// Expected dates are the notices' rules applied by hand, with the State Council's 2025
// arrangement (国办发明电〔2024〕12号): 国庆节、中秋节 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班.

const FULL_IDS = OFFICE_PEOPLE.map((p) => p.idNumber);

function containsFullId(value: unknown): boolean {
  const text = JSON.stringify(value);
  return FULL_IDS.some((id) => text.includes(id) || text.includes(id.toLowerCase()));
}

describe('tickets: binding and release dates enforced on the server', () => {
  it('上交 个人申报 “于考前一周…下载准考证”: exam 2025-10-09, released 2025-10-02; everything shown with a masked ID, never the full one', async () => {
    const rt = await officeRuntime();
    const bound = dataOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A));
    expect(bound).toEqual({ bound: true, name: '钱晓雯', maskedIdNumber: '3101**********0829' });
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0];
    expect(ticket.releaseDate).toBe('2025-10-02');
    expect(ticket.released).toBe(true);
    if (!ticket.released) throw new Error('unreachable');
    expect(ticket).toMatchObject({ ticketNumber: '2025100901', examDate: '2025-10-09', room: '第1考场', seat: '01', maskedIdNumber: '3101**********0829' });
    expect(ticket.subjects.map((s) => s.subject)).toEqual(['theory', 'practical']);
    expect(containsFullId(tickets)).toBe(false);
  });

  it('上交 团体申报 “于考试前五个工作日”: exam 2025-10-16, released 2025-10-10 (10月11日调休上班 counts); before that only the date is answered', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: SUN.name, idNumber: SUN.idNumber }, CANDIDATE_A));
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
    const pending = tickets[0];
    expect(pending.released).toBe(false);
    expect(pending.releaseDate).toBe('2025-10-10');
    expect(Object.keys(pending)).not.toEqual(expect.arrayContaining(['ticketNumber']));
    expect(JSON.stringify(pending)).not.toContain(TICKET_NUMBERS.SUN);
    expect(JSON.stringify(pending)).not.toContain('seat');

    // The same store seen on the day before and on the release date.
    for (const [day, released] of [['2025-10-09', false], ['2025-10-10', true]] as const) {
      const other = await onDay(rt, day);
      const mine = dataOf(await other.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
      expect(mine.tickets[0].released).toBe(released);
    }
  });

  it.each([
    ['个人申报 “在考试前3天发给考生本人确认”', '2025-10-05', '2025-10-02', WU],
    ['团体申报 “在考试前3天发送给相关报名渠道方”', '2025-10-06', '2025-10-03', ZHENG],
  ])('库帕思 %s: exam %s, released %s', async (_clause, examDate, releaseDate, person) => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: person.name, idNumber: person.idNumber }, CANDIDATE_B));
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_B));
    expect(tickets[0]).toMatchObject({ examDate, releaseDate, released: true });
  });

  it('results: per subject; 上交 “四级、三级成绩有效期均为两年”: exam 2025-08-23, retake through 2027-08-22 (the day before the second anniversary)', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: ZHOU.name, idNumber: ZHOU.idNumber }, CANDIDATE_A));
    const { results } = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    expect(results).toHaveLength(1);
    const result = results[0];
    if (!result.published) throw new Error('expected published');
    expect(result.examDate).toBe('2025-08-23');
    expect(result.passed).toBe(false);
    expect(result.subjects).toEqual([
      { subject: 'theory', label: '理论知识', outcome: 'pass' },
      { subject: 'practical', label: '操作技能', outcome: 'fail', retakeValidUntil: '2027-08-22' },
    ]);
  });

  it('results not yet published: “一般20个工作日内可…查询成绩”: exam 2025-10-09 → by 2025-11-05 (10月11日调休上班 counts)', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A));
    const { results } = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    expect(results[0]).toMatchObject({ published: false, examDate: '2025-10-09', expectedBy: '2025-11-05' });
  });

  it.each([
    ['wrong name', '王五', QIAN.idNumber, 'BINDING_MISMATCH'],
    ['an ID nobody has', QIAN.name, NOBODY_ID_NUMBER, 'BINDING_MISMATCH'],
    ['a bad checksum', QIAN.name, '310104199306140828', 'INVALID_ID_NUMBER'],
    ['an impossible birth date', QIAN.name, '310104199302300821', 'INVALID_ID_NUMBER'],
  ])('refuses %s with a clear message', async (_desc, name, idNumber, code) => {
    const rt = await officeRuntime();
    const answer = await rt.call('tickets', { action: 'bind', name, idNumber }, CANDIDATE_A);
    expect(codeOf(answer)).toBe(code);
    if (answer.ok) throw new Error('unreachable');
    expect(answer.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(dataOf(await rt.call('tickets', { action: 'binding' }, CANDIDATE_A))).toEqual({ bound: false });
  });

  it('accepts a lower-case x, full-width digits and spaces in the name', async () => {
    const rt = await officeRuntime();
    expect(
      dataOf(await rt.call('tickets', { action: 'bind', name: ' 周丽华 ', idNumber: '３１０１１２１９９００１０１２７２x' }, CANDIDATE_A)),
    ).toMatchObject({ bound: true, maskedIdNumber: '3101**********272X' });
  });

  it('unbind forgets the binding', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A));
    expect(dataOf(await rt.call('tickets', { action: 'unbind' }, CANDIDATE_A))).toEqual({ bound: false });
    expect(dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets).toEqual([]);
  });
});

describe('binding is rate limited: 5 failures in 15 minutes', () => {
  it('per identity: the 6th attempt is refused even with the right details, and allowed again after 15 minutes', async () => {
    const rt = await officeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: `错${i}`, idNumber: QIAN.idNumber }, CANDIDATE_A))).toBe('BINDING_MISMATCH');
    }
    const limited = await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    if (limited.ok) throw new Error('unreachable');
    expect(limited.message).toBe('尝试次数过多，为保护考生信息，请 15 分钟后再试。');
    rt.advance(BINDING_WINDOW_MS + 1000);
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A))).toBe('OK');
  });

  it('per ID: failures from many identities are limited, yet the owner\'s right name and number still bind', async () => {
    const rt = await officeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: '猜测', idNumber: SUN.idNumber }, { identity: `attacker-${i}` }))).toBe('BINDING_MISMATCH');
    }
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: '再猜', idNumber: SUN.idNumber }, { identity: 'attacker-5' }))).toBe('RATE_LIMITED');
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: SUN.name, idNumber: SUN.idNumber }, CANDIDATE_B))).toBe('OK');
  });

  it('malformed ID numbers count against the identity too', async () => {
    const rt = await officeRuntime();
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: 'x', idNumber: `12345${i}` }, CANDIDATE_A))).toBe('INVALID_ID_NUMBER');
    }
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A))).toBe('RATE_LIMITED');
  });

  it('successful bindings do not count', async () => {
    const rt = await officeRuntime();
    for (let i = 0; i < 8; i += 1) {
      expect(codeOf(await rt.call('tickets', { action: 'bind', name: QIAN.name, idNumber: QIAN.idNumber }, CANDIDATE_A))).toBe('OK');
    }
  });
});

describe('tickets.mine after changes', () => {
  it('reflects a rollover, a re-import and an unbind immediately', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: SUN.name, idNumber: SUN.idNumber }, CANDIDATE_A));
    const before = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(before.rollovers).toEqual([]);
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.SUN] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2026-02', reason: '超出考场容量', newDate: '2026-02-06' }, { identity: 'staff-sjtu' }));
    const after = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(after.examDate).toBe('2026-02-06');
    expect(after.sessionStatus).toBe('rolled-over');
    expect(after.rollovers).toEqual([expect.objectContaining({ fromMonth: '2025-10', toMonth: '2026-02', reason: '超出考场容量' })]);
    dataOf(await rt.call('tickets', { action: 'unbind' }, CANDIDATE_A));
    expect(dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets).toEqual([]);
  });

  it('a rollover without a new date: the date is to be announced and the release date estimated', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: SUN.name, idNumber: SUN.idNumber }, CANDIDATE_A));
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.SUN] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    // 上交 二（三）3: “若当月申请评价认定申报人数不足 30 人…则顺延至下月评价认定”.
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2026-03', reason: '报名人数不足30人' }, { identity: 'staff-sjtu' }));
    const view = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets[0];
    expect(view).toMatchObject({ released: false, examDate: null, estimated: true, sessionStatus: 'rolled-over' });
    expect(view.releaseDate < '2026-03-01').toBe(true);
  });
});

describe('sessions.upsert', () => {
  it('moving a session’s date moves its tickets: 上交 团体 “考试前五个工作日”, exam moved to 2025-10-17 → released 2025-10-11 (调休周六)', async () => {
    const rt = await officeRuntime();
    dataOf(await rt.call('tickets', { action: 'bind', name: SUN.name, idNumber: SUN.idNumber }, CANDIDATE_A));
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [TICKET_NUMBERS.SUN] }))[0];
    const session = (await rt.store.getSession(ticket.sessionId))!;
    const newDate = '2025-10-17';
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
    expect(view.releaseDate).toBe('2025-10-11');
  });
});
