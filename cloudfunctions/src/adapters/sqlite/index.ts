/**
 * Embedded SQLite adapter (better-sqlite3): WAL, versioned migrations, a file under
 * DATA_DIR or `:memory:` in tests. better-sqlite3 is synchronous; each port method
 * runs to completion before its promise resolves, and multi-row writes use one
 * transaction, so a crash leaves the database as it was before the call.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type {
  Announcement,
  AuditEntry,
  HolidayArrangement,
  OutboxMessage,
  ReminderKind,
  SavedProfile,
  Subscription,
  Track,
} from '@skills/shared';
import type {
  CandidateRecord,
  CheckinRecord,
  DocumentVersionRecord,
  HolidayRecord,
  NoticeRecord,
  OrganisationRecord,
  ImportPlan,
  ImportWrites,
  NewOutboxMessage,
  PersonRecord,
  ResultRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  StoredPreview,
  StoredRows,
  TicketRecord,
} from '../../ports';
import { textToTrack, trackToText } from '../track';
import { MIGRATIONS } from './migrations';

type Row = Record<string, unknown>;

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * The database holds names and keyed ID hashes: readable by its owner only (0600), the
 * write-ahead log and shared-memory files too, whatever the umask.
 */
function ownerOnly(file: string): void {
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(part)) fs.chmodSync(part, 0o600);
  }
}

function placeholders(count: number): string {
  return new Array(count).fill('?').join(',');
}

