/**
 * The data port: what the core needs from storage, nothing about how it is stored.
 * Two adapters implement it: embedded SQLite (local runner, tests) and CloudBase.
 * Every method is atomic on its own; methods that write many rows (imports, outbox
 * claims) are whole-or-nothing, so the core never needs a transaction handle.
 */
import type {
  Announcement,
  AuditEntry,
  Channel,
  DocumentKind,
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

export interface Store {
  readonly kind: 'sqlite' | 'cloudbase';

  // staff allow-list
  staffOrgs(identity: string): Promise<string[]>;
  listStaff(orgId?: string): Promise<{ orgId: string; identity: string; addedAt: string }[]>;
  addStaff(orgId: string, identity: string, at: string): Promise<boolean>;
  removeStaff(orgId: string, identity: string): Promise<boolean>;

  // profiles (opt-in)
  getProfile(identity: string): Promise<SavedProfile | null>;
  putProfile(identity: string, profile: SavedProfile): Promise<void>;
  deleteProfile(identity: string): Promise<boolean>;

  // people and bindings
  /** Every organisation's record of this person (for the candidate's own binding only). */
  personsOf(idHash: string): Promise<PersonRecord[]>;
  getBinding(identity: string): Promise<string | null>;
  putBinding(identity: string, idHash: string, at: string): Promise<void>;
  deleteBinding(identity: string): Promise<boolean>;
  /** Identities bound to any of these people (for reminders). */
  identitiesBoundTo(idHashes: string[]): Promise<{ identity: string; idHash: string }[]>;

  // rate limiting
  recordFailure(key: string, at: number): Promise<void>;
  countFailures(key: string, since: number): Promise<number>;
  /**
   * Records one attempt under `key` and answers its id and how many attempts the key holds
   * from `since` on, this one included. The insert and the count are each atomic, so of
   * any number of concurrent callers at most `limit` see a count ≤ `limit`.
   */
  takeAttempt(key: string, at: number, since: number): Promise<{ id: string; count: number }>;
  /** Removes an attempt taken above (a success, or one refused before it was tried). */
  forgetAttempt(id: string): Promise<void>;

  // sessions
  listSessions(filter: { orgId: string; occupationId?: string; track?: Track; month?: string }): Promise<SessionRecord[]>;
  getSession(id: string): Promise<SessionRecord | null>;
  putSession(session: SessionRecord): Promise<void>;
  /** Moves a session and its tickets' exam dates together. */
  rolloverSession(session: SessionRecord, newDate: string | null): Promise<number>;

  // tickets and results
  ticketsOf(idHash: string): Promise<TicketRecord[]>;
  ticketsOfOrg(orgId: string, filter?: { month?: string; ticketNumbers?: string[] }): Promise<TicketRecord[]>;
  ticketsOfSessions(sessionIds: string[]): Promise<TicketRecord[]>;
  /**
   * Tickets per session of the organisation's sessions in that assessment month, counted by
   * the store in one grouped query; sessions without tickets are absent from the map.
   */
  ticketCountsBySession(orgId: string, month: string): Promise<Map<string, number>>;
  resultsOf(ticketIds: string[]): Promise<ResultRecord[]>;
  /** The organisation's own records of these people; other organisations' are never read. */
  personsByHash(orgId: string, idHashes: string[]): Promise<PersonRecord[]>;

  // imports
  /** Rows written per recorded step of a confirm; absent: the whole plan in one atomic step. */
  readonly importBatch?: number;
  savePreview(preview: StoredPreview): Promise<void>;
  /** Reads the preview without consuming it; null when missing, another organisation's, or expired before `now` (null: never). */
  getPreview(id: string, orgId: string, now: number | null): Promise<StoredPreview | null>;
  /** Removes previews that expired before `before`, except those in `keep` (imports being written). */
  prunePreviews(before: number, keep?: string[]): Promise<void>;
  /** Returns and consumes the preview; null when missing, used or expired. */
  takePreview(id: string, orgId: string, now: number): Promise<StoredPreview | null>;
  /** Writes the whole plan in one transaction, or nothing; `onProgress` lets a test kill it mid-way. */
  applyImport(plan: ImportPlan, onProgress?: (written: number) => void): Promise<ImportTotals>;
  /** What applying would change, without writing. */
  diffImport(plan: ImportPlan): Promise<ImportTotals>;

  // documents
  listDocuments(filter: { orgId: string; occupationId?: string }): Promise<DocumentVersionRecord[]>;
  documentVersions(documentId: string): Promise<DocumentVersionRecord[]>;
  putDocumentVersion(version: DocumentVersionRecord, bytes: Uint8Array): Promise<void>;
  readBlob(blobKey: string): Promise<Uint8Array | null>;

  // announcements
  listAnnouncements(orgId: string, includeWithdrawn: boolean): Promise<Announcement[]>;
  getAnnouncement(id: string): Promise<Announcement | null>;
  putAnnouncement(announcement: Announcement): Promise<void>;

  // subscriptions and outbox
  subscriptionsOf(identity: string, orgId?: string): Promise<Subscription[]>;
  allSubscriptions(): Promise<(Subscription & { identity: string })[]>;
  addSubscriptions(identity: string, subscriptions: Subscription[]): Promise<void>;
  removeSubscriptions(identity: string, orgId: string, kinds: ReminderKind[]): Promise<void>;
  /**
   * Up to `limit` subscriptions after the cursor, in a stable order; `next` is the cursor for
   * the following page, null after the last one (the caller starts again from null).
   */
  subscriptionsPage(after: string | null, limit: number): Promise<{ subscriptions: (Subscription & { identity: string })[]; next: string | null }>;
  /** The bindings of these identities (those that have one). */
  bindingsOf(identities: string[]): Promise<{ identity: string; idHash: string }[]>;
  /** Every ticket of these people. */
  ticketsOfPeople(idHashes: string[]): Promise<TicketRecord[]>;
  sessionsByIds(ids: string[]): Promise<SessionRecord[]>;
  /** Which of these dedupe keys are already in the outbox. */
  claimedKeys(dedupeKeys: string[]): Promise<string[]>;
  /** Gives a claim back (the send certainly did not happen), so a later run may claim it again. */
  releaseOutbox(outboxId: number): Promise<void>;
  /** Inserts the message unless its dedupe key exists; true when this call claimed it. */
  claimOutbox(message: NewOutboxMessage, at: string): Promise<number | null>;
  markSent(outboxId: number, at: string): Promise<void>;
  listOutbox(orgId: string, limit: number): Promise<OutboxMessage[]>;

  // audit
  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  listAudit(orgId: string, limit: number): Promise<AuditEntry[]>;

  /** True once the demo data has been seeded. */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;

  /**
   * Optional: a token that changes on every write to the data, by this process or any
   * other. Adapters that can say so (SQLite) let the core reuse answers between writes.
   */
  dataVersion?(): string;

  close(): Promise<void>;

  // ticket-signing keys
  signingKeys(orgId: string): Promise<SigningKeyRecord[]>;
  /** Stores `key` as the organisation's active key unless it has one; answers the active key either way. */
  claimSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord>;
  /** Retires the active key (at `at`) and stores `key` as the active one, in one step. */
  rotateSigningKey(key: SigningKeyRecord, at: string): Promise<void>;

  // venue check-ins
  /** Idempotent by ticket id; an earlier time replaces a later one. `added` counts tickets new to the store. */
  putCheckins(checkins: CheckinRecord[]): Promise<{ added: number; duplicates: number }>;
  checkinsOfSessions(sessionIds: string[]): Promise<CheckinRecord[]>;
}

/*
 * The same store, seen per aggregate: what each part of the core may use. Both adapters
 * implement all of them (one Store per runtime, built in runtime/local.ts and functions/cloud.ts);
 * new code names the narrowest port it needs.
 */
export type StaffPort = Pick<Store, 'staffOrgs' | 'listStaff' | 'addStaff' | 'removeStaff'>;
export type ProfilePort = Pick<Store, 'getProfile' | 'putProfile' | 'deleteProfile'>;
export type PeoplePort = Pick<
  Store,
  'personsOf' | 'personsByHash' | 'getBinding' | 'putBinding' | 'deleteBinding' | 'identitiesBoundTo' | 'bindingsOf' | 'recordFailure' | 'countFailures' | 'takeAttempt' | 'forgetAttempt'
>;
export type SessionPort = Pick<Store, 'listSessions' | 'getSession' | 'putSession' | 'rolloverSession' | 'sessionsByIds' | 'ticketCountsBySession'>;
export type TicketPort = Pick<Store, 'ticketsOf' | 'ticketsOfOrg' | 'ticketsOfSessions' | 'ticketsOfPeople' | 'resultsOf'>;
export type ImportPort = Pick<Store, 'importBatch' | 'savePreview' | 'getPreview' | 'takePreview' | 'prunePreviews' | 'applyImport' | 'diffImport'>;
export type DocumentPort = Pick<Store, 'listDocuments' | 'documentVersions' | 'putDocumentVersion' | 'readBlob'>;
export type AnnouncementPort = Pick<Store, 'listAnnouncements' | 'getAnnouncement' | 'putAnnouncement'>;
export type SubscriptionPort = Pick<Store, 'subscriptionsOf' | 'allSubscriptions' | 'addSubscriptions' | 'removeSubscriptions' | 'subscriptionsPage'>;
export type OutboxPort = Pick<Store, 'claimedKeys' | 'claimOutbox' | 'markSent' | 'releaseOutbox' | 'listOutbox'>;
export type AuditPort = Pick<Store, 'appendAudit' | 'listAudit'>;
export type MetaPort = Pick<Store, 'getMeta' | 'setMeta'>;
