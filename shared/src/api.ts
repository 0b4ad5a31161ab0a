/**
 * The wire contract's TypeScript types, inferred from its schemas (shared/src/contract): each
 * function's actions, their parameters and the data they answer with. Both sides import these
 * names; docs/api.md describes them for people. Only types come from the schemas here, so
 * importing this module loads no validator.
 *
 * Calling convention: every function takes one event `{ action, ...params }` and answers an
 * `ApiAnswer<data>`. Action names are flat strings; the admin function uses dotted names
 * (`'sessions.upsert'`, `'import.preview'`, ...). Locally the same event is `POST /api/<function>`
 * with the event as JSON body.
 *
 * Identity never travels in the event: in CloudBase it is the caller's openid, in the local runner
 * a signed cookie. Fields named `identity` in answers are for display only.
 */
import type * as z from 'zod';
import type * as C from './contract';
import type * as S from './contract/shapes';
import type * as catalog from './contract/catalog';
import type * as eligibility from './contract/eligibility';
import type * as sessions from './contract/sessions';
import type * as tickets from './contract/tickets';
import type * as results from './contract/results';
import type * as documents from './contract/documents';
import type * as subscriptions from './contract/subscriptions';
import type * as admin from './contract/admin';
import type { ApiErrorCode } from './contract/codes';

export { API_ERROR_CODES, ERROR_MESSAGES, REMINDER_KINDS, ACCESS_LEVELS, ACCESS_LABELS } from './contract/codes';
export type { ApiErrorCode, ReminderKind, Access } from './contract/codes';

export type ApiAnswer<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ApiErrorCode | string;
      message: string;
      /** IMPORT_INVALID: `{ problems: ImportProblem[] }` or the unreadable file's `{ sheetCode, missingColumns }`; NOTICE_INVALID: `{ problems: NoticeProblem[] }`. */
      details?: unknown;
    };

// ---------------------------------------------------------------- shared shapes

export type Subject = z.infer<typeof S.subject>;
export type Venue = z.infer<typeof S.venue>;
export type FilePayload = z.infer<typeof S.filePayload>;

// ---------------------------------------------------------------- catalog

export type OrganisationSummary = z.infer<typeof catalog.organisationSummary>;
export type CatalogOrganisationData = z.infer<typeof catalog.catalogOrganisationData>;
export type CatalogWindowsData = z.infer<typeof catalog.catalogWindowsData>;

// ---------------------------------------------------------------- eligibility

export type TrackEligibility = z.infer<typeof eligibility.trackEligibility>;
export type EligibilityCheckData = z.infer<typeof eligibility.eligibilityCheckData>;
export type SavedProfile = z.infer<typeof eligibility.savedProfile>;

// ---------------------------------------------------------------- sessions

export type SessionStatus = z.infer<typeof S.sessionStatus>;
export type SessionRollover = z.infer<typeof S.sessionRollover>;
export type Session = z.infer<typeof S.session>;
export type SessionsListData = z.infer<typeof sessions.sessionsListData>;
export type RolloverHintReason = z.infer<typeof admin.rolloverHintReason>;
export type RolloverHint = z.infer<typeof admin.rolloverHint>;
export type StaffSession = z.infer<typeof admin.staffSession>;
export type StaffSessionsListData = z.infer<typeof admin.staffSessionsListData>;

// ---------------------------------------------------------------- tickets

export type TicketBindingData = z.infer<typeof tickets.ticketBindingData>;
export type ReleasedTicket = z.infer<typeof tickets.releasedTicket>;
export type PendingTicket = z.infer<typeof tickets.pendingTicket>;
export type TicketView = z.infer<typeof tickets.ticketView>;
export type TicketsMineData = z.infer<typeof tickets.ticketsMineData>;

// ---------------------------------------------------------------- results

