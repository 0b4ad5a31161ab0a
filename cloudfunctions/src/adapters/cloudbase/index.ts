/**
 * CloudBase adapter (@cloudbase/node-sdk). Selected only inside CloudBase or when
 * STORE=cloudbase; the SDK is required lazily here and nowhere else, because a
 * database call without credentials kills Node (see building-here.md).
 *
 * Collections mirror the SQLite tables (see collections.ts; `npm run cloudbase:setup` creates
 * them); uniqueness comes from deterministic `_id`s (ticket id from org + ticket number,
 * outbox id from the reminder's dedupe key), so a claim is one insert that CloudBase refuses
 * with DATABASE_DUPLICATE_WRITE when the key exists.
 * Imports are written in batches: documents read by `_id` in one query per batch, new ones
 * inserted with one request per batch, changed ones replaced (remove + insert) per batch; which
 * rows changed the core decides (core/importRules.ts). The core confirms an import step by step and records each step,
 * so a confirm cut short is finished by running it again (core/imports.ts).
 */
import type {
  Announcement,
  AuditEntry,
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

type Doc = Record<string, unknown> & { _id?: string };

/** The parts of the SDK this adapter uses, typed structurally. */
interface CbQuery {
  where(condition: object): CbQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CbQuery;
  skip(n: number): CbQuery;
  limit(n: number): CbQuery;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  remove(): Promise<unknown>;
  update(data: object): Promise<unknown>;
}
/** An aggregation pipeline; `end()` returns at most 20 rows unless `limit` says otherwise. */
interface CbAggregate {
  match(condition: object): CbAggregate;
  group(spec: { _id: string } & Record<string, unknown>): CbAggregate;
  limit(n: number): CbAggregate;
  end(): Promise<{ data: Doc[] }>;
}
interface CbDocRef {
  get(): Promise<{ data: Doc[] }>;
  set(data: object): Promise<unknown>;
  remove(): Promise<unknown>;
}
interface CbCollection extends CbQuery {
  doc(id: string): CbDocRef;
  aggregate(): CbAggregate;
  add(data: object | object[]): Promise<{ id?: string; ids?: string[] }>;
}
interface CbTransaction {
  collection(name: string): { doc(id: string): CbDocRef };
}
interface CbDb {
  collection(name: string): CbCollection;
  command: {
    in(values: unknown[]): unknown;
    gte(value: unknown): unknown;
    gt(value: unknown): unknown;
    lt(value: unknown): unknown;
    nin(values: unknown[]): unknown;
    aggregate: { sum(value: unknown): unknown };
  };
  runTransaction(callback: (tx: CbTransaction) => Promise<unknown>): Promise<unknown>;
  createCollection(name: string): Promise<unknown>;
}
export interface CbApp {
  database(): CbDb;
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: Buffer }>;
  deleteFile(options: { fileList: string[] }): Promise<unknown>;
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<{ fileList: { fileID: string; tempFileURL: string }[] }>;
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<{ result?: unknown }>;
  auth(): { getUserInfo(): { openId: string } };
}

/** Initialises the SDK for the current environment; only ever called when CloudBase is selected. */
export function loadCloudbase(env: NodeJS.ProcessEnv = process.env): CbApp {
  // Lazy on purpose: requiring and initialising the SDK in local mode risks a fatal rejection.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tcb = require('@cloudbase/node-sdk') as { init(config: object): CbApp; SYMBOL_CURRENT_ENV: symbol };
  return tcb.init({ env: env.TCB_ENV || tcb.SYMBOL_CURRENT_ENV, timeout: 15_000 });
}

/** get() answers at most 1000 documents (and 100 unless limited). */
const PAGE = 1000;
/** Documents read or written per request in an import batch. */
export const IMPORT_BATCH = 500;
/** Characters of a preview's plan per stored chunk: at most 3 MB of UTF-8, far under the 16 MB document limit. */
const PREVIEW_CHUNK_CHARS = 1_000_000;

/** CloudBase's answer when an insert meets an existing `_id`. */
let lastSequenceId = 0;

/**
 * A number that orders audit entries and outbox messages newest last: the time in microseconds
 * with a random tail, so two function instances rarely pick the same one, and never smaller than
 * the last one this instance gave, so entries written in the same millisecond keep their order.
 */
export function nextSequenceId(now = Date.now()): number {
  lastSequenceId = Math.max(now * 1000 + Math.floor(Math.random() * 1000), lastSequenceId + 1);
  return lastSequenceId;
}

