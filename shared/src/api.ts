/**
 * The wire contract between the mini program and the cloud functions:
 * each function's actions, their parameters and the data they answer with.
 * Both sides import these types; docs/api.md describes them for people.
 *
 * Calling convention: every function takes one event `{ action, ...params }`
 * and answers an `ApiAnswer<data>`. Action names are flat strings; the admin
 * function uses dotted names (`'sessions.upsert'`, `'import.preview'`, ...).
 * Locally the same event is `POST /api/<function>` with the event as JSON body.
 *
 * Identity never travels in the event: in CloudBase it is the caller's openid,
 * in the local runner a signed cookie. Fields named `identity` in answers are
 * for display only.
 */
import type {
  Applicant,
  ApplicationWindow,
  Channel,
  EligibilityResult,
  IsoDate,
  IsoMonth,
  Organisation,
  Track,
} from './types';
import type { CheckinSession, PublicTicketKey, RosterEntry } from './ticketCode';

export type ApiAnswer<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ApiErrorCode | string;
      message: string;
      /** Only for IMPORT_INVALID: `{ problems: ImportProblem[] }` or the unreadable file's `{ sheetCode, missingColumns }`. */
      details?: unknown;
    };

/**
 * Stable error codes. The Chinese `message` beside each is for people;
 * programs branch on the code.
 */
export type ApiErrorCode =
  /** The event is not an object, a field is missing or of the wrong type, a date is malformed. HTTP 400. */
  | 'BAD_REQUEST'
  /** No such function. HTTP 404. */
  | 'UNKNOWN_FUNCTION'
  /** No such action for this function. HTTP 400. */
  | 'UNKNOWN_ACTION'
  /** No caller identity (local runner: no cookie yet). HTTP 401. */
  | 'UNAUTHENTICATED'
  /** The caller may not do this (not staff of that organisation). HTTP 403. */
  | 'FORBIDDEN'
  /** The thing asked for does not exist or is not the caller's. HTTP 404. */
  | 'NOT_FOUND'
  /** Too many failed attempts (ticket binding: 5 failures in 15 minutes). HTTP 429. */
  | 'RATE_LIMITED'
  /** 身份证号 fails the GB 11643 checksum or its birth date is not real. HTTP 400. */
  | 'INVALID_ID_NUMBER'
  /** Name and 身份证号 match no candidate of any organisation (the same answer whatever is wrong). HTTP 400. */
  | 'BINDING_MISMATCH'
  /** An import file has bad rows; nothing was written. HTTP 400. */
  | 'IMPORT_INVALID'
  /** The preview to confirm has expired or was already used. HTTP 409. */
  | 'PREVIEW_EXPIRED'
  /** A file or the whole event is larger than allowed. HTTP 413. */
  | 'PAYLOAD_TOO_LARGE'
  /** No such organisation. HTTP 404. */
  | 'UNKNOWN_ORG'
  /** The organisation does not offer that occupation or track. HTTP 400. */
  | 'NOT_OFFERED'
  /** Something failed on the server; nothing half-written. HTTP 500 (never for anything a caller sends). */
  | 'INTERNAL';

export const API_ERROR_CODES: readonly ApiErrorCode[] = [
  'BAD_REQUEST',
  'UNKNOWN_FUNCTION',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'INVALID_ID_NUMBER',
  'BINDING_MISMATCH',
  'IMPORT_INVALID',
  'PREVIEW_EXPIRED',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_ORG',
  'NOT_OFFERED',
  'INTERNAL',
];

// ---------------------------------------------------------------- shared shapes

/** 理论知识 / 操作技能 / 综合评审 */
export type Subject = 'theory' | 'practical' | 'review';

export interface Venue {
  name: string;
  address: string;
  /** GCJ-02, for `openLocation`; absent when not known. */
  latitude?: number;
  longitude?: number;
}

/** A file the server hands back inline (exports, templates). */
export interface FilePayload {
  fileName: string;
  /** e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
  contentType: string;
  fileBase64: string;
  size: number;
  /** Data rows in the file (header excluded); 0 for templates. */
  rows: number;
}

