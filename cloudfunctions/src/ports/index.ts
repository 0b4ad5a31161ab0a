/**
 * The data ports: what the core needs from storage, one small interface per aggregate, nothing
 * about how it is stored. Two adapters implement all of them (embedded SQLite for the local runner
 * and tests, CloudBase in production); each runtime's composition root builds one adapter and
 * hands it to the core as `app.store` (runtime/local.ts, runtime/cloudbase.ts), and each core
 * function names the ports it uses (core/app.ts `AppWith`). The domain's rules — which import
 * rows changed, how long failed guesses and previews are kept, which documents apply to an
 * occupation — live in the core; a port only stores and finds.
 * Every method is atomic on its own; a write of many rows is whole-or-nothing unless its port
 * says it is written in steps, so the core never needs a transaction handle.
 */
import type {
  Announcement,
  AuditEntry,
  Channel,
  DocumentKind,
  HolidayArrangement,
  NoticeDocument,
  ImportKind,
  OutboxMessage,
  ReminderKind,
  SavedProfile,
  SessionRollover,
  SessionStatus,
  Subscription,
  Track,
  Venue,
} from '@skills/shared';

/** A session as stored; names and labels are added by the core from the rules module. */
export interface SessionRecord {
  id: string;
  orgId: string;
  occupationId: string;
  track: Track;
  month: string;
  date: string | null;
  startTime: string;
  endTime: string;
  venue: Venue;
  capacity: number;
  status: SessionStatus;
  rollovers: SessionRollover[];
  demo: boolean;
}

/**
 * A person as one organisation knows them, keyed by (orgId, keyed hash of their 身份证号).
 * Each organisation keeps its own record: nothing one imports reveals or changes another's.
 * The same person at two organisations is two records; the candidate's own binding (by
 * ID hash) joins them.
 */
export interface PersonRecord {
  orgId: string;
  idHash: string;
  name: string;
  maskedIdNumber: string;
}

/** An application (报名) read from a candidates import. */
export interface CandidateRecord {
  orgId: string;
  idHash: string;
  occupationId: string;
  track: Track;
  channel: Channel;
  /** 报名渠道: training school or college, '' when none. */
  via: string;
}

export interface TicketRecord {
  id: string;
  orgId: string;
  ticketNumber: string;
  idHash: string;
  occupationId: string;
  track: Track;
  channel: Channel;
  sessionId: string;
  examDate: string;
  examTime: string;
  venue: Venue;
  room: string;
  seat: string;
  demo: boolean;
}

export type OutcomeText = 'pass' | 'fail' | 'absent';

export interface ResultRecord {
  ticketId: string;
  orgId: string;
  theory: OutcomeText;
  practical: OutcomeText;
  review: OutcomeText | null;
  /** 阅卷或工件检测: results take 30 working days instead of 20. */
  marking: boolean;
  publishedOn: string;
}

export interface DocumentVersionRecord {
  documentId: string;
  orgId: string;
  occupationId: string | null;
  kind: DocumentKind;
  title: string;
  fileName: string;
  version: number;
  size: number;
  sha256: string;
  blobKey: string;
  publishedOn: string;
  demo: boolean;
}

/** What one import writes, already validated; applying it is whole-or-nothing. */
export interface ImportPlan {
  orgId: string;
  kind: ImportKind;
  persons: PersonRecord[];
  candidates: CandidateRecord[];
  tickets: TicketRecord[];
  results: ResultRecord[];
}

export interface ImportTotals {
  added: number;
  updated: number;
  unchanged: number;
}

export interface StoredPreview {
  id: string;
  orgId: string;
  actor: string;
  kind: ImportKind;
  fileName: string;
  /** The recognised rows, re-validated at confirm time. */
  rowsJson: string;
  expiresAt: number;
}

export interface NewOutboxMessage {
  orgId: string;
  kind: ReminderKind;
  dedupeKey: string;
  recipient: string;
  fields: Record<string, string>;
}

/** An organisation's ticket-signing key. The private key never leaves the functions. */
export interface SigningKeyRecord {
  keyId: string;
  orgId: string;
  /** Raw 32-byte Ed25519 public key, base64url. */
  publicKey: string;
  /** PKCS#8 DER of the Ed25519 private key, base64. */
  privateKey: string;
  status: 'active' | 'retired';
  createdAt: string;
  retiredAt: string | null;
}

