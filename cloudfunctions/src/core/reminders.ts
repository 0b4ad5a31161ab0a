/**
 * The timer's sweep: what is due today for every subscriber, each reminder sent at most
 * once, and each acceptance of a kind used for one message. A reminder is claimed by
 * inserting its unique key before it is sent, so running the sweep twice, or crashing
 * half-way, never sends anything twice.
 */
import { daysBetween, type ReminderKind, type Subscription } from '@skills/shared';
import type { MetaPort, NewOutboxMessage, OutboxPort, PeoplePort, SessionPort, SessionRecord, SubscriptionPort, TicketPort, TicketRecord } from '../ports';
import { SendRefused, isoNow, type AppWith } from './app';
import { windowsFrom } from './catalog';
import * as rules from './rules';
import { effectiveExamDate, releaseOf } from './tickets';

/** The ports this module's functions use: the app they take has no others. */
type RemindersApp = AppWith<OutboxPort & MetaPort & SubscriptionPort & PeoplePort & TicketPort & SessionPort>;

/** "Closes in 3 days": the wording for the closing reminder. */
export const CLOSING_NOTICE_DAYS = 3;
/** A window's opening is news for this many days after it opens. */
export const OPENING_NOTICE_DAYS = 3;

/** Subscribe-message `thing` fields hold at most 20 characters. */
export function thing(text: string): string {
  const chars = [...text];
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
}

function message(orgId: string, kind: ReminderKind, dedupeKey: string, recipient: string, title: string, date: string, note: string): NewOutboxMessage {
  return {
    orgId,
    kind,
    dedupeKey,
    recipient,
    fields: { thing1: thing(title), date2: date, thing3: thing(note) },
  };
}

/** What the sweep knows about one subscriber, read in batches for a page of subscribers. */
interface Subscriber {
  identity: string;
  subs: Subscription[];
  tickets: TicketRecord[];
  resultTicketIds: Set<string>;
  sessions: Map<string, SessionRecord>;
}

function dueFor({ identity, subs, tickets, resultTicketIds: results, sessions }: Subscriber, today: string): NewOutboxMessage[] {
  const due: NewOutboxMessage[] = [];
  const kindsByOrg = new Map<string, Set<ReminderKind>>();
  for (const s of subs) {
    if (!kindsByOrg.has(s.orgId)) kindsByOrg.set(s.orgId, new Set());
    kindsByOrg.get(s.orgId)!.add(s.kind);
  }

  for (const [orgId, kinds] of kindsByOrg) {
    let shortName: string;
    try {
      shortName = rules.organisation(orgId).shortName;
    } catch {
      continue;
    }
    for (const w of windowsFrom(orgId, today, 2)) {
      if (w.opens > today || today > w.closes) continue;
      const month = w.assessmentMonth;
      if (kinds.has('window-opens') && daysBetween(w.opens, today) < OPENING_NOTICE_DAYS) {
        due.push(message(orgId, 'window-opens', `window-opens:${orgId}:${w.opens}:${identity}`, identity, `${shortName}申报已开始`, w.closes, `对应${month}评价，截止${w.closes}`));
      }
      if (kinds.has('window-closing') && daysBetween(today, w.closes) <= CLOSING_NOTICE_DAYS) {
        due.push(message(orgId, 'window-closing', `window-closing:${orgId}:${w.closes}:${identity}`, identity, `${shortName}申报即将截止`, w.closes, `对应${month}评价`));
      }
    }
    for (const ticket of tickets.filter((t) => t.orgId === orgId)) {
      const session = sessions.get(ticket.sessionId);
      const examDate = effectiveExamDate(ticket, session);
      const occupation = rules.occupationName(orgId, ticket.occupationId);
      if (kinds.has('ticket-released') && examDate !== null) {
        const release = releaseOf(ticket, session);
        if (release.date <= today) {
          due.push(message(orgId, 'ticket-released', `ticket-released:${ticket.id}:${examDate}:${identity}`, identity, '准考证已发放', examDate, occupation));
        }
      }
      if (kinds.has('results-published') && results.has(ticket.id)) {
        due.push(message(orgId, 'results-published', `results-published:${ticket.id}:${identity}`, identity, '成绩已发布', examDate ?? ticket.examDate, occupation));
      }
      if (kinds.has('session-rolled-over') && session) {
        session.rollovers.forEach((r, index) => {
          due.push(message(orgId, 'session-rolled-over', `session-rolled-over:${session.id}:${index}:${identity}`, identity, `考期顺延至${r.toMonth}`, session.date ?? `${r.toMonth}-01`, r.reason));
        });
      }
    }
  }
  return due;
}