// ---------------------------------------------------------------- catalog

export interface OrganisationSummary {
  id: string;
  name: string;
  shortName: string;
  /** The window open today, or null between windows. */
  currentWindow: ApplicationWindow | null;
  /** The next window that has not opened yet. */
  nextWindow: ApplicationWindow | null;
}

export interface CatalogOrganisationData {
  /** Today in China's calendar, as the server sees it. */
  today: IsoDate;
  /** The rules module's data for the organisation: notices, offerings, fees, office, conduct rules. */
  organisation: Organisation;
  currentWindow: ApplicationWindow | null;
  /** Windows from today on (the current one first when open). */
  upcomingWindows: ApplicationWindow[];
}

export interface CatalogWindowsData {
  today: IsoDate;
  windows: ApplicationWindow[];
}

// ---------------------------------------------------------------- eligibility

export interface TrackEligibility {
  track: Track;
  /** e.g. 中级（四级）, 专项职业能力 */
  trackLabel: string;
  result: EligibilityResult;
}

export interface EligibilityCheckData {
  asOf: IsoDate;
  orgId: string;
  occupationId: string;
  /** One answer for every track the organisation offers for the occupation. */
  tracks: TrackEligibility[];
}

/** What a candidate chose to keep for next time. Never contains a 身份证号. */
export interface SavedProfile {
  applicant: Applicant;
  orgId?: string;
  occupationId?: string;
  savedAt: string;
}

// ---------------------------------------------------------------- sessions

export type SessionStatus = 'scheduled' | 'rolled-over' | 'cancelled';

export interface SessionRollover {
  fromMonth: IsoMonth;
  fromDate: IsoDate | null;
  toMonth: IsoMonth;
  reason: string;
  /** ISO timestamp. */
  at: string;
}

export interface Session {
  id: string;
  orgId: string;
  occupationId: string;
  occupationName: string;
  track: Track;
  trackLabel: string;
  /** The assessment month (评价月份). */
  month: IsoMonth;
  /** Null while the date is to be announced (e.g. after a rollover without a new date). */
  date: IsoDate | null;
  /** 'HH:MM' */
  startTime: string;
  endTime: string;
  venue: Venue;
  capacity: number;
  status: SessionStatus;
  /** Every rollover, oldest first. */
  rollovers: SessionRollover[];
  /** Demo data seeded by the local runner (演示). */
  demo: boolean;
}

export interface SessionsListData {
  sessions: Session[];
}

/**
 * Why a session's month may roll over, from its ticket count (staff only).
 * sjtu's notice: “若当月申请评价认定申报人数不足30人或超出考场承载范围，则顺延至下月评价认定。”
 */
export type RolloverHintReason =
  /** Fewer tickets than the notice's minimum (sjtu: 不足30人). */
  | 'below-minimum'
  /** More tickets than the session's capacity (超出考场承载范围). */
  | 'over-capacity';

export interface RolloverHint {
  reason: RolloverHintReason;
  /**
   * True where the organisation's notice says such a month rolls over to the next (sjtu);
   * false where it is silent (kupasi: over capacity is still shown, as a fact, without a rule).
   */
  byNotice: boolean;
}

/** A session as its organisation's staff see it: tickets issued against capacity, and the rollover hint. */
export interface StaffSession extends Session {
  /** Tickets issued for this session (a count only: nobody's details). */
  ticketCount: number;
  /** The notice's minimum applicants (calendar.rolloverMinimum: sjtu 30); null where the notice is silent (kupasi). */
  rolloverMinimum: number | null;
  /** The rule comes from a notice that does not cover the session's month (shown as 预计). */
  rolloverRuleEstimated: boolean;
  /** Empty when nothing applies; always empty for a cancelled session. */
  rolloverHints: RolloverHint[];
}

export interface StaffSessionsListData {
  sessions: StaffSession[];
}

// ---------------------------------------------------------------- tickets