/** A venue check-in as kept by the functions: one per ticket, the earliest time wins. */
export interface CheckinRecord {
  ticketId: string;
  orgId: string;
  sessionId: string;
  at: string;
  method: 'code' | 'number';
  deviceId: string;
}

/** A notice document an organisation published; a version is stored once and never overwritten. */
export interface NoticeRecord {
  orgId: string;
  version: number;
  status: 'published' | 'withdrawn';
  document: NoticeDocument;
  publishedAt: string;
  /** The staff identity that published it. */
  publishedBy: string;
  /** The `documents` entry (kind `notice`) holding the published notice's PDF. */
  pdfDocumentId: string | null;
  withdrawnAt: string | null;
}

/** An organisation the operator registered, so its staff can be added and it can publish its first notice. */
export interface OrganisationRecord {
  id: string;
  name: string;
  addedAt: string;
}

/** A year's holiday arrangement the operator loaded (npm run holidays -- load); it replaces the bundled one of its year. */
export interface HolidayRecord {
  year: number;
  arrangement: HolidayArrangement;
  loadedAt: string;
}

/** Published notices, registered organisations and loaded holiday arrangements: what the rulebook is built from. */
export interface NoticePort {
  /** The organisation's notices, every status, by version. */
  listNotices(orgId: string): Promise<NoticeRecord[]>;
  /** Every organisation's published (not withdrawn) notices, by organisation and version. */
  publishedNotices(): Promise<NoticeRecord[]>;
  /** False when the organisation already has that version: a version is never overwritten. */
  insertNotice(notice: NoticeRecord): Promise<boolean>;
  /** False when there is no such published version. */
  withdrawNotice(orgId: string, version: number, at: string): Promise<boolean>;
  /** False when the id is already registered. */
  addOrganisation(organisation: OrganisationRecord): Promise<boolean>;
  listOrganisations(): Promise<OrganisationRecord[]>;
  /** Every loaded arrangement, oldest year first. */
  holidayArrangements(): Promise<HolidayRecord[]>;
  /** Stores the year's arrangement, replacing one loaded before for that year. */
  putHolidayArrangement(record: HolidayRecord): Promise<void>;
}

/** The staff allow-list: who may act for an organisation. */
export interface StaffPort {
  staffOrgs(identity: string): Promise<string[]>;
  listStaff(orgId?: string): Promise<{ orgId: string; identity: string; addedAt: string }[]>;
  /** False when already listed. */
  addStaff(orgId: string, identity: string, at: string): Promise<boolean>;
  /** False when not listed. */
  removeStaff(orgId: string, identity: string): Promise<boolean>;
}

/** Profiles a candidate chose to save. */
export interface ProfilePort {
  getProfile(identity: string): Promise<SavedProfile | null>;
  putProfile(identity: string, profile: SavedProfile): Promise<void>;
  deleteProfile(identity: string): Promise<boolean>;
}

/** People as each organisation knows them, and candidates' bindings to them. */
export interface PeoplePort {
  /** Every organisation's record of this person (for the candidate's own binding only). */
  personsOf(idHash: string): Promise<PersonRecord[]>;
  /** The organisation's own records of these people; other organisations' are never read. */
  personsByHash(orgId: string, idHashes: string[]): Promise<PersonRecord[]>;
  getBinding(identity: string): Promise<string | null>;
  putBinding(identity: string, idHash: string, at: string): Promise<void>;
  deleteBinding(identity: string): Promise<boolean>;
  /** Identities bound to any of these people (for reminders). */
  identitiesBoundTo(idHashes: string[]): Promise<{ identity: string; idHash: string }[]>;
  /** The bindings of these identities (those that have one). */
  bindingsOf(identities: string[]): Promise<{ identity: string; idHash: string }[]>;
}

/**
 * Failed guesses and binding attempts, counted per key. How long they are kept is the core's rule
 * (core/app.ts `GUESS_RETENTION_MS`): each recorded failure names the time before which old ones go.
 */