export interface SweepReport {
  claimed: number;
  alreadySent: number;
  failed: number;
  /** Failed sends given back to the next run (WeChat was busy); the rest stay unsent in the outbox for staff to see. */
  retrying: number;
  /** Subscriptions looked at by this run; the next run starts where this one stopped. */
  subscriptions: number;
}

/** Subscription records one run looks at: its requests stay bounded however many subscribers there are. */
export const SUBSCRIPTIONS_PER_RUN = 1000;
const CURSOR_KEY = 'reminders.cursor';

/** Reads what a page of subscriptions needs, one batched query per kind of record. */
async function subscribersOf(store: PeoplePort & TicketPort & SessionPort, page: (Subscription & { identity: string })[]): Promise<Subscriber[]> {
  const byIdentity = new Map<string, Subscription[]>();
  for (const s of page) {
    if (!byIdentity.has(s.identity)) byIdentity.set(s.identity, []);
    byIdentity.get(s.identity)!.push(s);
  }
  const bindings = new Map((await store.bindingsOf([...byIdentity.keys()])).map((b) => [b.identity, b.idHash]));
  const tickets = await store.ticketsOfPeople([...new Set(bindings.values())]);
  const results = new Set((await store.resultsOf(tickets.map((t) => t.id))).map((r) => r.ticketId));
  const sessions = new Map((await store.sessionsByIds([...new Set(tickets.map((t) => t.sessionId))])).map((s) => [s.id, s]));
  return [...byIdentity].map(([identity, subs]) => {
    const idHash = bindings.get(identity);
    return {
      identity,
      subs,
      tickets: idHash ? tickets.filter((t) => t.idHash === idHash).sort((a, b) => a.examDate.localeCompare(b.examDate)) : [],
      resultTicketIds: results,
      sessions,
    };
  });
}

/**
 * Computes and sends what is due for the next page of subscriptions (a cursor in the store
 * says where the last run stopped; past the end it starts again). Safe to run concurrently or
 * repeatedly: a reminder is claimed by inserting its unique key before it is sent.
 */
export async function sweep(app: RemindersApp, hooks: { afterClaim?: (outboxId: number) => void; pageSize?: number } = {}): Promise<SweepReport> {
  const today = app.clock.today();
  const report: SweepReport = { claimed: 0, alreadySent: 0, failed: 0, retrying: 0, subscriptions: 0 };
  const { subscriptions, next } = await app.store.subscriptionsPage((await app.store.getMeta(CURSOR_KEY)) || null, hooks.pageSize ?? SUBSCRIPTIONS_PER_RUN);
  report.subscriptions = subscriptions.length;
  const due = (await subscribersOf(app.store, subscriptions)).flatMap((s) => dueFor(s, today));
  // Keys claimed by earlier runs are skipped without a write each.
  const claimed = new Set(await app.store.claimedKeys(due.map((d) => d.dedupeKey)));
  // A WeChat one-time subscription allows one message per acceptance: a kind sent once to a
  // person is used up until they accept again.
  const used = new Set<string>();
  for (const message of due) {
    const acceptance = `${message.recipient}:${message.orgId}:${message.kind}`;
    if (used.has(acceptance)) continue;
    if (claimed.has(message.dedupeKey)) {
      report.alreadySent += 1;
      continue;
    }
    const outboxId = await app.store.claimOutbox(message, isoNow(app));
    if (outboxId === null) {
      report.alreadySent += 1;
      continue;
    }
    report.claimed += 1;
    hooks.afterClaim?.(outboxId);
    try {
      await app.sender.send({ recipient: message.recipient, kind: message.kind, fields: message.fields });
      await app.store.markSent(outboxId, isoNow(app));
      used.add(acceptance);
      await app.store.removeSubscriptions(message.recipient, message.orgId, [message.kind]);
    } catch (error) {
      report.failed += 1;
      if (error instanceof SendRefused && error.retryable) {
        // WeChat was busy: nothing went out, so the next run may claim it again.
        await app.store.releaseOutbox(outboxId);
        report.retrying += 1;
      }
      // Otherwise claimed but not sent stays unsent (staff see it in the outbox): at most once beats twice.
      console.error('[reminders] send failed', {
        kind: message.kind,
        outboxId,
        errcode: error instanceof SendRefused ? error.errcode : undefined,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  await app.store.setMeta(CURSOR_KEY, next ?? '');
  return report;
}