export interface TicketBindingData {
  bound: boolean;
  /** The bound candidate's own name and masked 身份证号, e.g. 3101**********123X. */
  name?: string;
  maskedIdNumber?: string;
}

interface TicketCommon {
  /** Opaque, stable id of the ticket (not the ticket number). */
  id: string;
  orgId: string;
  orgName: string;
  occupationId: string;
  occupationName: string;
  track: Track;
  trackLabel: string;
  channel: Channel;
  examDate: IsoDate | null;
  /** From the rules module, for the organisation and channel. */
  releaseDate: IsoDate;
  /** True when the release date reaches past the published working-day arrangements. */
  estimated: boolean;
  /** The session's rollovers, so the timeline can show them. */
  sessionStatus: SessionStatus;
  rollovers: SessionRollover[];
  demo: boolean;
}

export interface ReleasedTicket extends TicketCommon {
  released: true;
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  /** 'HH:MM-HH:MM' as printed on the ticket. */
  examTime: string;
  venue: Venue;
  room: string;
  seat: string;
  subjects: { subject: Subject; label: string }[];
  /** What to bring, from the notice. */
  bring: string[];
  /** The signed ticket code the QR carries (see ticketCode.ts); staff devices check it offline. */
  code: string;
}

/** Before the release date: only when it will appear. */
export interface PendingTicket extends TicketCommon {
  released: false;
}

export type TicketView = ReleasedTicket | PendingTicket;

export interface TicketsMineData {
  today: IsoDate;
  tickets: TicketView[];
}

// ---------------------------------------------------------------- results

/** 合格 / 不合格 / 缺考 */
export type SubjectOutcome = 'pass' | 'fail' | 'absent';

export interface SubjectResult {
  subject: Subject;
  label: string;
  outcome: SubjectOutcome;
  /** For a failed or missed subject: the last day a retake counts (from the rules module). */
  retakeValidUntil?: IsoDate;
}

interface ResultCommon {
  ticketId: string;
  orgId: string;
  occupationId: string;
  occupationName: string;
  track: Track;
  trackLabel: string;
  examDate: IsoDate;
  demo: boolean;
}

export interface PublishedResult extends ResultCommon {
  published: true;
  subjects: SubjectResult[];
  /** Every subject passed. */
  passed: boolean;
}

/** The exam has been sat (or is booked) but no result is published yet. */
export interface PendingResult extends ResultCommon {
  published: false;
  /** 20 working days after the exam, 30 with marking or workpiece inspection. */
  expectedBy: IsoDate;
  estimated: boolean;
}

export type ResultView = PublishedResult | PendingResult;

export interface ResultsMineData {
  today: IsoDate;
  results: ResultView[];
}

// ---------------------------------------------------------------- documents

/** 考核指导手册 / 考核规范 / 通知 */
export type DocumentKind = 'handbook' | 'spec' | 'notice';

export interface DocumentInfo {
  id: string;
  orgId: string;
  /** Null for documents of the whole organisation. */
  occupationId: string | null;
  kind: DocumentKind;
  title: string;
  fileName: string;
  /** 1 for the first upload, +1 per replacement. */
  version: number;
  size: number;
  sha256: string;
  publishedOn: IsoDate;
  demo: boolean;
}

export interface DocumentsListData {
  documents: DocumentInfo[];
}

export interface DocumentDownloadData {
  /** Short-lived: a CloudBase temp URL in production, a signed local URL in the runner. */
  url: string;
  /** ISO timestamp after which the URL no longer works. */
  expiresAt: string;
  /** CloudBase storage file id (production only): the mini program opens it with wx.cloud.downloadFile. */
  fileId?: string;
  fileName: string;
  size: number;
  sha256: string;
}

// ---------------------------------------------------------------- announcements

export interface Announcement {
  id: string;
  orgId: string;
  title: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  /** Only staff see withdrawn ones. */
  withdrawn: boolean;
  demo: boolean;
}

export interface AnnouncementsListData {
  announcements: Announcement[];
}

// ---------------------------------------------------------------- subscriptions

