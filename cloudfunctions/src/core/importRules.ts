/**
 * What an import changes, decided once for every store: which stored records count as
 * unchanged. Both adapters read what is stored and ask these; neither decides it itself.
 */
import type { CandidateRecord, ImportTotals, ResultRecord, TicketRecord } from '../ports';

/** Same ticket: every field but the internal id (a re-import of the same row changes nothing). */
export function sameTicket(a: TicketRecord, b: TicketRecord): boolean {
  const fields = (t: TicketRecord) => [
    t.orgId, t.ticketNumber, t.idHash, t.occupationId, t.track, t.channel, t.sessionId,
    t.examDate, t.examTime, t.venue.name, t.venue.address, t.room, t.seat, t.demo,
  ];
  return JSON.stringify(fields(a)) === JSON.stringify(fields(b));
}

/** Same result: the outcomes (publishedOn moves with the day of import and is not a change). */
export function sameResult(a: ResultRecord, b: ResultRecord): boolean {
  return a.theory === b.theory && a.practical === b.practical && a.review === b.review && a.marking === b.marking;
}

/** Same application: channel and route (the key fields are what found it). */
export function sameCandidate(a: Pick<CandidateRecord, 'channel' | 'via'>, b: Pick<CandidateRecord, 'channel' | 'via'>): boolean {
  return a.channel === b.channel && a.via === b.via;
}

/** Counts each planned record as added (nothing stored), unchanged or updated. */
export function countChanges<T>(planned: T[], storedFor: (record: T) => T | undefined, same: (stored: T, planned: T) => boolean): ImportTotals {
  const totals: ImportTotals = { added: 0, updated: 0, unchanged: 0 };
  for (const record of planned) {
    const stored = storedFor(record);
    if (stored === undefined) totals.added += 1;
    else if (same(stored, record)) totals.unchanged += 1;
    else totals.updated += 1;
  }
  return totals;
}