export type SubjectOutcome = z.infer<typeof results.subjectOutcome>;
export type SubjectResult = z.infer<typeof results.subjectResult>;
export type PublishedResult = z.infer<typeof results.publishedResult>;
export type PendingResult = z.infer<typeof results.pendingResult>;
export type ResultView = z.infer<typeof results.resultView>;
export type ResultsMineData = z.infer<typeof results.resultsMineData>;

// ---------------------------------------------------------------- documents

export type DocumentKind = z.infer<typeof S.documentKind>;
export type DocumentInfo = z.infer<typeof S.documentInfo>;
export type DocumentsListData = z.infer<typeof S.documentsListData>;
export type DocumentDownloadData = z.infer<typeof documents.documentDownloadData>;

// ---------------------------------------------------------------- announcements

export type Announcement = z.infer<typeof S.announcement>;
export type AnnouncementsListData = z.infer<typeof S.announcementsListData>;

// ---------------------------------------------------------------- subscriptions

/**
 * The deployment variable that holds a kind's WeChat subscribe-message template id (from
 * the mini program's console, 订阅消息 → 我的模板): `TEMPLATE_` and the kind in capitals,
 * 'window-opens' → TEMPLATE_WINDOW_OPENS. cloudbaserc.json hands these to `reminders`,
 * and the mini program's build reads the same ones from there (client/config/deployment.ts),
 * so both always ask for and send the same templates.
 */
export function reminderTemplateVariable(kind: C.ReminderKind): string {
  return `TEMPLATE_${kind.toUpperCase().replace(/-/g, '_')}`;
}

/** WeChat's wx.requestSubscribeMessage takes at most 3 template ids per request. */
export const SUBSCRIBE_REQUEST_MAX_TEMPLATES = 3;

export type Subscription = z.infer<typeof subscriptions.subscription>;
export type SubscriptionsListData = z.infer<typeof subscriptions.subscriptionsListData>;

// ---------------------------------------------------------------- admin

export type WhoamiData = z.infer<typeof admin.whoamiData>;
export type ImportKind = z.infer<typeof S.importKind>;
export type ImportProblem = z.infer<typeof admin.importProblem>;
export type ImportPreviewData = z.infer<typeof admin.importPreviewData>;
export type ImportConfirmData = z.infer<typeof admin.importConfirmData>;
/** A session as staff send it (`sessions.upsert`); `id` absent: create. */
export type SessionInput = z.input<typeof admin.sessionInput>;
export type AuditRefusals = z.infer<typeof admin.auditRefusals>;
export type AuditEntry = z.infer<typeof admin.auditEntry>;
export type OutboxMessage = z.infer<typeof admin.outboxMessage>;

// ---------------------------------------------------------------- venue check-in

export type CheckinMethod = z.infer<typeof admin.checkinMethod>;
export type Checkin = z.infer<typeof admin.checkin>;
export type CheckinRosterData = z.infer<typeof admin.checkinRosterData>;
export type CheckinSyncData = z.infer<typeof admin.checkinSyncData>;
export type AttendanceRow = z.infer<typeof admin.attendanceRow>;
export type AttendanceData = z.infer<typeof admin.attendanceData>;

// ---------------------------------------------------------------- the action map

export type FunctionName = C.FunctionName;
/** Every function → action → its params (besides `action`, as the caller sends them), its answer's data and who may call it. */
export type ApiContract = {
  [F in FunctionName]: {
    [A in keyof C.Contract[F]]: C.Contract[F][A] extends C.ActionContract
      ? { params: C.ParamsIn<C.Contract[F][A]>; data: C.DataOf<C.Contract[F][A]>; access: C.Contract[F][A]['access'] }
      : never;
  };
};
export type ActionName<F extends FunctionName> = keyof ApiContract[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = ApiContract[F][A] extends { params: infer P } ? P : never;
export type ActionData<F extends FunctionName, A extends ActionName<F>> = ApiContract[F][A] extends { data: infer D } ? D : never;
/** The event a function receives: `{ action, ...params }`. */
export type ApiEvent<F extends FunctionName, A extends ActionName<F>> = { action: A } & ActionParams<F, A>;