/** 申报开始 / 申报截止前3天 / 准考证发放 / 成绩发布 / 考期顺延 */
export type ReminderKind =
  | 'window-opens'
  | 'window-closing'
  | 'ticket-released'
  | 'results-published'
  | 'session-rolled-over';

export const REMINDER_KINDS: readonly ReminderKind[] = [
  'window-opens',
  'window-closing',
  'ticket-released',
  'results-published',
  'session-rolled-over',
];

/**
 * The deployment variable that holds a kind's WeChat subscribe-message template id (from
 * the mini program's console, 订阅消息 → 我的模板): `TEMPLATE_` and the kind in capitals,
 * 'window-opens' → TEMPLATE_WINDOW_OPENS. cloudbaserc.json hands these to `reminders`,
 * and the mini program's build reads the same ones from there (client/config/deployment.ts),
 * so both always ask for and send the same templates.
 */
export function reminderTemplateVariable(kind: ReminderKind): string {
  return `TEMPLATE_${kind.toUpperCase().replace(/-/g, '_')}`;
}

/** WeChat's wx.requestSubscribeMessage takes at most 3 template ids per request. */
export const SUBSCRIBE_REQUEST_MAX_TEMPLATES = 3;

export interface Subscription {
  id: string;
  orgId: string;
  kind: ReminderKind;
  createdAt: string;
}

export interface SubscriptionsListData {
  subscriptions: Subscription[];
}

// ---------------------------------------------------------------- admin

export interface WhoamiData {
  /** The caller's identity (openid or local id), shown so an operator can add it to the staff list. */
  identity: string;
  staffOf: { orgId: string; name: string }[];
}

export type ImportKind = 'candidates' | 'tickets' | 'results';

export interface ImportProblem {
  /** Row number as the spreadsheet shows it (header is row 1); 0 for the whole file. */
  row: number;
  /** The column header, or '' for the whole row/file. */
  column: string;
  /** Chinese, e.g. 身份证号校验位错误. */
  message: string;
  /** Stable code, e.g. BAD_ID_NUMBER, UNKNOWN_OCCUPATION, UNKNOWN_LEVEL, NO_SESSION, DUPLICATE_TICKET, NAME_MISMATCH, MISSING_VALUE, BAD_VALUE. */
  code: string;
}

export interface ImportPreviewData {
  /** Pass to `import.confirm`; null when there are problems (nothing can be confirmed). */
  previewId: string | null;
  kind: ImportKind;
  fileName: string;
  /** Data rows read (blank rows skipped). */
  totalRows: number;
  validRows: number;
  /** The first rows as recognised (masked ID numbers), for the staff to eyeball. */
  sample: { row: number; cells: Record<string, string> }[];
  problems: ImportProblem[];
  /** What confirm would do. */
  changes: { added: number; updated: number; unchanged: number };
  expiresAt: string | null;
}

export interface ImportConfirmData {
  kind: ImportKind;
  added: number;
  updated: number;
  unchanged: number;
  /** Present while a large import is still being written: confirm again to continue (the counts so far are above). */
  progress?: { written: number; total: number };
}

export interface SessionInput {
  /** Absent: create. */
  id?: string;
  occupationId: string;
  track: Track;
  date: IsoDate;
  startTime: string;
  endTime: string;
  venue: Venue;
  capacity: number;
}

/** Refusals in the last 24 hours, counted without who or what: for spotting guessing and probing. */
export interface AuditRefusals {
  /** From this time on (ISO). */
  since: string;
  /** Calls to this organisation's staff actions from someone not on its staff list. */
  staffCalls: number;
  /** Failed ticket bindings, across the whole service (a guess names no organisation). */
  bindFailures: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  /** Staff identity. */
  actor: string;
  orgId: string;
  /** The admin action, e.g. import.confirm. */
  action: string;
  /** Rows touched. */
  rows: number;
  /** Short, no personal data. */
  detail: string;
}

