/** The timer's sweep: due reminders go out at most once, even run twice, concurrently, or after a crash. */
import { SendRefused, type OutgoingReminder } from '../src/core/app';
import { sweep, thing } from '../src/core/reminders';
import { DEMO_PENDING, DEMO_RELEASED } from '../src/demo/candidates';
import { CANDIDATE_A, CANDIDATE_B, STAFF_SJTU, dataOf, makeRuntime, type TestRuntime } from './helpers';

function recordSends(rt: TestRuntime): OutgoingReminder[] {
  const sent: OutgoingReminder[] = [];
  rt.app.sender = { send: async (r) => void sent.push(r) };
  return sent;
}

const ALL_KINDS = ['window-opens', 'window-closing', 'ticket-released', 'results-published', 'session-rolled-over'];

describe('reminders', () => {
  it('sends what is due once; running the sweep again sends nothing more', async () => {
    const rt = await makeRuntime();
    const sent = recordSends(rt);
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    const first = await sweep(rt.app);
    expect(first.claimed).toBeGreaterThan(0);
    expect(sent.map((s) => s.kind)).toContain('ticket-released');
    // Accepting again (each acceptance is good for one message) still never repeats a reminder.
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    const second = await sweep(rt.app);
    expect(second).toMatchObject({ claimed: 0, failed: 0 });
    expect(second.alreadySent).toBeGreaterThanOrEqual(first.claimed);
    expect(sent).toHaveLength(first.claimed);
    const outbox = await rt.store.listOutbox('sjtu', 100);
    expect(outbox).toHaveLength(first.claimed);
    expect(outbox.every((m) => m.sentAt !== null && m.recipient === CANDIDATE_A.identity)).toBe(true);
    for (const m of outbox) for (const [key, value] of Object.entries(m.fields)) if (key.startsWith('thing')) expect([...value].length).toBeLessThanOrEqual(20);
  });

  it('one message per acceptance: a sent kind is used up until the candidate accepts again', async () => {
    const rt = await makeRuntime();
    const sent = recordSends(rt);
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    await sweep(rt.app);
    const kinds = sent.map((s) => s.kind);
    expect(kinds).toContain('ticket-released');
    // At most one message per accepted kind, and each kind sent is no longer subscribed.
    expect(new Set(kinds).size).toBe(kinds.length);
    const left = dataOf(await rt.call('subscriptions', { action: 'list', orgId: 'sjtu' }, CANDIDATE_A)) as { subscriptions: { kind: string }[] };
    expect(left.subscriptions.map((s) => s.kind).filter((kind) => kinds.includes(kind as never))).toEqual([]);
    expect(left.subscriptions.length).toBe(ALL_KINDS.length - kinds.length);
  });

  it('two sweeps at the same time still send each reminder once', async () => {
    const rt = await makeRuntime();
    const sent = recordSends(rt);
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'kupasi', kinds: ALL_KINDS }, CANDIDATE_B));
    const [a, b] = await Promise.all([sweep(rt.app), sweep(rt.app)]);
    expect(a.claimed + b.claimed).toBe(sent.length);
    const keys = (await rt.store.listOutbox('sjtu', 100)).concat(await rt.store.listOutbox('kupasi', 100)).map((m) => m.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(sent.length);
  });

  it('a crash between claiming and sending never leads to a second send', async () => {
    const rt = await makeRuntime();
    const sent = recordSends(rt);
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    await expect(
      sweep(rt.app, {
        afterClaim: () => {
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(sent).toHaveLength(0);
    const claimedByCrashed = (await rt.store.listOutbox('sjtu', 100)).map((m) => m.dedupeKey);
    expect(claimedByCrashed).toHaveLength(1);
    await sweep(rt.app);
    const sentKeys = (await rt.store.listOutbox('sjtu', 100)).filter((m) => m.sentAt !== null).map((m) => m.dedupeKey);
    // Everything else went out; the one claimed by the crashed run was not sent twice (nor again).
    expect(sentKeys).not.toContain(claimedByCrashed[0]);
    expect(sent).toHaveLength(sentKeys.length);
  });

  it('a failed send is not retried', async () => {
    const rt = await makeRuntime();
    let attempts = 0;
    rt.app.sender = {
      send: async () => {
        attempts += 1;
        throw new Error('platform refused');
      },
    };
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['window-opens', 'window-closing'] }, CANDIDATE_A));
    const report = await sweep(rt.app);
    expect(report.failed).toBe(attempts);
    await sweep(rt.app);
    expect(attempts).toBe(report.failed);
  });

  it('WeChat refusing a send (errcode) leaves it unsent for staff to see; "system busy" is tried again next run', async () => {
    const rt = await makeRuntime();
    const answers = [-1, 43101];
    const delivered: OutgoingReminder[] = [];
    rt.app.sender = {
      send: async (r) => {
        const errcode = answers.shift() ?? 0;
        if (errcode !== 0) throw new SendRefused(errcode, 'refused');
        delivered.push(r);
      },
    };
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released'] }, CANDIDATE_A));
    // Busy: given back, so the outbox holds nothing yet.
    expect(await sweep(rt.app)).toMatchObject({ claimed: 1, failed: 1, retrying: 1 });
    expect(await rt.store.listOutbox('sjtu', 100)).toHaveLength(0);
    // Tried again and refused for good: recorded, never as sent.
    expect(await sweep(rt.app)).toMatchObject({ claimed: 1, failed: 1, retrying: 0 });
    const outbox = await rt.store.listOutbox('sjtu', 100);
    expect(outbox.map((m) => [m.kind, m.sentAt])).toEqual([['ticket-released', null]]);
    // Not tried a third time.
    expect(await sweep(rt.app)).toMatchObject({ claimed: 0, alreadySent: 1, failed: 0 });
    expect(delivered).toHaveLength(0);
  });

  it('each run looks at one page of subscriptions and the next run continues after it', async () => {
    const rt = await makeRuntime({ demo: false });
    recordSends(rt);
    const candidates = ['c1', 'c2', 'c3', 'c4', 'c5'];
    for (const identity of candidates) dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['window-opens'] }, { identity }));
    const looked = [];
    for (let run = 0; run < 3; run += 1) looked.push((await sweep(rt.app, { pageSize: 2 })).subscriptions);
    expect(looked).toEqual([2, 2, 1]);
    // Past the end it starts again from the first.
    expect((await sweep(rt.app, { pageSize: 2 })).subscriptions).toBe(2);
  });

  // 上交 二（三）: the row “11月16日-12月31日 → 明年1月”, which closes on 2026-12-31.
  it('window closes in 3 days: due from 3 days before the close (2026-12-28), not 4 (2026-12-27)', async () => {
    for (const [today, due] of [['2026-12-27', false], ['2026-12-28', true], ['2026-12-31', true]] as const) {
      const rt = await makeRuntime({ today, demo: false });
      dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['window-closing'] }, CANDIDATE_A));
      await sweep(rt.app);
      expect((await rt.store.listOutbox('sjtu', 10)).length).toBe(due ? 1 : 0);
    }
  });

  it('a rollover reaches the subscribed candidates of that session', async () => {
    const rt = await makeRuntime();
    recordSends(rt);
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['session-rolled-over'] }, CANDIDATE_A));
    await sweep(rt.app);
    expect(await rt.store.listOutbox('sjtu', 10)).toHaveLength(0);
    const ticket = (await rt.store.ticketsOfOrg('sjtu', { ticketNumbers: [DEMO_PENDING.ticketNumber] }))[0];
    const session = await rt.store.getSession(ticket.sessionId);
    const toMonth = `${Number(session!.month.slice(0, 4)) + 1}-01`;
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session!.id, toMonth, reason: '报名人数不足30人' }, STAFF_SJTU));
    await sweep(rt.app);
    await sweep(rt.app);
    const outbox = await rt.store.listOutbox('sjtu', 10);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'session-rolled-over', recipient: CANDIDATE_A.identity });
    expect(outbox[0].fields.thing3).toBe('报名人数不足30人');
  });

  it('cancelled subscriptions get nothing', async () => {
    const rt = await makeRuntime();
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ALL_KINDS }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'cancel', orgId: 'sjtu' }, CANDIDATE_A));
    expect((await sweep(rt.app)).claimed).toBe(0);
  });

  it('thing fields are cut to 20 characters', () => {
    expect(thing('一二三四五六七八九十一二三四五六七八九十')).toHaveLength(20);
    expect([...thing('一二三四五六七八九十一二三四五六七八九十一')]).toHaveLength(20);
  });
});
