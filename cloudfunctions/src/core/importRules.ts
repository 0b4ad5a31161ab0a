/**
 * What an import changes, decided once for every store: which stored records count as
 * unchanged, and so which rows are written. The core reads what is stored under the plan's keys
 * through the import port, decides here, and has the port write only the rows that changed.
 */
import type { CandidateRecord, ImportPlan, ImportPort, ImportTotals, ImportWrites, PersonRecord, ResultRecord, RowWrite, StoredRows, TicketRecord } from '../ports';

/** Same person: the name and masked number an organisation shows (the key fields are what found it). */
export function samePerson(a: PersonRecord, b: PersonRecord): boolean {
  return a.name === b.name && a.maskedIdNumber === b.maskedIdNumber;
}

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

const personKey = (p: PersonRecord) => `${p.orgId}\u0000${p.idHash}`;
const candidateKey = (c: CandidateRecord) => `${c.orgId}\u0000${c.idHash}\u0000${c.occupationId}\u0000${String(c.track)}`;

/** The planned rows that differ from the stored ones (or are new), each marked whether it replaces one. */
function changed<T>(planned: T[], stored: T[], key: (record: T) => string, same: (stored: T, planned: T) => boolean): RowWrite<T>[] {
  const byKey = new Map(stored.map((record) => [key(record), record]));
  return planned.flatMap((row) => {
    const before = byKey.get(key(row));
    return before !== undefined && same(before, row) ? [] : [{ row, replaces: before !== undefined }];
  });
}

/**
 * What applying the plan over the stored rows does: the totals (counted on the plan's own kind of
 * row: tickets, results or applications) and the rows to write.
 */
export function planChanges(plan: ImportPlan, stored: StoredRows): { totals: ImportTotals; writes: ImportWrites } {
  const tickets = new Map(stored.tickets.map((t) => [t.id, t]));
  const results = new Map(stored.results.map((r) => [r.ticketId, r]));
  const candidates = new Map(stored.candidates.map((c) => [candidateKey(c), c]));
  const totals =
    plan.kind === 'tickets'
      ? countChanges(plan.tickets, (t) => tickets.get(t.id), sameTicket)
      : plan.kind === 'results'
        ? countChanges(plan.results, (r) => results.get(r.ticketId), sameResult)
        : countChanges(plan.candidates, (c) => candidates.get(candidateKey(c)), sameCandidate);
  return {
    totals,
    writes: {
      persons: changed(plan.persons, stored.persons, personKey, samePerson),
      candidates: changed(plan.candidates, stored.candidates, candidateKey, sameCandidate),
      tickets: changed(plan.tickets, stored.tickets, (t) => t.id, sameTicket),
      results: changed(plan.results, stored.results, (r) => r.ticketId, sameResult),
    },
  };
}

/** What applying would change, without writing. */
export async function diffImport(store: Pick<ImportPort, 'storedRows'>, plan: ImportPlan): Promise<ImportTotals> {
  return planChanges(plan, await store.storedRows(plan)).totals;
}

/** Writes the rows of the plan that changed, and answers what changed; `onProgress` lets a test kill it mid-way. */
export async function applyImport(store: Pick<ImportPort, 'storedRows' | 'writeRows'>, plan: ImportPlan, onProgress?: (written: number) => void): Promise<ImportTotals> {
  const { totals, writes } = planChanges(plan, await store.storedRows(plan));
  await store.writeRows(writes, onProgress);
  return totals;
}