export interface OutboxMessage {
  id: number;
  orgId: string;
  kind: ReminderKind;
  /** Unique key that makes each reminder go out at most once. */
  dedupeKey: string;
  /** Recipient identity. */
  recipient: string;
  /** Subscribe-message fields (each `thing` ≤ 20 chars). */
  fields: Record<string, string>;
  createdAt: string;
  sentAt: string | null;
}

// ---------------------------------------------------------------- venue check-in

/** How a check-in was taken at the door. */
export type CheckinMethod = 'code' | 'number';

/** One check-in as a device records it and the server keeps it (first time per ticket wins). */
export interface Checkin {
  ticketId: string;
  sessionId: string;
  /** ISO timestamp taken on the device. */
  at: string;
  method: CheckinMethod;
  /** A random id of the device (two doors, two devices). */
  deviceId: string;
}

/** What a staff device downloads before the exam: everything the door check needs offline. */
export interface CheckinRosterData {
  session: CheckinSession & {
    occupationName: string;
    trackLabel: string;
    startTime: string;
    endTime: string;
    venueName: string;
  };
  roster: RosterEntry[];
  keys: PublicTicketKey[];
  checkins: Checkin[];
  downloadedAt: string;
}

export interface CheckinSyncData {
  /** Check-ins stored by this call (not there before). */
  added: number;
  /** Already there: a second sync of the same batch, or another device was first. */
  duplicates: number;
  /** Every check-in of the session now on the server, to merge onto the device. */
  checkins: Checkin[];
}

export interface AttendanceRow {
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  room: string;
  seat: string;
  checkedInAt: string | null;
  method: CheckinMethod | null;
}

export interface AttendanceData {
  session: CheckinRosterData['session'];
  present: number;
  absent: number;
  rows: AttendanceRow[];
}

// ---------------------------------------------------------------- the action map

