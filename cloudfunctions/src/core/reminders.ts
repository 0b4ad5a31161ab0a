/**
 * The timer's sweep: what is due today for every subscriber, each reminder sent at
 * most once, and each acceptance of a kind used for one message. A reminder is claimed by inserting its unique key before it is sent, so
 * running the sweep twice, or crashing half-way, never sends anything twice.
 */
import { daysBetween, type ReminderKind, type Subscription } from '@skills/shared';
import type { NewOutboxMessage } from '../ports';
import { isoNow, type App } from './app';
import { windowsFrom } from './catalog';
import * as rules from './rules';
import { effectiveExamDate, releaseOf } from './tickets';

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

async function dueFor(app: App, identity: string, subs: Subscription[], today: string): Promise<NewOutboxMessage[]> {
  const due: NewOutboxMessage[] = [];
  const kindsByOrg = new Map<string, Set<ReminderKind>>();
  for (const s of subs) {
    if (!kindsByOrg.has(s.orgId)) kindsByOrg.set(s.orgId, new Set());
    kindsByOrg.get(s.orgId)!.add(s.kind);
  }
  const idHash = await app.store.getBinding(identity);
  const tickets = idHash ? await app.store.ticketsOf(idHash) : [];
  const results = new Set((await app.store.resultsOf(tickets.map((t) => t.id))).map((r) => r.ticketId));

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
      const session = (await app.store.getSession(ticket.sessionId)) ?? undefined;
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
}

/** Computes and sends what is due. Safe to run concurrently or repeatedly. */
export async function sweep(app: App, hooks: { afterClaim?: (outboxId: number) => void } = {}): Promise<SweepReport> {
  const today = app.clock.today();
  const report: SweepReport = { claimed: 0, alreadySent: 0, failed: 0 };
  const byIdentity = new Map<string, Subscription[]>();
  for (const s of await app.store.allSubscriptions()) {
    if (!byIdentity.has(s.identity)) byIdentity.set(s.identity, []);
    byIdentity.get(s.identity)!.push(s);
  }
  for (const [identity, subs] of byIdentity) {
    // A WeChat one-time subscription allows one message per acceptance: a kind sent once
    // is used up until the candidate accepts again.
    const used = new Set<string>();
    for (const due of await dueFor(app, identity, subs, today)) {
      const acceptance = `${due.orgId}:${due.kind}`;
      if (used.has(acceptance)) continue;
      const outboxId = await app.store.claimOutbox(due, isoNow(app));
      if (outboxId === null) {
        report.alreadySent += 1;
        continue;
      }
      report.claimed += 1;
      hooks.afterClaim?.(outboxId);
      try {
        await app.sender.send({ recipient: due.recipient, kind: due.kind, fields: due.fields });
        await app.store.markSent(outboxId, isoNow(app));
        used.add(acceptance);
        await app.store.removeSubscriptions(identity, due.orgId, [due.kind]);
      } catch (error) {
        // Claimed but not sent stays unsent: at most once beats twice.
        report.failed += 1;
        console.error('[reminders] send failed', { kind: due.kind, outboxId, error: error instanceof Error ? error.name : 'unknown' });
      }
    }
  }
  return report;
}