export interface LimiterPort {
  /**
   * Records a failure under `key`, and removes every failure and attempt older than `pruneBefore`
   * (attempts outlive their call only when it failed, so failures are when they pile up).
   */
  recordFailure(key: string, at: number, pruneBefore: number): Promise<void>;
  countFailures(key: string, since: number): Promise<number>;
  /**
   * Records one attempt under `key` and answers its id and how many attempts the key holds from
   * `since` on, this one included. The insert and the count are each atomic, so of any number of
   * concurrent callers at most `limit` see a count ≤ `limit`.
   */
  takeAttempt(key: string, at: number, since: number): Promise<{ id: string; count: number }>;
  /** Removes an attempt taken above (a success, or one refused before it was tried). */
  forgetAttempt(id: string): Promise<void>;
}

export interface SessionPort {
  /** Ordered by month, date, start time, id. */
  listSessions(filter: { orgId: string; occupationId?: string; track?: Track; month?: string }): Promise<SessionRecord[]>;
  getSession(id: string): Promise<SessionRecord | null>;
  sessionsByIds(ids: string[]): Promise<SessionRecord[]>;
  putSession(session: SessionRecord): Promise<void>;
  /** Moves a session and its tickets' exam dates together; answers how many tickets it has. */
  rolloverSession(session: SessionRecord, newDate: string | null): Promise<number>;
  /**
   * Tickets per session of the organisation's sessions in that assessment month, counted by
   * the store in one grouped query; sessions without tickets are absent from the map.
   */
  ticketCountsBySession(orgId: string, month: string): Promise<Map<string, number>>;
}

/** Tickets and results, as imports wrote them. */
export interface TicketPort {
  /** Ordered by exam date, then ticket number. */
  ticketsOf(idHash: string): Promise<TicketRecord[]>;
  /** Ordered by ticket number; `month` is the sessions' assessment month. */
  ticketsOfOrg(orgId: string, filter?: { month?: string; ticketNumbers?: string[] }): Promise<TicketRecord[]>;
  ticketsOfSessions(sessionIds: string[]): Promise<TicketRecord[]>;
  /** Every ticket of these people. */
  ticketsOfPeople(idHashes: string[]): Promise<TicketRecord[]>;
  resultsOf(ticketIds: string[]): Promise<ResultRecord[]>;
}

/** What is stored under the keys of an import plan (people, applications, tickets by id, results by ticket). */
export interface StoredRows {
  persons: PersonRecord[];
  candidates: CandidateRecord[];
  tickets: TicketRecord[];
  results: ResultRecord[];
}

/** One row an import writes; `replaces`: a stored row with its key exists (the core read it through `storedRows`). */
export interface RowWrite<T> {
  row: T;
  replaces: boolean;
}

/** The rows of a plan that differ from what is stored, in the order they are written. */
export interface ImportWrites {
  persons: RowWrite<PersonRecord>[];
  candidates: RowWrite<CandidateRecord>[];
  tickets: RowWrite<TicketRecord>[];
  results: RowWrite<ResultRecord>[];
}

/** Import previews, and the rows an import writes. Which rows changed is decided by the core (core/importRules.ts). */
export interface ImportPort {
  /** Rows written per recorded step of a confirm; absent: the whole plan in one atomic step. */
  readonly importBatch?: number;
  savePreview(preview: StoredPreview): Promise<void>;
  /** Reads the preview without consuming it; null when missing, another organisation's, or expired before `now` (null: never). */
  getPreview(id: string, orgId: string, now: number | null): Promise<StoredPreview | null>;
  /** Removes previews that expired before `before`, except those in `keep` (imports being written). */
  prunePreviews(before: number, keep?: string[]): Promise<void>;
  /** Returns and consumes the preview; null when missing, used or expired. */
  takePreview(id: string, orgId: string, now: number): Promise<StoredPreview | null>;
  /** The stored records under the plan's keys (those that exist). */
  storedRows(plan: ImportPlan): Promise<StoredRows>;
  /**
   * Writes these rows, each replacing what is stored under its key (`replaces`: something is): in
   * one transaction when the port has no `importBatch`, otherwise in batches of that size.
   * `onProgress` lets a test kill it mid-way.
   */
  writeRows(rows: ImportWrites, onProgress?: (written: number) => void): Promise<void>;
}