/** Every function → action → its params (besides `action`) and its answer's data. */
export interface ApiContract {
  catalog: {
    organisations: { params: Record<string, never>; data: { today: IsoDate; organisations: OrganisationSummary[] } };
    organisation: { params: { orgId: string }; data: CatalogOrganisationData };
    windows: { params: { orgId: string; count?: number }; data: CatalogWindowsData };
  };
  eligibility: {
    check: { params: { orgId: string; occupationId: string; applicant: Applicant }; data: EligibilityCheckData };
    saveProfile: {
      params: { applicant: Applicant; orgId?: string; occupationId?: string };
      data: { profile: SavedProfile };
    };
    getProfile: { params: Record<string, never>; data: { profile: SavedProfile | null } };
    deleteProfile: { params: Record<string, never>; data: { deleted: boolean } };
  };
  sessions: {
    list: {
      params: { orgId: string; occupationId?: string; track?: Track; month?: IsoMonth };
      data: SessionsListData;
    };
  };
  tickets: {
    binding: { params: Record<string, never>; data: TicketBindingData };
    bind: { params: { name: string; idNumber: string }; data: TicketBindingData };
    unbind: { params: Record<string, never>; data: TicketBindingData };
    mine: { params: Record<string, never>; data: TicketsMineData };
  };
  results: {
    mine: { params: Record<string, never>; data: ResultsMineData };
  };
  documents: {
    list: { params: { orgId: string; occupationId?: string }; data: DocumentsListData };
    download: { params: { documentId: string }; data: DocumentDownloadData };
  };
  announcements: {
    list: { params: { orgId: string }; data: AnnouncementsListData };
  };
  subscriptions: {
    subscribe: { params: { orgId: string; kinds: ReminderKind[] }; data: SubscriptionsListData };
    list: { params: { orgId?: string }; data: SubscriptionsListData };
    /** Without kinds: every kind of that organisation. */
    cancel: { params: { orgId: string; kinds?: ReminderKind[] }; data: SubscriptionsListData };
  };
  admin: {
    whoami: { params: Record<string, never>; data: WhoamiData };
    /** Each session also carries its ticket count and rollover hint (`StaffSession`). */
    'sessions.list': { params: { orgId: string; month?: IsoMonth }; data: StaffSessionsListData };
    'sessions.upsert': { params: { orgId: string; session: SessionInput }; data: { session: Session } };
    'sessions.rollover': {
      params: { orgId: string; sessionId: string; toMonth: IsoMonth; reason: string; newDate?: IsoDate };
      data: { session: Session; affectedTickets: number };
    };
    'import.preview': {
      /** The file's content, or (WeChat) the id of the file uploaded with wx.cloud.uploadFile to uploads/<orgId>/<openid>/. */
      params: { orgId: string; kind: ImportKind; fileName: string } & ({ fileBase64: string } | { fileId: string });
      data: ImportPreviewData;
    };
    'import.confirm': { params: { orgId: string; previewId: string }; data: ImportConfirmData };
    'documents.list': { params: { orgId: string }; data: DocumentsListData };
    'documents.upload': {
      params: {
        orgId: string;
        /** Present: replace that document (a new version; history kept). */
        documentId?: string;
        kind: DocumentKind;
        title: string;
        occupationId?: string | null;
        fileName: string;
        fileBase64: string;
      };
      data: { document: DocumentInfo };
    };
    'documents.versions': { params: { orgId: string; documentId: string }; data: DocumentsListData };
    'announcements.list': { params: { orgId: string }; data: AnnouncementsListData };
    'announcements.publish': { params: { orgId: string; title: string; body: string }; data: { announcement: Announcement } };
    'announcements.update': {
      params: { orgId: string; announcementId: string; title?: string; body?: string };
      data: { announcement: Announcement };
    };
    'announcements.withdraw': { params: { orgId: string; announcementId: string }; data: { announcement: Announcement } };
    'export.tickets': { params: { orgId: string; month: IsoMonth }; data: { file: FilePayload } };
    'export.results': { params: { orgId: string; month: IsoMonth }; data: { file: FilePayload } };
    'templates.download': { params: { orgId: string; kind: ImportKind }; data: { file: FilePayload } };
    'audit.list': { params: { orgId: string; limit?: number }; data: { entries: AuditEntry[]; refusals: AuditRefusals } };
    'outbox.list': { params: { orgId: string; limit?: number }; data: { messages: OutboxMessage[] } };
    /** Public keys of the organisation's ticket codes (active and retired). */
    'keys.list': { params: { orgId: string }; data: { keys: PublicTicketKey[] } };
    /** Retires the active key and makes a new one: codes signed before no longer pass at the door. */
    'keys.rotate': { params: { orgId: string }; data: { keys: PublicTicketKey[] } };
    'checkin.roster': { params: { orgId: string; sessionId: string }; data: CheckinRosterData };
    /** Idempotent by ticket id; the earliest time wins. */
    'checkin.sync': { params: { orgId: string; sessionId: string; checkins: Checkin[] }; data: CheckinSyncData };
    'attendance.session': { params: { orgId: string; sessionId: string }; data: AttendanceData };
    /** The month's tickets with who came (签到时间) and who did not. */
    'export.attendance': { params: { orgId: string; month: IsoMonth }; data: { file: FilePayload } };
    /** The results template for one session, 缺考 filled in for those who did not come. */
    'templates.results': { params: { orgId: string; sessionId: string }; data: { file: FilePayload } };
  };
}

export type FunctionName = keyof ApiContract;
export type ActionName<F extends FunctionName> = keyof ApiContract[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = ApiContract[F][A] extends { params: infer P }
  ? P
  : never;
export type ActionData<F extends FunctionName, A extends ActionName<F>> = ApiContract[F][A] extends { data: infer D }
  ? D
  : never;
/** The event a function receives: `{ action, ...params }`. */
export type ApiEvent<F extends FunctionName, A extends ActionName<F>> = { action: A } & ActionParams<F, A>;

export const FUNCTION_NAMES: readonly FunctionName[] = [
  'catalog',
  'eligibility',
  'sessions',
  'tickets',
  'results',
  'documents',
  'announcements',
  'subscriptions',
  'admin',
];