function isDuplicate(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DATABASE_DUPLICATE_WRITE';
}

function strip(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

export function credentialsPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TCB_ENV && ((env.TENCENTCLOUD_SECRETID && env.TENCENTCLOUD_SECRETKEY) || env.TCB_CONTEXT_KEYS));
}

export class CloudbaseStore implements Store {
  readonly kind = 'cloudbase' as const;
  readonly importBatch = IMPORT_BATCH;
  private readonly db: CbDb;
  /** Outbox messages this instance claimed and has not yet marked sent or released: number → dedupe key. */
  private readonly claims = new Map<number, string>();

  constructor(private readonly tcb: CbApp, private readonly prefix = '') {
    this.db = tcb.database();
  }

  private c(name: string): CbCollection {
    return this.db.collection(`${this.prefix}${name}`);
  }

  /** Creates every collection the adapter uses; those that exist are left as they are. Returns the ones created. */
  async createCollections(names: string[]): Promise<string[]> {
    const created: string[] = [];
    for (const name of names) {
      try {
        await this.db.createCollection(`${this.prefix}${name}`);
        created.push(name);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'DATABASE_COLLECTION_ALREADY_EXIST') throw error;
      }
    }
    return created;
  }

  private async all(query: CbQuery): Promise<Doc[]> {
    const out: Doc[] = [];
    for (let skip = 0; ; skip += PAGE) {
      // Ordered by _id so that pages neither skip nor repeat a document.
      const { data } = await query.orderBy('_id', 'asc').skip(skip).limit(PAGE).get();
      out.push(...data);
      if (data.length < PAGE) return out;
    }
  }

  private async one(name: string, id: string): Promise<Doc | null> {
    const { data } = await this.c(name).doc(id).get();
    return data[0] ?? null;
  }

  private async byIds(name: string, field: string, values: string[]): Promise<Doc[]> {
    const out: Doc[] = [];
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      out.push(...(await this.all(this.c(name).where({ [field]: this.db.command.in(chunk) }))));
    }
    return out;
  }

  async staffOrgs(identity: string): Promise<string[]> {
    return (await this.all(this.c('staff').where({ identity }))).map((d) => d.orgId as string).sort();
  }
  async listStaff(orgId?: string): Promise<{ orgId: string; identity: string; addedAt: string }[]> {
    const docs = await this.all(orgId ? this.c('staff').where({ orgId }) : this.c('staff'));
    return docs.map((d) => ({ orgId: d.orgId as string, identity: d.identity as string, addedAt: d.addedAt as string }));
  }
  async addStaff(orgId: string, identity: string, at: string): Promise<boolean> {
    if (await this.one('staff', `${orgId}:${identity}`)) return false;
    await this.c('staff').doc(`${orgId}:${identity}`).set({ orgId, identity, addedAt: at });
    return true;
  }
  async removeStaff(orgId: string, identity: string): Promise<boolean> {
    if (!(await this.one('staff', `${orgId}:${identity}`))) return false;
    await this.c('staff').doc(`${orgId}:${identity}`).remove();
    return true;
  }

  async getProfile(identity: string): Promise<SavedProfile | null> {
    const doc = await this.one('profiles', identity);
    return doc ? (JSON.parse(doc.json as string) as SavedProfile) : null;
  }
  async putProfile(identity: string, profile: SavedProfile): Promise<void> {
    await this.c('profiles').doc(identity).set({ json: JSON.stringify(profile) });
  }
  async deleteProfile(identity: string): Promise<boolean> {
    if (!(await this.one('profiles', identity))) return false;
    await this.c('profiles').doc(identity).remove();
    return true;
  }

  /**
   * Person documents hold the whole record, orgId and idHash included, under `_id`
   * `<orgId>:<idHash>` (see personIdOf). Documents written before people were kept per
   * organisation have `_id` = idHash and no orgId: the first read of people in an instance
   * moves them (migratePersons), once per environment.
   */
  private personOf(d: Doc): PersonRecord {
    return { orgId: d.orgId as string, idHash: d.idHash as string, name: d.name as string, maskedIdNumber: d.maskedIdNumber as string };
  }
  private personsMigrated: Promise<void> | null = null;
  private async people(): Promise<CbCollection> {
    this.personsMigrated ??= this.migratePersons();
    await this.personsMigrated;
    return this.c('persons');
  }
  /**
   * One record per organisation that has an application or a ticket for the person; a person
   * no organisation refers to has no owner and is removed. Idempotent, marked done in `meta`.
   */
  async migratePersons(): Promise<void> {
    if ((await this.getMeta('personsPerOrganisation')) === 'done') return;
    for (const legacy of (await this.all(this.c('persons'))).filter((d) => d.orgId === undefined)) {
      const idHash = legacy.idHash as string;
      const owners = new Set(
        [...(await this.all(this.c('candidates').where({ idHash }))), ...(await this.all(this.c('tickets').where({ idHash })))].map((d) => d.orgId as string),
      );
      for (const orgId of owners) {
        await this.c('persons').doc(`${orgId}:${idHash}`).set({ orgId, idHash, name: legacy.name, maskedIdNumber: legacy.maskedIdNumber });
      }
      await this.c('persons').doc(legacy._id as string).remove();
    }
    await this.setMeta('personsPerOrganisation', 'done');
  }
  async personsOf(idHash: string): Promise<PersonRecord[]> {
    return (await this.all((await this.people()).where({ idHash })))
      .map((d) => this.personOf(d))
      .sort((a, b) => a.orgId.localeCompare(b.orgId));
  }
  async personsByHash(orgId: string, idHashes: string[]): Promise<PersonRecord[]> {
    await this.people();
    return (await this.byIds('persons', '_id', idHashes.map((idHash) => `${orgId}:${idHash}`))).map((d) => this.personOf(d));
  }
  async getBinding(identity: string): Promise<string | null> {
    return ((await this.one('bindings', identity))?.idHash as string | undefined) ?? null;
  }
  async putBinding(identity: string, idHash: string, at: string): Promise<void> {
    await this.c('bindings').doc(identity).set({ identity, idHash, boundAt: at });
  }
  async deleteBinding(identity: string): Promise<boolean> {
    if (!(await this.one('bindings', identity))) return false;
    await this.c('bindings').doc(identity).remove();
    return true;
  }
  async identitiesBoundTo(idHashes: string[]): Promise<{ identity: string; idHash: string }[]> {
    return (await this.byIds('bindings', 'idHash', idHashes)).map((d) => ({ identity: d.identity as string, idHash: d.idHash as string }));
  }

  async recordFailure(key: string, at: number, pruneBefore: number): Promise<void> {
    await this.c('failures').add({ key, at });
    await this.c('failures').where({ at: this.db.command.lt(pruneBefore) }).remove();
    await this.c('attempts').where({ at: this.db.command.lt(pruneBefore) }).remove();
  }
  async countFailures(key: string, since: number): Promise<number> {
    return (await this.c('failures').where({ key, at: this.db.command.gte(since) }).count()).total;
  }
  async takeAttempt(key: string, at: number, since: number): Promise<{ id: string; count: number }> {
    // Insert, then count: each caller's count includes its own insert, so concurrent callers cannot all pass.
    const { id } = await this.c('attempts').add({ key, at });
    const count = (await this.c('attempts').where({ key, at: this.db.command.gte(since) }).count()).total;
    return { id: id ?? '', count };
  }
  async forgetAttempt(id: string): Promise<void> {
    if (id) await this.c('attempts').doc(id).remove();
  }

  private sessionOf(d: Doc): SessionRecord {
    return { ...(strip(d) as unknown as SessionRecord), id: d._id as string, track: textToTrack(d.track) };
  }
  async listSessions(filter: { orgId: string; occupationId?: string; track?: Track; month?: string }): Promise<SessionRecord[]> {
    // Queried by the indexed fields (collections.ts); occupation and track are picked from an organisation's few sessions here.
    const docs = await this.all(this.c('sessions').where(filter.month !== undefined ? { orgId: filter.orgId, month: filter.month } : { orgId: filter.orgId }));
    return docs
      .map((d) => this.sessionOf(d))
      .filter((s) => (filter.occupationId === undefined || s.occupationId === filter.occupationId) && (filter.track === undefined || s.track === filter.track))
      .sort((a, b) => `${a.month}${a.date ?? ''}${a.startTime}${a.id}`.localeCompare(`${b.month}${b.date ?? ''}${b.startTime}${b.id}`));
  }
  async getSession(id: string): Promise<SessionRecord | null> {
    const d = await this.one('sessions', id);
    return d ? this.sessionOf(d) : null;
  }
  async putSession(s: SessionRecord): Promise<void> {
    const { id, ...rest } = s;
    await this.c('sessions').doc(id).set({ ...rest, track: trackToText(s.track) });
  }
  async rolloverSession(session: SessionRecord, newDate: string | null): Promise<number> {
    await this.putSession(session);
    const count = (await this.c('tickets').where({ sessionId: session.id }).count()).total;
    if (newDate !== null) await this.c('tickets').where({ sessionId: session.id }).update({ examDate: newDate });
    return count;
  }

  private ticketOf(d: Doc): TicketRecord {
    return { ...(strip(d) as unknown as TicketRecord), id: d._id as string, track: textToTrack(d.track) };
  }
  async ticketsOf(idHash: string): Promise<TicketRecord[]> {
    return (await this.all(this.c('tickets').where({ idHash })))
      .map((d) => this.ticketOf(d))
      .sort((a, b) => a.examDate.localeCompare(b.examDate) || (a.ticketNumber < b.ticketNumber ? -1 : a.ticketNumber > b.ticketNumber ? 1 : 0));
  }
  async ticketsOfOrg(orgId: string, filter: { month?: string; ticketNumbers?: string[] } = {}): Promise<TicketRecord[]> {
    if (filter.ticketNumbers) {
      return (await this.byIds('tickets', 'ticketNumber', filter.ticketNumbers)).map((d) => this.ticketOf(d)).filter((t) => t.orgId === orgId);
    }
    if (!filter.month) return (await this.all(this.c('tickets').where({ orgId }))).map((d) => this.ticketOf(d));
    const sessionIds = (await this.all(this.c('sessions').where({ orgId, month: filter.month }))).map((d) => d._id as string);
    const tickets: TicketRecord[] = [];
    for (let i = 0; i < sessionIds.length; i += 500) {
      tickets.push(...(await this.byKeyset('tickets', { orgId, sessionId: this.db.command.in(sessionIds.slice(i, i + 500)) }, 'ticketNumber')).map((d) => this.ticketOf(d)));
    }
    return tickets.sort((a, b) => (a.ticketNumber < b.ticketNumber ? -1 : a.ticketNumber > b.ticketNumber ? 1 : 0));
  }

  /** Every match in pages of 1000 ordered by a unique field, each page starting after the last one's key (no skip). */
  private async byKeyset(name: string, where: Record<string, unknown>, key: string): Promise<Doc[]> {
    const out: Doc[] = [];
    let after: unknown = null;
    for (;;) {
      const condition = after === null ? where : { ...where, [key]: this.db.command.gt(after) };
      const { data } = await this.c(name).where(condition).orderBy(key, 'asc').limit(PAGE).get();
      out.push(...data);
      if (data.length < PAGE) return out;
      after = data[data.length - 1][key];
    }
  }
  async ticketsOfSessions(sessionIds: string[]): Promise<TicketRecord[]> {
    return (await this.byIds('tickets', 'sessionId', sessionIds)).map((d) => this.ticketOf(d));
  }
  async ticketCountsBySession(orgId: string, month: string): Promise<Map<string, number>> {
    const sessionIds = (await this.all(this.c('sessions').where({ orgId, month }))).map((d) => d._id as string);
    const counts = new Map<string, number>();
    for (let i = 0; i < sessionIds.length; i += 500) {
      const chunk = sessionIds.slice(i, i + 500);
      // One grouped count per 500 sessions (a month has far fewer); `limit` lifts end()'s default of 20 rows.
      const { data } = await this.c('tickets')
        .aggregate()
        .match({ orgId, sessionId: this.db.command.in(chunk) })
        .group({ _id: '$sessionId', tickets: this.db.command.aggregate.sum(1) })
        .limit(chunk.length)
        .end();
      for (const row of data) counts.set(row._id as string, row.tickets as number);
    }
    return counts;
  }
  async resultsOf(ticketIds: string[]): Promise<ResultRecord[]> {
    return (await this.byIds('results', 'ticketId', ticketIds)).map((d) => strip(d) as unknown as ResultRecord);
  }

  /** The plan is kept in chunks beside a small head document: one document would meet the 16 MB limit near 25,000 rows. */
  async savePreview(p: StoredPreview): Promise<void> {
    const { id, rowsJson, ...head } = p;
    const chunks = Math.max(1, Math.ceil(rowsJson.length / PREVIEW_CHUNK_CHARS));
    for (let index = 0; index < chunks; index += 1) {
      const text = rowsJson.slice(index * PREVIEW_CHUNK_CHARS, (index + 1) * PREVIEW_CHUNK_CHARS);
      await this.c('previewChunks').doc(`${id}:${index}`).set({ previewId: id, index, text, expiresAt: p.expiresAt });
    }
    // The head is written last: a preview without it was never offered to staff.
    await this.c('previews').doc(id).set({ ...head, chunks });
  }
  async getPreview(id: string, orgId: string, now: number | null): Promise<StoredPreview | null> {
    const d = await this.one('previews', id);
    if (!d || d.orgId !== orgId || (now !== null && (d.expiresAt as number) < now)) return null;
    let rowsJson = '';
    for (let index = 0; index < (d.chunks as number); index += 1) {
      const chunk = await this.one('previewChunks', `${id}:${index}`);
      if (!chunk) return null;
      rowsJson += chunk.text as string;
    }
    const { chunks: _chunks, ...head } = strip(d);
    return { ...(head as unknown as Omit<StoredPreview, 'id' | 'rowsJson'>), id, rowsJson };
  }
  async takePreview(id: string, orgId: string, now: number): Promise<StoredPreview | null> {
    const found = await this.getPreview(id, orgId, null);
    if (!found) return null;
    await this.c('previews').doc(id).remove();
    await this.c('previewChunks').where({ previewId: id }).remove();
    return found.expiresAt < now ? null : found;
  }
  /** Removes previews (and their chunks) that expired before `before`, except those in `keep`. */
  async prunePreviews(before: number, keep: string[] = []): Promise<void> {
    const expired = keep.length > 0 ? { expiresAt: this.db.command.lt(before), _id: this.db.command.nin(keep) } : { expiresAt: this.db.command.lt(before) };
    await this.c('previews').where(expired).remove();
    const chunks = keep.length > 0 ? { expiresAt: this.db.command.lt(before), previewId: this.db.command.nin(keep) } : { expiresAt: this.db.command.lt(before) };
    await this.c('previewChunks').where(chunks).remove();
  }

  /** The stored documents under the plan's keys: one query per 500 ids per collection. */
  async storedRows(plan: ImportPlan): Promise<StoredRows> {
    await this.people();
    return {
      persons: (await this.byIds('persons', '_id', plan.persons.map(personIdOf))).map((d) => this.personOf(d)),
      candidates: (await this.byIds('candidates', '_id', plan.candidates.map(candidateIdOf))).map(candidateOf),
      tickets: (await this.byIds('tickets', '_id', plan.tickets.map((t) => t.id))).map((d) => this.ticketOf(d)),
      results: (await this.byIds('results', 'ticketId', plan.results.map((r) => r.ticketId))).map((d) => strip(d) as unknown as ResultRecord),
    };
  }

  /**
   * Writes rows in batches: one insert request per IMPORT_BATCH rows, those that replace a stored
   * document removed first in one request per batch. Not atomic on its own: the core applies a
   * confirm in recorded steps and finishes an interrupted one (core/imports.ts).
   */
  async writeRows(rows: ImportWrites, onProgress?: (written: number) => void): Promise<void> {
    const documents: [string, { id: string; data: Doc; replaces: boolean }[]][] = [
      ['persons', rows.persons.map(({ row, replaces }) => ({ id: personIdOf(row), data: { ...row }, replaces }))],
      ['candidates', rows.candidates.map(({ row, replaces }) => ({ id: candidateIdOf(row), data: { ...row, track: trackToText(row.track) }, replaces }))],
      ['tickets', rows.tickets.map(({ row: { id, ...rest }, replaces }) => ({ id, data: { ...rest, track: trackToText(rest.track) }, replaces }))],
      ['results', rows.results.map(({ row, replaces }) => ({ id: row.ticketId, data: { ...row }, replaces }))],
    ];
    let done = 0;
    for (const [name, writes] of documents) {
      for (let i = 0; i < writes.length; i += IMPORT_BATCH) {
        const batch = writes.slice(i, i + IMPORT_BATCH);
        const replaced = batch.filter((w) => w.replaces).map((w) => w.id);
        if (replaced.length > 0) await this.c(name).where({ _id: this.db.command.in(replaced) }).remove();
        await this.c(name).add(batch.map((w) => ({ ...w.data, _id: w.id })));
        done += batch.length;
        onProgress?.(done);
      }
    }
  }

  private documentOf(d: Doc): DocumentVersionRecord {
    return strip(d) as unknown as DocumentVersionRecord;
  }
  async listDocuments(orgId: string): Promise<DocumentVersionRecord[]> {
    const latest = new Map<string, DocumentVersionRecord>();
    for (const d of (await this.all(this.c('documents').where({ orgId }))).map((x) => this.documentOf(x))) {
      const seen = latest.get(d.documentId);
      if (!seen || seen.version < d.version) latest.set(d.documentId, d);
    }
    return [...latest.values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.documentId.localeCompare(b.documentId));
  }
  async documentVersions(documentId: string): Promise<DocumentVersionRecord[]> {
    return (await this.all(this.c('documents').where({ documentId }))).map((d) => this.documentOf(d)).sort((a, b) => b.version - a.version);
  }
  async putDocumentVersion(d: DocumentVersionRecord, bytes: Uint8Array): Promise<void> {
    const uploaded = await this.tcb.uploadFile({ cloudPath: d.blobKey, fileContent: Buffer.from(bytes) });
    await this.c('documents').doc(`${d.documentId}:v${d.version}`).set({ ...d, fileId: uploaded.fileID ?? '' });
  }
  async readBlob(blobKey: string): Promise<Uint8Array | null> {
    const docs = await this.all(this.c('documents').where({ blobKey }));
    const fileId = docs[0]?.fileId as string | undefined;
    if (!fileId) return null;
    const { fileContent } = await this.tcb.downloadFile({ fileID: fileId });
    return fileContent ? new Uint8Array(fileContent) : null;
  }
  /** The storage fileID of a document version, for temp URLs. */
  async fileIdOf(document: DocumentVersionRecord): Promise<string | null> {
    return ((await this.one('documents', `${document.documentId}:v${document.version}`))?.fileId as string | undefined) ?? null;
  }

  async listAnnouncements(orgId: string, includeWithdrawn: boolean): Promise<Announcement[]> {
    const docs = await this.all(this.c('announcements').where(includeWithdrawn ? { orgId } : { orgId, withdrawn: false }));
    return docs.map((d) => ({ ...(strip(d) as unknown as Announcement), id: d._id as string })).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }
  async getAnnouncement(id: string): Promise<Announcement | null> {
    const d = await this.one('announcements', id);
    return d ? { ...(strip(d) as unknown as Announcement), id } : null;
  }
  async putAnnouncement(a: Announcement): Promise<void> {
    const { id, ...rest } = a;
    await this.c('announcements').doc(id).set(rest);
  }

  async subscriptionsOf(identity: string, orgId?: string): Promise<Subscription[]> {
    const docs = await this.all(this.c('subscriptions').where(orgId ? { identity, orgId } : { identity }));
    return docs
      .map((d) => ({ id: d.id as string, orgId: d.orgId as string, kind: d.kind as ReminderKind, createdAt: d.createdAt as string }))
      .sort((a, b) => `${a.orgId}${a.kind}`.localeCompare(`${b.orgId}${b.kind}`));
  }
  async allSubscriptions(): Promise<(Subscription & { identity: string })[]> {
    return (await this.all(this.c('subscriptions'))).map(subscriptionOf);
  }
  async addSubscriptions(identity: string, subscriptions: Subscription[]): Promise<void> {
    for (const s of subscriptions) {
      const id = `${identity}:${s.orgId}:${s.kind}`;
      if (!(await this.one('subscriptions', id))) await this.c('subscriptions').doc(id).set({ ...s, identity });
    }
  }
  async removeSubscriptions(identity: string, orgId: string, kinds: ReminderKind[]): Promise<void> {
    for (const kind of kinds) {
      const id = `${identity}:${orgId}:${kind}`;
      if (await this.one('subscriptions', id)) await this.c('subscriptions').doc(id).remove();
    }
  }
  async claimOutbox(m: NewOutboxMessage, at: string): Promise<number | null> {
    // The dedupe key is the document id: one insert claims it, and CloudBase refuses a second.
    const numericId = nextSequenceId();
    try {
      await this.c('outbox').add({ ...m, _id: m.dedupeKey, numericId, createdAt: at, sentAt: null });
      this.claims.set(numericId, m.dedupeKey);
      return numericId;
    } catch (error) {
      if (isDuplicate(error)) return null;
      throw error;
    }
  }
  /**
   * The message this instance claimed under that number: its number alone could also be another
   * instance's (same millisecond, same random tail), so the document id narrows it to ours.
   */
  private claimed(outboxId: number): { numericId: number; _id?: string } {
    const key = this.claims.get(outboxId);
    return key === undefined ? { numericId: outboxId } : { numericId: outboxId, _id: key };
  }
  async markSent(outboxId: number, at: string): Promise<void> {
    await this.c('outbox').where(this.claimed(outboxId)).update({ sentAt: at });
    this.claims.delete(outboxId);
  }
  async listOutbox(orgId: string, limit: number): Promise<OutboxMessage[]> {
    const { data } = await this.c('outbox').where({ orgId }).orderBy('numericId', 'desc').limit(limit).get();
    return data.map((d) => ({
      id: d.numericId as number,
      orgId: d.orgId as string,
      kind: d.kind as ReminderKind,
      dedupeKey: d.dedupeKey as string,
      recipient: d.recipient as string,
      fields: d.fields as Record<string, string>,
      createdAt: d.createdAt as string,
      sentAt: (d.sentAt as string | null) ?? null,
    }));
  }

  async subscriptionsPage(after: string | null, limit: number): Promise<{ subscriptions: (Subscription & { identity: string })[]; next: string | null }> {
    // One request: a run looks at no more than one page (get() answers at most 1000).
    const where = after ? { _id: this.db.command.gt(after) } : {};
    const { data: docs } = await this.c('subscriptions').where(where).orderBy('_id', 'asc').limit(Math.min(limit, PAGE)).get();
    const subscriptions = docs.map(subscriptionOf);
    return { subscriptions, next: docs.length < Math.min(limit, PAGE) ? null : (docs[docs.length - 1]._id as string) };
  }
  async bindingsOf(identities: string[]): Promise<{ identity: string; idHash: string }[]> {
    return (await this.byIds('bindings', '_id', identities)).map((d) => ({ identity: d.identity as string, idHash: d.idHash as string }));
  }
  async ticketsOfPeople(idHashes: string[]): Promise<TicketRecord[]> {
    return (await this.byIds('tickets', 'idHash', idHashes)).map((d) => this.ticketOf(d));
  }
  async sessionsByIds(ids: string[]): Promise<SessionRecord[]> {
    return (await this.byIds('sessions', '_id', ids)).map((d) => this.sessionOf(d));
  }
  async claimedKeys(dedupeKeys: string[]): Promise<string[]> {
    return (await this.byIds('outbox', '_id', dedupeKeys)).map((d) => d._id as string);
  }
  async releaseOutbox(outboxId: number): Promise<void> {
    await this.c('outbox').where({ ...this.claimed(outboxId), sentAt: null }).remove();
    this.claims.delete(outboxId);
  }

  async appendAudit(e: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.c('audit').add({ ...e, id: nextSequenceId() });
  }
  async listAudit(orgId: string, limit: number): Promise<AuditEntry[]> {
    const { data } = await this.c('audit').where({ orgId }).orderBy('id', 'desc').limit(limit).get();
    return data.map((d) => strip(d) as unknown as AuditEntry);
  }

  async listNotices(orgId: string): Promise<NoticeRecord[]> {
    return (await this.all(this.c('notices').where({ orgId }))).map((d) => strip(d) as unknown as NoticeRecord).sort((a, b) => a.version - b.version);
  }
  async publishedNotices(): Promise<NoticeRecord[]> {
    const docs = await this.all(this.c('notices').where({ status: 'published' }));
    return docs.map((d) => strip(d) as unknown as NoticeRecord).sort((a, b) => a.orgId.localeCompare(b.orgId) || a.version - b.version);
  }
  async insertNotice(n: NoticeRecord): Promise<boolean> {
    // Organisation and version are the document id: one insert stores it, and CloudBase refuses a second.
    try {
      await this.c('notices').add({ ...n, _id: `${n.orgId}:${String(n.version)}` });
      return true;
    } catch (error) {
      if (isDuplicate(error)) return false;
      throw error;
    }
  }
  async withdrawNotice(orgId: string, version: number, at: string): Promise<boolean> {
    const result = (await this.c('notices').where({ orgId, version, status: 'published' }).update({ status: 'withdrawn', withdrawnAt: at })) as { updated?: number };
    return (result.updated ?? 0) > 0;
  }
  async addOrganisation(o: OrganisationRecord): Promise<boolean> {
    try {
      await this.c('organisations').add({ ...o, _id: o.id });
      return true;
    } catch (error) {
      if (isDuplicate(error)) return false;
      throw error;
    }
  }
  async listOrganisations(): Promise<OrganisationRecord[]> {
    const docs = await this.all(this.c('organisations'));
    return docs.map((d) => ({ id: d._id as string, name: d.name as string, addedAt: d.addedAt as string })).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  }
  async holidayArrangements(): Promise<HolidayRecord[]> {
    const docs = await this.all(this.c('holidays'));
    return docs.map((d) => strip(d) as unknown as HolidayRecord).sort((a, b) => a.year - b.year);
  }
  async putHolidayArrangement(h: HolidayRecord): Promise<void> {
    // The year is the document id: a later load of the year replaces the document whole.
    await this.c('holidays').doc(String(h.year)).set({ ...h });
  }

  async getMeta(key: string): Promise<string | null> {
    return ((await this.one('meta', key))?.value as string | undefined) ?? null;
  }
  async setMeta(key: string, value: string): Promise<void> {
    await this.c('meta').doc(key).set({ value });
  }

  async close(): Promise<void> {}

  /** One document per organisation holds its keys, so claiming and rotating are one transaction on one document. */
  private async keyring(tx: CbTransaction, orgId: string): Promise<{ ref: CbDocRef; keys: SigningKeyRecord[] }> {
    const ref = tx.collection(`${this.prefix}signing_keys`).doc(orgId);
    const { data } = (await ref.get()) as { data: Doc[] | Doc | null };
    // Inside a transaction the SDK answers the document itself; outside, a list of one.
    const doc = Array.isArray(data) ? data[0] : data;
    return { ref, keys: ((doc?.keys as SigningKeyRecord[] | undefined) ?? []).map((k) => ({ ...k })) };
  }
  async signingKeys(orgId: string): Promise<SigningKeyRecord[]> {
    return ((await this.one('signing_keys', orgId))?.keys as SigningKeyRecord[] | undefined) ?? [];
  }
  async claimSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord> {
    return (await this.db.runTransaction(async (tx) => {
      const { ref, keys } = await this.keyring(tx, key.orgId);
      const active = keys.find((k) => k.status === 'active');
      if (active) return active;
      const stored = { ...key, status: 'active' as const, retiredAt: null };
      await ref.set({ orgId: key.orgId, keys: [...keys, stored] });
      return stored;
    })) as SigningKeyRecord;
  }
  async rotateSigningKey(key: SigningKeyRecord, at: string): Promise<void> {
    await this.db.runTransaction(async (tx) => {
      const { ref, keys } = await this.keyring(tx, key.orgId);
      const retired = keys.map((k) => (k.status === 'active' ? { ...k, status: 'retired' as const, retiredAt: at } : k));
      await ref.set({ orgId: key.orgId, keys: [...retired, { ...key, status: 'active', retiredAt: null }] });
    });
  }

  async putCheckins(checkins: CheckinRecord[]): Promise<{ added: number; duplicates: number }> {
    let added = 0;
    // The ticket id is the document id: two devices syncing at once meet in one transaction per ticket.
    for (const c of checkins) {
      const isNew = await this.db.runTransaction(async (tx) => {
        const ref = tx.collection(`${this.prefix}checkins`).doc(c.ticketId);
        const { data } = (await ref.get()) as { data: Doc[] | Doc | null };
        const before = Array.isArray(data) ? data[0] : data;
        if (before && (before.at as string) <= c.at) return false;
        await ref.set({ ...c });
        return !before;
      });
      if (isNew) added += 1;
    }
    return { added, duplicates: checkins.length - added };
  }
  async checkinsOfSessions(sessionIds: string[]): Promise<CheckinRecord[]> {
    return (await this.byIds('checkins', 'sessionId', sessionIds))
      .map((d) => ({ ...(strip(d) as unknown as CheckinRecord), ticketId: d.ticketId as string }))
      .sort((a, b) => a.at.localeCompare(b.at) || a.ticketId.localeCompare(b.ticketId));
  }
}

function subscriptionOf(d: Doc): Subscription & { identity: string } {
  return { id: d.id as string, identity: d.identity as string, orgId: d.orgId as string, kind: d.kind as ReminderKind, createdAt: d.createdAt as string };
}

/** Person documents are keyed per organisation (see personOf). */
function personIdOf(p: PersonRecord): string {
  return `${p.orgId}:${p.idHash}`;
}

/** One application per organisation, person, occupation and track. */
function candidateIdOf(c: CandidateRecord): string {
  return `${c.orgId}:${c.idHash}:${c.occupationId}:${trackToText(c.track)}`;
}

function candidateOf(d: Doc): CandidateRecord {
  return { orgId: d.orgId as string, idHash: d.idHash as string, occupationId: d.occupationId as string, track: textToTrack(d.track), channel: d.channel as CandidateRecord['channel'], via: d.via as string };
}