export interface DocumentPort {
  /** The newest version of each of the organisation's documents, newest publication first. */
  listDocuments(orgId: string): Promise<DocumentVersionRecord[]>;
  /** Newest version first. */
  documentVersions(documentId: string): Promise<DocumentVersionRecord[]>;
  putDocumentVersion(version: DocumentVersionRecord, bytes: Uint8Array): Promise<void>;
  readBlob(blobKey: string): Promise<Uint8Array | null>;
}

export interface AnnouncementPort {
  /** Newest first. */
  listAnnouncements(orgId: string, includeWithdrawn: boolean): Promise<Announcement[]>;
  getAnnouncement(id: string): Promise<Announcement | null>;
  putAnnouncement(announcement: Announcement): Promise<void>;
}

export interface SubscriptionPort {
  subscriptionsOf(identity: string, orgId?: string): Promise<Subscription[]>;
  allSubscriptions(): Promise<(Subscription & { identity: string })[]>;
  /** One per identity, organisation and kind: adding one that exists changes nothing. */
  addSubscriptions(identity: string, subscriptions: Subscription[]): Promise<void>;
  removeSubscriptions(identity: string, orgId: string, kinds: ReminderKind[]): Promise<void>;
  /**
   * Up to `limit` subscriptions after the cursor, in a stable order; `next` is the cursor for
   * the following page, null after the last one (the caller starts again from null).
   */
  subscriptionsPage(after: string | null, limit: number): Promise<{ subscriptions: (Subscription & { identity: string })[]; next: string | null }>;
}

/**
 * Reminders to send, at most once each. A claim is the one insert of the message under its
 * dedupe key: the caller that inserted it sends it; everyone else sees the key taken.
 */
export interface OutboxPort {
  /** Which of these dedupe keys are already in the outbox. */
  claimedKeys(dedupeKeys: string[]): Promise<string[]>;
  /** Inserts the message unless its dedupe key exists; its id when this call claimed it, null otherwise. */
  claimOutbox(message: NewOutboxMessage, at: string): Promise<number | null>;
  markSent(outboxId: number, at: string): Promise<void>;
  /** Gives a claim back (the send certainly did not happen), so a later run may claim it again; a sent one stays. */
  releaseOutbox(outboxId: number): Promise<void>;
  /** Newest first. */
  listOutbox(orgId: string, limit: number): Promise<OutboxMessage[]>;
}

export interface AuditPort {
  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first. */
  listAudit(orgId: string, limit: number): Promise<AuditEntry[]>;
}

/** Small named values (demo seeded, import jobs, the reminder sweep's cursor). */
export interface MetaPort {
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
}

/** Ticket-signing keys: one active key per organisation, whoever stores one first. */
export interface SigningKeyPort {
  signingKeys(orgId: string): Promise<SigningKeyRecord[]>;
  /** Stores `key` as the organisation's active key unless it has one; answers the active key either way. */
  claimSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord>;
  /** Retires the active key (at `at`) and stores `key` as the active one, in one step. */
  rotateSigningKey(key: SigningKeyRecord, at: string): Promise<void>;
}

/** Venue check-ins: one per ticket, the earliest time wins (two devices may sync the same ticket at once). */
export interface CheckinPort {
  /** Idempotent by ticket id; an earlier time replaces a later one. `added` counts tickets new to the store. */
  putCheckins(checkins: CheckinRecord[]): Promise<{ added: number; duplicates: number }>;
  /** Ordered by time, then ticket id. */
  checkinsOfSessions(sessionIds: string[]): Promise<CheckinRecord[]>;
}

/**
 * Optional: a token that changes on every write to the data, by this process or any other.
 * Adapters that can say so (SQLite) let the core reuse answers between writes.
 */
export interface VersionPort {
  dataVersion?(): string;
}

/** One adapter: every port, built once per runtime by its composition root. */
export interface Store
  extends StaffPort,
    ProfilePort,
    PeoplePort,
    LimiterPort,
    SessionPort,
    TicketPort,
    ImportPort,
    DocumentPort,
    AnnouncementPort,
    SubscriptionPort,
    OutboxPort,
    AuditPort,
    MetaPort,
    SigningKeyPort,
    CheckinPort,
    NoticePort,
    VersionPort {
  readonly kind: 'sqlite' | 'cloudbase';
  close(): Promise<void>;
}
