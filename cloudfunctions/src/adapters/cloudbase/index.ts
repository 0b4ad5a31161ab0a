/**
 * CloudBase adapter (@cloudbase/node-sdk). Selected only inside CloudBase or when
 * STORE=cloudbase; the SDK is required lazily here and nowhere else, because a
 * database call without credentials kills Node (see building-here.md).
 *
 * Collections mirror the SQLite tables; uniqueness comes from deterministic `_id`s
 * (ticket id from org + ticket number, outbox id from the reminder's dedupe key).
 * Imports are written in transactions of at most 100 documents; if any chunk fails,
 * the documents already written are restored from the copies read beforehand. A
 * function killed mid-import (timeout) can leave part written: on CloudBase the
 * all-or-nothing guarantee holds for failures, not for kills (the SQLite adapter
 * holds it for both).
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
  CheckinRecord,
  DocumentVersionRecord,
  ImportPlan,
  ImportTotals,
  NewOutboxMessage,
  PersonRecord,
  ResultRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  StoredPreview,
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
  add(data: object): Promise<{ id?: string }>;
}
interface CbTransaction {
  collection(name: string): { doc(id: string): CbDocRef };
}
interface CbDb {
  collection(name: string): CbCollection;
  command: { in(values: unknown[]): unknown; gte(value: unknown): unknown; aggregate: { sum(value: unknown): unknown } };
  runTransaction(callback: (tx: CbTransaction) => Promise<unknown>): Promise<unknown>;
}
export interface CbApp {
  database(): CbDb;
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: Buffer }>;
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

const PAGE = 1000;
const CHUNK = 100;

function strip(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

export function credentialsPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TCB_ENV && ((env.TENCENTCLOUD_SECRETID && env.TENCENTCLOUD_SECRETKEY) || env.TCB_CONTEXT_KEYS));
}

export class CloudbaseStore implements Store {
  readonly kind = 'cloudbase' as const;
  private readonly db: CbDb;

  constructor(private readonly tcb: CbApp, private readonly prefix = '') {
    this.db = tcb.database();
  }

  private c(name: string): CbCollection {
    return this.db.collection(`${this.prefix}${name}`);
  }

  private async all(query: CbQuery): Promise<Doc[]> {
    const out: Doc[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.skip(skip).limit(PAGE).get();
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

  /** Person documents hold the whole record, idHash included (see writesOf). */
  private personOf(d: Doc): PersonRecord {
    return { idHash: d.idHash as string, name: d.name as string, maskedIdNumber: d.maskedIdNumber as string };
  }
  async getPerson(idHash: string): Promise<PersonRecord | null> {
    const d = await this.one('persons', idHash);
    return d ? this.personOf(d) : null;
  }
  async personsByHash(idHashes: string[]): Promise<PersonRecord[]> {
    return (await this.byIds('persons', 'idHash', idHashes)).map((d) => this.personOf(d));
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

  async recordFailure(key: string, at: number): Promise<void> {
    await this.c('failures').add({ key, at });
  }
  async countFailures(key: string, since: number): Promise<number> {
    return (await this.c('failures').where({ key, at: this.db.command.gte(since) }).count()).total;
  }

  private sessionOf(d: Doc): SessionRecord {
    return { ...(strip(d) as unknown as SessionRecord), id: d._id as string, track: textToTrack(d.track) };
  }
  async listSessions(filter: { orgId: string; occupationId?: string; track?: Track; month?: string }): Promise<SessionRecord[]> {
    const where: Record<string, unknown> = { orgId: filter.orgId };
    if (filter.occupationId !== undefined) where.occupationId = filter.occupationId;
    if (filter.track !== undefined) where.track = trackToText(filter.track);
    if (filter.month !== undefined) where.month = filter.month;
    const docs = await this.all(this.c('sessions').where(where));
    return docs
      .map((d) => this.sessionOf(d))
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
    return (await this.all(this.c('tickets').where({ idHash }))).map((d) => this.ticketOf(d)).sort((a, b) => a.examDate.localeCompare(b.examDate));
  }
  async ticketsOfOrg(orgId: string, filter: { month?: string; ticketNumbers?: string[] } = {}): Promise<TicketRecord[]> {
    if (filter.ticketNumbers) {
      return (await this.byIds('tickets', 'ticketNumber', filter.ticketNumbers)).map((d) => this.ticketOf(d)).filter((t) => t.orgId === orgId);
    }
    const tickets = (await this.all(this.c('tickets').where({ orgId }))).map((d) => this.ticketOf(d));
    if (!filter.month) return tickets;
    const sessions = new Set((await this.listSessions({ orgId, month: filter.month })).map((s) => s.id));
    return tickets.filter((t) => sessions.has(t.sessionId)).sort((a, b) => a.ticketNumber.localeCompare(b.ticketNumber));
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

  async savePreview(p: StoredPreview): Promise<void> {
    const { id, ...rest } = p;
    await this.c('previews').doc(id).set(rest);
  }
  async takePreview(id: string, orgId: string, now: number): Promise<StoredPreview | null> {
    const d = await this.one('previews', id);
    if (!d || d.orgId !== orgId) return null;
    await this.c('previews').doc(id).remove();
    if ((d.expiresAt as number) < now) return null;
    return { ...(strip(d) as unknown as StoredPreview), id };
  }

  /** Each document the plan writes: collection, id, new content, and the stored copy (null if new). */
  private async writesOf(plan: ImportPlan): Promise<{ name: string; id: string; data: Doc; before: Doc | null }[]> {
    const writes: { name: string; id: string; data: Doc; before: Doc | null }[] = [];
    const persons = new Map((await this.byIds('persons', 'idHash', plan.persons.map((p) => p.idHash))).map((d) => [d._id as string, d]));
    for (const p of plan.persons) writes.push({ name: 'persons', id: p.idHash, data: { ...p }, before: persons.get(p.idHash) ?? null });
    for (const c of plan.candidates) {
      const id = `${c.orgId}:${c.idHash}:${c.occupationId}:${trackToText(c.track)}`;
      writes.push({ name: 'candidates', id, data: { ...c, track: trackToText(c.track) }, before: await this.one('candidates', id) });
    }
    const tickets = new Map((await this.byIds('tickets', '_id', plan.tickets.map((t) => t.id))).map((d) => [d._id as string, d]));
    for (const t of plan.tickets) {
      const { id, ...rest } = t;
      writes.push({ name: 'tickets', id, data: { ...rest, track: trackToText(t.track) }, before: tickets.get(id) ?? null });
    }
    const results = new Map((await this.byIds('results', 'ticketId', plan.results.map((r) => r.ticketId))).map((d) => [d._id as string, d]));
    for (const r of plan.results) writes.push({ name: 'results', id: r.ticketId, data: { ...r }, before: results.get(r.ticketId) ?? null });
    return writes;
  }

  async diffImport(plan: ImportPlan): Promise<ImportTotals> {
    const primary = plan.kind === 'tickets' ? 'tickets' : plan.kind === 'results' ? 'results' : 'candidates';
    const totals: ImportTotals = { added: 0, updated: 0, unchanged: 0 };
    for (const w of await this.writesOf(plan)) {
      if (w.name !== primary) continue;
      if (!w.before) totals.added += 1;
      else if (JSON.stringify(Object.entries(strip(w.before)).sort()) === JSON.stringify(Object.entries(w.data).sort()) || sameOutcome(w, plan)) totals.unchanged += 1;
      else totals.updated += 1;
    }
    return totals;
  }

  async applyImport(plan: ImportPlan, onProgress?: (written: number) => void): Promise<ImportTotals> {
    const totals = await this.diffImport(plan);
    const writes = await this.writesOf(plan);
    let done = 0;
    try {
      for (let i = 0; i < writes.length; i += CHUNK) {
        const chunk = writes.slice(i, i + CHUNK);
        await this.db.runTransaction(async (tx) => {
          for (const w of chunk) await tx.collection(`${this.prefix}${w.name}`).doc(w.id).set(w.data);
        });
        done = i + chunk.length;
        onProgress?.(done);
      }
    } catch (error) {
      // Put back what the committed chunks changed, newest first.
      for (const w of writes.slice(0, done).reverse()) {
        const ref = this.c(w.name).doc(w.id);
        await (w.before ? ref.set(strip(w.before)) : ref.remove());
      }
      throw error;
    }
    return totals;
  }

  private documentOf(d: Doc): DocumentVersionRecord {
    return strip(d) as unknown as DocumentVersionRecord;
  }
  async listDocuments(filter: { orgId: string; occupationId?: string }): Promise<DocumentVersionRecord[]> {
    const latest = new Map<string, DocumentVersionRecord>();
    for (const d of (await this.all(this.c('documents').where({ orgId: filter.orgId }))).map((x) => this.documentOf(x))) {
      const seen = latest.get(d.documentId);
      if (!seen || seen.version < d.version) latest.set(d.documentId, d);
    }
    return [...latest.values()]
      .filter((d) => filter.occupationId === undefined || d.occupationId === filter.occupationId || d.occupationId === null)
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.documentId.localeCompare(b.documentId));
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
    return (await this.all(this.c('subscriptions'))).map((d) => ({
      id: d.id as string,
      identity: d.identity as string,
      orgId: d.orgId as string,
      kind: d.kind as ReminderKind,
      createdAt: d.createdAt as string,
    }));
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
    // The dedupe key is the document id: the transaction creates it only if it is not there.
    const numericId = Date.now() * 1000 + Math.floor(Math.random() * 1000);
    const claimed = await this.db.runTransaction(async (tx) => {
      const ref = tx.collection(`${this.prefix}outbox`).doc(m.dedupeKey);
      const { data } = await ref.get();
      if (data.length > 0) return false;
      await ref.set({ ...m, numericId, createdAt: at, sentAt: null });
      return true;
    });
    return claimed ? numericId : null;
  }
  async markSent(outboxId: number, at: string): Promise<void> {
    await this.c('outbox').where({ numericId: outboxId }).update({ sentAt: at });
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

  async appendAudit(e: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.c('audit').add({ ...e, id: Date.now() * 1000 + Math.floor(Math.random() * 1000) });
  }
  async listAudit(orgId: string, limit: number): Promise<AuditEntry[]> {
    const { data } = await this.c('audit').where({ orgId }).orderBy('id', 'desc').limit(limit).get();
    return data.map((d) => strip(d) as unknown as AuditEntry);
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

/** Result rows compare on outcomes only (publishedOn changes with the day of import). */
function sameOutcome(w: { name: string; data: Doc; before: Doc | null }, plan: ImportPlan): boolean {
  if (w.name !== 'results' || !w.before || plan.kind !== 'results') return false;
  return ['theory', 'practical', 'review', 'marking'].every((k) => w.before?.[k] === w.data[k]);
}