/** Runs a query over a long id list in chunks (SQLite caps bound parameters). */
function inChunks<T>(ids: string[], run: (chunk: string[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...run(ids.slice(i, i + 500)));
  return out;
}

const candidateFromRow = (r: Row): CandidateRecord => ({
  orgId: r.org_id as string,
  idHash: r.id_hash as string,
  occupationId: r.occupation_id as string,
  track: textToTrack(r.track as string),
  channel: r.channel as CandidateRecord['channel'],
  via: r.via as string,
});

const personFromRow = (r: Row): PersonRecord => ({
  orgId: r.org_id as string,
  idHash: r.id_hash as string,
  name: r.name as string,
  maskedIdNumber: r.masked_id as string,
});

const sessionFromRow = (r: Row): SessionRecord => ({
  id: r.id as string,
  orgId: r.org_id as string,
  occupationId: r.occupation_id as string,
  track: textToTrack(r.track as string),
  month: r.month as string,
  date: (r.date as string | null) ?? null,
  startTime: r.start_time as string,
  endTime: r.end_time as string,
  venue: JSON.parse(r.venue as string),
  capacity: r.capacity as number,
  status: r.status as SessionRecord['status'],
  rollovers: JSON.parse(r.rollovers as string),
  demo: r.demo === 1,
});

const previewFromRow = (r: Row): StoredPreview => ({
  id: r.id as string,
  orgId: r.org_id as string,
  actor: r.actor as string,
  kind: r.kind as StoredPreview['kind'],
  fileName: r.file_name as string,
  rowsJson: r.rows_json as string,
  expiresAt: r.expires_at as number,
});

const subscriptionFromRow = (r: Row): Subscription & { identity: string } => ({
  id: r.id as string,
  identity: r.identity as string,
  orgId: r.org_id as string,
  kind: r.kind as ReminderKind,
  createdAt: r.created_at as string,
});

const ticketFromRow = (r: Row): TicketRecord => ({
  id: r.id as string,
  orgId: r.org_id as string,
  ticketNumber: r.ticket_number as string,
  idHash: r.id_hash as string,
  occupationId: r.occupation_id as string,
  track: textToTrack(r.track as string),
  channel: r.channel as TicketRecord['channel'],
  sessionId: r.session_id as string,
  examDate: r.exam_date as string,
  examTime: r.exam_time as string,
  venue: JSON.parse(r.venue as string),
  room: r.room as string,
  seat: r.seat as string,
  demo: r.demo === 1,
});

const resultFromRow = (r: Row): ResultRecord => ({
  ticketId: r.ticket_id as string,
  orgId: r.org_id as string,
  theory: r.theory as ResultRecord['theory'],
  practical: r.practical as ResultRecord['practical'],
  review: (r.review as ResultRecord['review']) ?? null,
  marking: r.marking === 1,
  publishedOn: r.published_on as string,
});

const documentFromRow = (r: Row): DocumentVersionRecord => ({
  documentId: r.document_id as string,
  orgId: r.org_id as string,
  occupationId: (r.occupation_id as string | null) ?? null,
  kind: r.kind as DocumentVersionRecord['kind'],
  title: r.title as string,
  fileName: r.file_name as string,
  version: r.version as number,
  size: r.size as number,
  sha256: r.sha256 as string,
  blobKey: r.blob_key as string,
  publishedOn: r.published_on as string,
  demo: r.demo === 1,
});

const noticeFromRow = (r: Row): NoticeRecord => ({
  orgId: r.org_id as string,
  version: r.version as number,
  status: r.status as NoticeRecord['status'],
  document: JSON.parse(r.document as string) as NoticeRecord['document'],
  publishedAt: r.published_at as string,
  publishedBy: r.published_by as string,
  pdfDocumentId: (r.pdf_document_id as string | null) ?? null,
  withdrawnAt: (r.withdrawn_at as string | null) ?? null,
});

const announcementFromRow = (r: Row): Announcement => ({
  id: r.id as string,
  orgId: r.org_id as string,
  title: r.title as string,
  body: r.body as string,
  publishedAt: r.published_at as string,
  updatedAt: r.updated_at as string,
  withdrawn: r.withdrawn === 1,
  demo: r.demo === 1,
});

function ticketRowValues(t: TicketRecord): unknown[] {
  return [
    t.id, t.orgId, t.ticketNumber, t.idHash, t.occupationId, trackToText(t.track), t.channel, t.sessionId,
    t.examDate, t.examTime, JSON.stringify(t.venue), t.room, t.seat, t.demo ? 1 : 0,
  ];
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;

  /** `file`: a path, or ':memory:'. */
  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a committed import survives power loss, not only a process kill.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    if (file !== ':memory:') ownerOnly(file);
  }

  /** Prepared once per SQL text: preparing is the dominant cost of a small query. */
  private readonly statements = new Map<string, Database.Statement>();
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      // Chunked IN (...) lists make many distinct texts; keep the cache bounded.
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, prepared);
    }
    return prepared;
  }
  private all(sql: string, ...params: unknown[]): Row[] {
    return this.statement(sql).all(...params) as Row[];
  }
  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.statement(sql).get(...params) as Row | undefined;
  }
  private run(sql: string, ...params: unknown[]): Database.RunResult {
    this.version += 1;
    return this.statement(sql).run(...params);
  }

  /**
   * Changes on every write: our own (the counter) and other connections' commits to the
   * same file (SQLite's data_version, e.g. the staff command while the server runs).
   * Lets the core cache answers between writes.
   */
  private version = 0;
  dataVersion(): string {
    this.dataVersionStatement ??= this.db.prepare('PRAGMA data_version').pluck();
    return `${this.version}:${this.dataVersionStatement.get() as number}`;
  }
  /** Prepared once: `db.pragma()` would prepare it again on every lookup. */
  private dataVersionStatement: Database.Statement | undefined;

  async staffOrgs(identity: string): Promise<string[]> {
    return this.all('SELECT org_id FROM staff WHERE identity = ? ORDER BY org_id', identity).map((r) => r.org_id as string);
  }
  async listStaff(orgId?: string): Promise<{ orgId: string; identity: string; addedAt: string }[]> {
    const rows = orgId
      ? this.all('SELECT * FROM staff WHERE org_id = ? ORDER BY added_at', orgId)
      : this.all('SELECT * FROM staff ORDER BY org_id, added_at');
    return rows.map((r) => ({ orgId: r.org_id as string, identity: r.identity as string, addedAt: r.added_at as string }));
  }
  async addStaff(orgId: string, identity: string, at: string): Promise<boolean> {
    return this.run('INSERT OR IGNORE INTO staff (org_id, identity, added_at) VALUES (?, ?, ?)', orgId, identity, at).changes > 0;
  }
  async removeStaff(orgId: string, identity: string): Promise<boolean> {
    return this.run('DELETE FROM staff WHERE org_id = ? AND identity = ?', orgId, identity).changes > 0;
  }

  async getProfile(identity: string): Promise<SavedProfile | null> {
    const row = this.get('SELECT json FROM profiles WHERE identity = ?', identity);
    return row ? (JSON.parse(row.json as string) as SavedProfile) : null;
  }
  async putProfile(identity: string, profile: SavedProfile): Promise<void> {
    this.run('INSERT OR REPLACE INTO profiles (identity, json) VALUES (?, ?)', identity, JSON.stringify(profile));
  }
  async deleteProfile(identity: string): Promise<boolean> {
    return this.run('DELETE FROM profiles WHERE identity = ?', identity).changes > 0;
  }

  async personsOf(idHash: string): Promise<PersonRecord[]> {
    return this.all('SELECT * FROM persons WHERE id_hash = ? ORDER BY org_id', idHash).map(personFromRow);
  }
  async personsByHash(orgId: string, idHashes: string[]): Promise<PersonRecord[]> {
    return inChunks(idHashes, (chunk) =>
      this.all(`SELECT * FROM persons WHERE org_id = ? AND id_hash IN (${placeholders(chunk.length)})`, orgId, ...chunk).map(personFromRow),
    );
  }
  async getBinding(identity: string): Promise<string | null> {
    return (this.get('SELECT id_hash FROM bindings WHERE identity = ?', identity)?.id_hash as string | undefined) ?? null;
  }
  async putBinding(identity: string, idHash: string, at: string): Promise<void> {
    this.run('INSERT OR REPLACE INTO bindings (identity, id_hash, bound_at) VALUES (?, ?, ?)', identity, idHash, at);
  }
  async deleteBinding(identity: string): Promise<boolean> {
    return this.run('DELETE FROM bindings WHERE identity = ?', identity).changes > 0;
  }
  async identitiesBoundTo(idHashes: string[]): Promise<{ identity: string; idHash: string }[]> {
    return inChunks(idHashes, (chunk) =>
      this.all(`SELECT identity, id_hash FROM bindings WHERE id_hash IN (${placeholders(chunk.length)})`, ...chunk).map(
        (r) => ({ identity: r.identity as string, idHash: r.id_hash as string }),
      ),
    );
  }

  async recordFailure(key: string, at: number, pruneBefore: number): Promise<void> {
    this.db.transaction(() => {
      this.run('INSERT INTO failures (key, at) VALUES (?, ?)', key, at);
      this.run('DELETE FROM failures WHERE at < ?', pruneBefore);
      this.run('DELETE FROM attempts WHERE at < ?', pruneBefore);
    })();
  }
  async countFailures(key: string, since: number): Promise<number> {
    return this.get('SELECT COUNT(*) AS n FROM failures WHERE key = ? AND at >= ?', key, since)?.n as number;
  }
  async takeAttempt(key: string, at: number, since: number): Promise<{ id: string; count: number }> {
    return this.db.transaction(() => {
      const id = Number(this.run('INSERT INTO attempts (key, at) VALUES (?, ?)', key, at).lastInsertRowid);
      const count = this.get('SELECT COUNT(*) AS n FROM attempts WHERE key = ? AND at >= ?', key, since)?.n as number;
      return { id: String(id), count };
    })();
  }
  async forgetAttempt(id: string): Promise<void> {
    this.run('DELETE FROM attempts WHERE id = ?', Number(id));
  }

  async listSessions(filter: { orgId: string; occupationId?: string; track?: Track; month?: string }): Promise<SessionRecord[]> {
    const where = ['org_id = ?'];
    const params: unknown[] = [filter.orgId];
    if (filter.occupationId !== undefined) {
      where.push('occupation_id = ?');
      params.push(filter.occupationId);
    }
    if (filter.track !== undefined) {
      where.push('track = ?');
      params.push(trackToText(filter.track));
    }
    if (filter.month !== undefined) {
      where.push('month = ?');
      params.push(filter.month);
    }
    return this.all(`SELECT * FROM sessions WHERE ${where.join(' AND ')} ORDER BY month, date, start_time, id`, ...params).map(
      sessionFromRow,
    );
  }
  async getSession(id: string): Promise<SessionRecord | null> {
    const r = this.get('SELECT * FROM sessions WHERE id = ?', id);
    return r ? sessionFromRow(r) : null;
  }
  async putSession(s: SessionRecord): Promise<void> {
    this.run(
      `INSERT OR REPLACE INTO sessions (id, org_id, occupation_id, track, month, date, start_time, end_time, venue, capacity, status, rollovers, demo)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      s.id, s.orgId, s.occupationId, trackToText(s.track), s.month, s.date, s.startTime, s.endTime,
      JSON.stringify(s.venue), s.capacity, s.status, JSON.stringify(s.rollovers), s.demo ? 1 : 0,
    );
  }
  async rolloverSession(session: SessionRecord, newDate: string | null): Promise<number> {
    return this.db.transaction(() => {
      void this.putSession(session);
      if (newDate === null) return this.get('SELECT COUNT(*) AS n FROM tickets WHERE session_id = ?', session.id)?.n as number;
      return this.run('UPDATE tickets SET exam_date = ? WHERE session_id = ?', newDate, session.id).changes;
    })();
  }

  async ticketsOf(idHash: string): Promise<TicketRecord[]> {
    return this.all('SELECT * FROM tickets WHERE id_hash = ? ORDER BY exam_date, ticket_number', idHash).map(ticketFromRow);
  }
  async ticketsOfOrg(orgId: string, filter: { month?: string; ticketNumbers?: string[] } = {}): Promise<TicketRecord[]> {
    if (filter.ticketNumbers) {
      return inChunks(filter.ticketNumbers, (chunk) =>
        this.all(
          `SELECT * FROM tickets WHERE org_id = ? AND ticket_number IN (${placeholders(chunk.length)})`,
          orgId,
          ...chunk,
        ).map(ticketFromRow),
      );
    }
    if (filter.month) {
      return this.all(
        `SELECT t.* FROM tickets t JOIN sessions s ON s.id = t.session_id WHERE t.org_id = ? AND s.month = ? ORDER BY t.ticket_number`,
        orgId,
        filter.month,
      ).map(ticketFromRow);
    }
    return this.all('SELECT * FROM tickets WHERE org_id = ? ORDER BY ticket_number', orgId).map(ticketFromRow);
  }
  async ticketsOfSessions(sessionIds: string[]): Promise<TicketRecord[]> {
    return inChunks(sessionIds, (chunk) =>
      this.all(`SELECT * FROM tickets WHERE session_id IN (${placeholders(chunk.length)})`, ...chunk).map(ticketFromRow),
    );
  }
  async ticketCountsBySession(orgId: string, month: string): Promise<Map<string, number>> {
    const rows = this.all(
      `SELECT t.session_id AS session_id, COUNT(*) AS n FROM sessions s JOIN tickets t ON t.session_id = s.id
       WHERE s.org_id = ? AND s.month = ? AND t.org_id = ? GROUP BY t.session_id`,
      orgId,
      month,
      orgId,
    );
    return new Map(rows.map((r) => [r.session_id as string, r.n as number]));
  }
  async resultsOf(ticketIds: string[]): Promise<ResultRecord[]> {
    return inChunks(ticketIds, (chunk) =>
      this.all(`SELECT * FROM results WHERE ticket_id IN (${placeholders(chunk.length)})`, ...chunk).map(resultFromRow),
    );
  }

  async savePreview(p: StoredPreview): Promise<void> {
    this.run(
      'INSERT INTO previews (id, org_id, actor, kind, file_name, rows_json, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      p.id, p.orgId, p.actor, p.kind, p.fileName, p.rowsJson, p.expiresAt,
    );
  }
  async getPreview(id: string, orgId: string, now: number | null): Promise<StoredPreview | null> {
    const r = this.get('SELECT * FROM previews WHERE id = ? AND org_id = ?', id, orgId);
    if (!r || (now !== null && (r.expires_at as number) < now)) return null;
    return previewFromRow(r);
  }
  async prunePreviews(before: number, keep: string[] = []): Promise<void> {
    this.run(`DELETE FROM previews WHERE expires_at < ? AND id NOT IN (${placeholders(keep.length)})`, before, ...keep);
  }
  async takePreview(id: string, orgId: string, now: number): Promise<StoredPreview | null> {
    return this.db.transaction(() => {
      const r = this.get('SELECT * FROM previews WHERE id = ? AND org_id = ?', id, orgId);
      if (!r) return null;
      this.run('DELETE FROM previews WHERE id = ?', id);
      if ((r.expires_at as number) < now) return null;
      return previewFromRow(r);
    })();
  }

  /** A plan's people are all of its organisation. */
  async storedRows(plan: ImportPlan): Promise<StoredRows> {
    return {
      persons: inChunks(plan.persons.map((p) => p.idHash), (chunk) =>
        this.all(`SELECT * FROM persons WHERE org_id = ? AND id_hash IN (${placeholders(chunk.length)})`, plan.orgId, ...chunk).map(personFromRow),
      ),
      candidates: plan.candidates.flatMap((c) => {
        const row = this.get('SELECT * FROM candidates WHERE org_id = ? AND id_hash = ? AND occupation_id = ? AND track = ?', c.orgId, c.idHash, c.occupationId, trackToText(c.track));
        return row ? [candidateFromRow(row)] : [];
      }),
      tickets: inChunks(plan.tickets.map((t) => t.id), (chunk) => this.all(`SELECT * FROM tickets WHERE id IN (${placeholders(chunk.length)})`, ...chunk).map(ticketFromRow)),
      results: inChunks(plan.results.map((r) => r.ticketId), (chunk) => this.all(`SELECT * FROM results WHERE ticket_id IN (${placeholders(chunk.length)})`, ...chunk).map(resultFromRow)),
    };
  }

  /** Every row in one transaction: an import is whole or not at all. */
  async writeRows(rows: ImportWrites, onProgress?: (written: number) => void): Promise<void> {
    const upsertPerson = this.statement(
      `INSERT INTO persons (org_id, id_hash, name, masked_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (org_id, id_hash) DO UPDATE SET name = excluded.name, masked_id = excluded.masked_id`,
    );
    const upsertCandidate = this.statement(
      `INSERT INTO candidates (org_id, id_hash, occupation_id, track, channel, via) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, id_hash, occupation_id, track) DO UPDATE SET channel = excluded.channel, via = excluded.via`,
    );
    const upsertTicket = this.statement(
      `INSERT INTO tickets (id, org_id, ticket_number, id_hash, occupation_id, track, channel, session_id, exam_date, exam_time, venue, room, seat, demo)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, ticket_number) DO UPDATE SET id_hash = excluded.id_hash, occupation_id = excluded.occupation_id,
         track = excluded.track, channel = excluded.channel, session_id = excluded.session_id, exam_date = excluded.exam_date,
         exam_time = excluded.exam_time, venue = excluded.venue, room = excluded.room, seat = excluded.seat, demo = excluded.demo`,
    );
    const upsertResult = this.statement(
      `INSERT INTO results (ticket_id, org_id, theory, practical, review, marking, published_on) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET theory = excluded.theory, practical = excluded.practical, review = excluded.review,
         marking = excluded.marking, published_on = excluded.published_on`,
    );
    this.version += 1;
    this.db.transaction(() => {
      let written = 0;
      const tick = () => {
        written += 1;
        if (onProgress && written % 1000 === 0) onProgress(written);
      };
      for (const { row: p } of rows.persons) {
        upsertPerson.run(p.orgId, p.idHash, p.name, p.maskedIdNumber);
        tick();
      }
      for (const { row: c } of rows.candidates) {
        upsertCandidate.run(c.orgId, c.idHash, c.occupationId, trackToText(c.track), c.channel, c.via);
        tick();
      }
      for (const { row: t } of rows.tickets) {
        upsertTicket.run(...ticketRowValues(t));
        tick();
      }
      for (const { row: r } of rows.results) {
        upsertResult.run(r.ticketId, r.orgId, r.theory, r.practical, r.review, r.marking ? 1 : 0, r.publishedOn);
        tick();
      }
    })();
  }

  async listDocuments(orgId: string): Promise<DocumentVersionRecord[]> {
    // The newest version of each document.
    return this.all(
      `SELECT d.* FROM document_versions d
       JOIN (SELECT document_id, MAX(version) AS v FROM document_versions WHERE org_id = ? GROUP BY document_id) latest
         ON latest.document_id = d.document_id AND latest.v = d.version
       ORDER BY d.published_on DESC, d.document_id`,
      orgId,
    ).map(documentFromRow);
  }
  async documentVersions(documentId: string): Promise<DocumentVersionRecord[]> {
    return this.all('SELECT * FROM document_versions WHERE document_id = ? ORDER BY version DESC', documentId).map(
      documentFromRow,
    );
  }
  async putDocumentVersion(d: DocumentVersionRecord, bytes: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.run('INSERT OR REPLACE INTO blobs (key, bytes) VALUES (?, ?)', d.blobKey, Buffer.from(bytes));
      this.run(
        `INSERT INTO document_versions (document_id, version, org_id, occupation_id, kind, title, file_name, size, sha256, blob_key, published_on, demo)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        d.documentId, d.version, d.orgId, d.occupationId, d.kind, d.title, d.fileName, d.size, d.sha256, d.blobKey,
        d.publishedOn, d.demo ? 1 : 0,
      );
    })();
  }
  async readBlob(blobKey: string): Promise<Uint8Array | null> {
    const row = this.get('SELECT bytes FROM blobs WHERE key = ?', blobKey);
    return row ? new Uint8Array(row.bytes as Buffer) : null;
  }

  async listAnnouncements(orgId: string, includeWithdrawn: boolean): Promise<Announcement[]> {
    return this.all(
      `SELECT * FROM announcements WHERE org_id = ? ${includeWithdrawn ? '' : 'AND withdrawn = 0'} ORDER BY published_at DESC, id`,
      orgId,
    ).map(announcementFromRow);
  }
  async getAnnouncement(id: string): Promise<Announcement | null> {
    const r = this.get('SELECT * FROM announcements WHERE id = ?', id);
    return r ? announcementFromRow(r) : null;
  }
  async putAnnouncement(a: Announcement): Promise<void> {
    this.run(
      `INSERT OR REPLACE INTO announcements (id, org_id, title, body, published_at, updated_at, withdrawn, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      a.id, a.orgId, a.title, a.body, a.publishedAt, a.updatedAt, a.withdrawn ? 1 : 0, a.demo ? 1 : 0,
    );
  }

  async subscriptionsOf(identity: string, orgId?: string): Promise<Subscription[]> {
    const rows = orgId
      ? this.all('SELECT * FROM subscriptions WHERE identity = ? AND org_id = ? ORDER BY org_id, kind', identity, orgId)
      : this.all('SELECT * FROM subscriptions WHERE identity = ? ORDER BY org_id, kind', identity);
    return rows.map((r) => ({ id: r.id as string, orgId: r.org_id as string, kind: r.kind as ReminderKind, createdAt: r.created_at as string }));
  }
  async allSubscriptions(): Promise<(Subscription & { identity: string })[]> {
    return this.all('SELECT * FROM subscriptions ORDER BY created_at, id').map(subscriptionFromRow);
  }
  async addSubscriptions(identity: string, subscriptions: Subscription[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO subscriptions (id, identity, org_id, kind, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.version += 1;
    this.db.transaction(() => {
      for (const s of subscriptions) insert.run(s.id, identity, s.orgId, s.kind, s.createdAt);
    })();
  }
  async removeSubscriptions(identity: string, orgId: string, kinds: ReminderKind[]): Promise<void> {
    if (kinds.length === 0) return;
    this.run(
      `DELETE FROM subscriptions WHERE identity = ? AND org_id = ? AND kind IN (${placeholders(kinds.length)})`,
      identity,
      orgId,
      ...kinds,
    );
  }
  async claimOutbox(m: NewOutboxMessage, at: string): Promise<number | null> {
    const result = this.run(
      'INSERT OR IGNORE INTO outbox (dedupe_key, org_id, kind, recipient, fields, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      m.dedupeKey, m.orgId, m.kind, m.recipient, JSON.stringify(m.fields), at,
    );
    return result.changes > 0 ? Number(result.lastInsertRowid) : null;
  }
  async markSent(outboxId: number, at: string): Promise<void> {
    this.run('UPDATE outbox SET sent_at = ? WHERE id = ?', at, outboxId);
  }
  async listOutbox(orgId: string, limit: number): Promise<OutboxMessage[]> {
    return this.all('SELECT * FROM outbox WHERE org_id = ? ORDER BY id DESC LIMIT ?', orgId, limit).map((r) => ({
      id: r.id as number,
      orgId: r.org_id as string,
      kind: r.kind as ReminderKind,
      dedupeKey: r.dedupe_key as string,
      recipient: r.recipient as string,
      fields: JSON.parse(r.fields as string),
      createdAt: r.created_at as string,
      sentAt: (r.sent_at as string | null) ?? null,
    }));
  }

  async appendAudit(e: Omit<AuditEntry, 'id'>): Promise<void> {
    this.run(
      'INSERT INTO audit (at, actor, org_id, action, rows, detail) VALUES (?, ?, ?, ?, ?, ?)',
      e.at, e.actor, e.orgId, e.action, e.rows, e.detail,
    );
  }
  async listAudit(orgId: string, limit: number): Promise<AuditEntry[]> {
    return this.all('SELECT * FROM audit WHERE org_id = ? ORDER BY id DESC LIMIT ?', orgId, limit).map((r) => ({
      id: r.id as number,
      at: r.at as string,
      actor: r.actor as string,
      orgId: r.org_id as string,
      action: r.action as string,
      rows: r.rows as number,
      detail: r.detail as string,
    }));
  }

  async subscriptionsPage(after: string | null, limit: number): Promise<{ subscriptions: (Subscription & { identity: string })[]; next: string | null }> {
    const rows = this.all('SELECT * FROM subscriptions WHERE id > ? ORDER BY id LIMIT ?', after ?? '', limit);
    const subscriptions = rows.map(subscriptionFromRow);
    return { subscriptions, next: rows.length < limit ? null : (rows[rows.length - 1].id as string) };
  }
  async bindingsOf(identities: string[]): Promise<{ identity: string; idHash: string }[]> {
    return inChunks(identities, (chunk) =>
      this.all(`SELECT identity, id_hash FROM bindings WHERE identity IN (${placeholders(chunk.length)})`, ...chunk).map((r) => ({
        identity: r.identity as string,
        idHash: r.id_hash as string,
      })),
    );
  }
  async ticketsOfPeople(idHashes: string[]): Promise<TicketRecord[]> {
    return inChunks(idHashes, (chunk) => this.all(`SELECT * FROM tickets WHERE id_hash IN (${placeholders(chunk.length)})`, ...chunk).map(ticketFromRow));
  }
  async sessionsByIds(ids: string[]): Promise<SessionRecord[]> {
    return inChunks(ids, (chunk) => this.all(`SELECT * FROM sessions WHERE id IN (${placeholders(chunk.length)})`, ...chunk).map(sessionFromRow));
  }
  async claimedKeys(dedupeKeys: string[]): Promise<string[]> {
    return inChunks(dedupeKeys, (chunk) =>
      this.all(`SELECT dedupe_key FROM outbox WHERE dedupe_key IN (${placeholders(chunk.length)})`, ...chunk).map((r) => r.dedupe_key as string),
    );
  }
  async releaseOutbox(outboxId: number): Promise<void> {
    this.run('DELETE FROM outbox WHERE id = ? AND sent_at IS NULL', outboxId);
  }

  async getMeta(key: string): Promise<string | null> {
    return (this.get('SELECT value FROM meta WHERE key = ?', key)?.value as string | undefined) ?? null;
  }
  async setMeta(key: string, value: string): Promise<void> {
    this.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', key, value);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async listNotices(orgId: string): Promise<NoticeRecord[]> {
    return this.all('SELECT * FROM notices WHERE org_id = ? ORDER BY version', orgId).map(noticeFromRow);
  }
  async publishedNotices(): Promise<NoticeRecord[]> {
    return this.all("SELECT * FROM notices WHERE status = 'published' ORDER BY org_id, version").map(noticeFromRow);
  }
  async insertNotice(n: NoticeRecord): Promise<boolean> {
    return (
      this.run(
        'INSERT OR IGNORE INTO notices (org_id, version, status, document, published_at, published_by, pdf_document_id, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        n.orgId, n.version, n.status, JSON.stringify(n.document), n.publishedAt, n.publishedBy, n.pdfDocumentId, n.withdrawnAt,
      ).changes > 0
    );
  }
  async withdrawNotice(orgId: string, version: number, at: string): Promise<boolean> {
    return this.run("UPDATE notices SET status = 'withdrawn', withdrawn_at = ? WHERE org_id = ? AND version = ? AND status = 'published'", at, orgId, version).changes > 0;
  }
  async addOrganisation(o: OrganisationRecord): Promise<boolean> {
    return this.run('INSERT OR IGNORE INTO organisations (id, name, added_at) VALUES (?, ?, ?)', o.id, o.name, o.addedAt).changes > 0;
  }
  async listOrganisations(): Promise<OrganisationRecord[]> {
    return this.all('SELECT * FROM organisations ORDER BY added_at, id').map((r) => ({ id: r.id as string, name: r.name as string, addedAt: r.added_at as string }));
  }
  async holidayArrangements(): Promise<HolidayRecord[]> {
    return this.all('SELECT * FROM holidays ORDER BY year').map((r) => ({
      year: r.year as number,
      arrangement: JSON.parse(r.arrangement as string) as HolidayArrangement,
      loadedAt: r.loaded_at as string,
    }));
  }
  async putHolidayArrangement(h: HolidayRecord): Promise<void> {
    this.run('INSERT OR REPLACE INTO holidays (year, arrangement, loaded_at) VALUES (?, ?, ?)', h.year, JSON.stringify(h.arrangement), h.loadedAt);
  }

  async signingKeys(orgId: string): Promise<SigningKeyRecord[]> {
    return this.all('SELECT * FROM signing_keys WHERE org_id = ? ORDER BY created_at, key_id', orgId).map(signingKeyFromRow);
  }
  async claimSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord> {
    return this.db.transaction(() => {
      // The partial unique index keeps one active key per organisation, whoever comes first.
      this.run(
        `INSERT OR IGNORE INTO signing_keys (key_id, org_id, public_key, private_key, status, created_at, retired_at)
         VALUES (?, ?, ?, ?, 'active', ?, NULL)`,
        key.keyId, key.orgId, key.publicKey, key.privateKey, key.createdAt,
      );
      return signingKeyFromRow(this.get("SELECT * FROM signing_keys WHERE org_id = ? AND status = 'active'", key.orgId) as Row);
    })();
  }
  async rotateSigningKey(key: SigningKeyRecord, at: string): Promise<void> {
    this.db.transaction(() => {
      this.run("UPDATE signing_keys SET status = 'retired', retired_at = ? WHERE org_id = ? AND status = 'active'", at, key.orgId);
      this.run(
        `INSERT INTO signing_keys (key_id, org_id, public_key, private_key, status, created_at, retired_at)
         VALUES (?, ?, ?, ?, 'active', ?, NULL)`,
        key.keyId, key.orgId, key.publicKey, key.privateKey, key.createdAt,
      );
    })();
  }

  async putCheckins(checkins: CheckinRecord[]): Promise<{ added: number; duplicates: number }> {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO checkins (ticket_id, org_id, session_id, at, method, device_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const earlier = this.db.prepare('UPDATE checkins SET at = ?, method = ?, device_id = ? WHERE ticket_id = ? AND at > ?');
    this.version += 1;
    return this.db.transaction(() => {
      let added = 0;
      for (const c of checkins) {
        if (insert.run(c.ticketId, c.orgId, c.sessionId, c.at, c.method, c.deviceId).changes > 0) added += 1;
        else earlier.run(c.at, c.method, c.deviceId, c.ticketId, c.at);
      }
      return { added, duplicates: checkins.length - added };
    })();
  }
  async checkinsOfSessions(sessionIds: string[]): Promise<CheckinRecord[]> {
    return inChunks(sessionIds, (chunk) =>
      this.all(`SELECT * FROM checkins WHERE session_id IN (${placeholders(chunk.length)}) ORDER BY at, ticket_id`, ...chunk),
    ).map((r) => ({
      ticketId: r.ticket_id as string,
      orgId: r.org_id as string,
      sessionId: r.session_id as string,
      at: r.at as string,
      method: r.method as CheckinRecord['method'],
      deviceId: r.device_id as string,
    }));
  }
}

const signingKeyFromRow = (r: Row): SigningKeyRecord => ({
  keyId: r.key_id as string,
  orgId: r.org_id as string,
  publicKey: r.public_key as string,
  privateKey: r.private_key as string,
  status: r.status as SigningKeyRecord['status'],
  createdAt: r.created_at as string,
  retiredAt: (r.retired_at as string | null) ?? null,
});

export type { CandidateRecord };
