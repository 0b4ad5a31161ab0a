/**
 * admin: staff of one organisation act on that organisation only (every action but `whoami`
 * names it in `orgId`); each staff action is written to the audit log.
 */
import * as z from 'zod';
import type { CheckinSession, PublicTicketKey, RosterEntry } from '../ticketCode';
import { personAction, staffAction } from './action';
import {
  base64,
  clockTime,
  documentInfo,
  documentKind,
  documentsListData,
  announcement,
  announcementsListData,
  empty,
  fileAnswer,
  fileName,
  importKind,
  isoDate,
  isoMonth,
  limit,
  noticeDocument,
  orgId,
  reminderKind,
  session,
  shortText,
  track,
  typedText,
  venueInput,
} from './shapes';

const count = z.number().int().nonnegative();

export const whoamiData = z.strictObject({
  /** The caller's identity (openid or local id), shown so an operator can add it to the staff list. */
  identity: z.string(),
  staffOf: z.array(z.strictObject({ orgId: z.string(), name: z.string() })),
});

/**
 * Why a session's month may roll over, from its ticket count (staff only).
 * sjtu's notice: “若当月申请评价认定申报人数不足30人或超出考场承载范围，则顺延至下月评价认定。”
 * - below-minimum: fewer tickets than the notice's minimum (sjtu: 不足30人).
 * - over-capacity: more tickets than the session's capacity (超出考场承载范围).
 */
export const rolloverHintReason = z.enum(['below-minimum', 'over-capacity']);

export const rolloverHint = z.strictObject({
  reason: rolloverHintReason,
  /**
   * True where the organisation's notice says such a month rolls over to the next (sjtu);
   * false where it is silent (kupasi: over capacity is still shown, as a fact, without a rule).
   */
  byNotice: z.boolean(),
});

/** A session as its organisation's staff see it: tickets issued against capacity, and the rollover hint. */
export const staffSession = session.extend({
  /** Tickets issued for this session (a count only: nobody's details). */
  ticketCount: count,
  /** The notice's minimum applicants (calendar.rolloverMinimum: sjtu 30); null where the notice is silent (kupasi). */
  rolloverMinimum: z.number().int().nullable(),
  /** The rule comes from a notice that does not cover the session's month (shown as 预计). */
  rolloverRuleEstimated: z.boolean(),
  /** Empty when nothing applies; always empty for a cancelled session. */
  rolloverHints: z.array(rolloverHint),
});

export const staffSessionsListData = z.strictObject({ sessions: z.array(staffSession) });

export const importProblem = z.strictObject({
  /** Row number as the spreadsheet shows it (header is row 1); 0 for the whole file. */
  row: z.number().int().nonnegative(),
  /** The column header, or '' for the whole row/file. */
  column: z.string(),
  /** Chinese, e.g. 身份证号校验位错误. */
  message: z.string(),
  /** Stable code, e.g. BAD_ID_NUMBER, UNKNOWN_OCCUPATION, UNKNOWN_LEVEL, NO_SESSION, DUPLICATE_TICKET, NAME_MISMATCH, MISSING_VALUE, BAD_VALUE. */
  code: z.string(),
});

const changes = { added: count, updated: count, unchanged: count };

export const importPreviewData = z.strictObject({
  /** Pass to `import.confirm`; null when there are problems (nothing can be confirmed). */
  previewId: z.string().nullable(),
  kind: importKind,
  fileName: z.string(),
  /** Data rows read (blank rows skipped). */
  totalRows: count,
  validRows: count,
  /** The first rows as recognised (masked ID numbers), for the staff to eyeball. */
  sample: z.array(z.strictObject({ row: z.number().int(), cells: z.record(z.string(), z.string()) })),
  problems: z.array(importProblem),
  /** What confirm would do. */
  changes: z.strictObject(changes),
  expiresAt: z.string().nullable(),
});

export const importConfirmData = z.strictObject({
  kind: importKind,
  ...changes,
  /** Present while a large import is still being written: confirm again to continue (the counts so far are above). */
  progress: z.strictObject({ written: count, total: count }).optional(),
});

export const sessionInput = z.object({
  /** Absent: create. */
  id: shortText.optional(),
  occupationId: shortText,
  track,
  date: isoDate,
  startTime: clockTime,
  endTime: clockTime,
  venue: venueInput,
  capacity: z.number().int().min(1).max(100_000),
});

/** Refusals in the last 24 hours, counted without who or what: for spotting guessing and probing. */
export const auditRefusals = z.strictObject({
  /** From this time on (ISO). */
  since: z.string(),
  /** Calls to this organisation's staff actions from someone not on its staff list. */
  staffCalls: count,
  /** Failed ticket bindings, across the whole service (a guess names no organisation). */
  bindFailures: count,
});

export const auditEntry = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  /** Staff identity. */
  actor: z.string(),
  orgId: z.string(),
  /** The admin action, e.g. import.confirm. */
  action: z.string(),
  /** Rows touched. */
  rows: count,
  /** Short, no personal data. */
  detail: z.string(),
});

export const outboxMessage = z.strictObject({
  id: z.number().int(),
  orgId: z.string(),
  kind: reminderKind,
  /** Unique key that makes each reminder go out at most once. */
  dedupeKey: z.string(),
  /** Recipient identity. */
  recipient: z.string(),
  /** Subscribe-message fields (each `thing` ≤ 20 chars). */
  fields: z.record(z.string(), z.string()),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

/** How a check-in was taken at the door. */
export const checkinMethod = z.enum(['code', 'number']);

/** One check-in as a device records it and the server keeps it (first time per ticket wins). */
export const checkin = z.object({
  ticketId: shortText,
  sessionId: shortText,
  /** ISO timestamp taken on the device. */
  at: z.string().datetime(),
  method: checkinMethod,
  /** A random id of the device (two doors, two devices). */
  deviceId: z.string().min(1).max(64),
});

/** A device may send this many check-ins at once (a session is far smaller). */
export const MAX_SYNC_BATCH = 5000;

export const publicTicketKey = z.strictObject({
  keyId: z.string(),
  orgId: z.string(),
  publicKey: z.string(),
  status: z.enum(['active', 'retired']),
  createdAt: z.string(),
}) satisfies z.ZodType<PublicTicketKey>;

export const rosterEntry = z.strictObject({
  ticketId: z.string(),
  ticketNumber: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  occupationName: z.string(),
  trackLabel: z.string(),
  room: z.string(),
  seat: z.string(),
}) satisfies z.ZodType<RosterEntry>;

export const checkinRosterSession = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  date: isoDate.nullable(),
  rolledOver: z.boolean(),
  occupationName: z.string(),
  trackLabel: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  venueName: z.string(),
}) satisfies z.ZodType<CheckinSession>;

/** What a staff device downloads before the exam: everything the door check needs offline. */
export const checkinRosterData = z.strictObject({
  session: checkinRosterSession,
  roster: z.array(rosterEntry),
  keys: z.array(publicTicketKey),
  checkins: z.array(checkin),
  downloadedAt: z.string(),
});

export const checkinSyncData = z.strictObject({
  /** Check-ins stored by this call (not there before). */
  added: count,
  /** Already there: a second sync of the same batch, or another device was first. */
  duplicates: count,
  /** Every check-in of the session now on the server, to merge onto the device. */
  checkins: z.array(checkin),
});

export const attendanceRow = z.strictObject({
  ticketNumber: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  room: z.string(),
  seat: z.string(),
  checkedInAt: z.string().nullable(),
  method: checkinMethod.nullable(),
});

export const attendanceData = z.strictObject({
  session: checkinRosterSession,
  present: count,
  absent: count,
  rows: z.array(attendanceRow),
});

const body = typedText(20_000, { multiline: true });
const title = typedText(100);
const keysAnswer = z.strictObject({ keys: z.array(publicTicketKey) });
const orgOnly = z.object({ orgId });

/** One version of an organisation's notice: bundled with the product or published by its staff. */
export const noticeVersion = z.strictObject({
  orgId: z.string(),
  version: z.number().int(),
  origin: z.enum(['bundled', 'published']),
  status: z.enum(['published', 'withdrawn']),
  effectiveFrom: isoDate,
  coversYears: z.array(z.number().int()),
  publishedAt: z.string().nullable(),
  pdfDocumentId: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  document: noticeDocument,
});
const noticesListData = z.strictObject({ notices: z.array(noticeVersion) });
/** A notice to check or publish, with the uploaded 通知 PDF whose text its quotes must be found in. */
const noticeToPublish = z.object({ orgId, document: noticeDocument, pdfDocumentId: shortText });
/** One problem of a notice: a stable code, where it sits (keys and row indexes), and in Chinese the row and field and what is wrong. */
export const noticeProblem = z.strictObject({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number().int()])),
  where: z.string(),
  message: z.string(),
});
const orgMonth = z.object({ orgId, month: isoMonth });
const orgSession = z.object({ orgId, sessionId: shortText });

export const admin = {
  /** Any caller with an identity: who they are and which organisations' staff they are. */
  whoami: personAction(empty, whoamiData),
  /** Each session also carries its ticket count and rollover hint. */
  'sessions.list': staffAction(z.object({ orgId, month: isoMonth.optional() }), staffSessionsListData),
  'sessions.upsert': staffAction(z.object({ orgId, session: sessionInput }), z.strictObject({ session })),
  'sessions.rollover': staffAction(
    z.object({ orgId, sessionId: shortText, toMonth: isoMonth, reason: typedText(200), newDate: isoDate.optional() }),
    z.strictObject({ session, affectedTickets: count }),
  ),
  /** The file's content, or (WeChat, large files) the id of the file uploaded with wx.cloud.uploadFile to uploads/<orgId>/<openid>/. */
  'import.preview': staffAction(
    z.union([
      z.object({ orgId, kind: importKind, fileName, fileBase64: base64 }),
      z.object({ orgId, kind: importKind, fileName, fileId: z.string().min(1).max(500) }),
    ]),
    importPreviewData,
  ),
  'import.confirm': staffAction(z.object({ orgId, previewId: shortText }), importConfirmData),
  'documents.list': staffAction(orgOnly, documentsListData),
  'documents.upload': staffAction(
    z.object({
      orgId,
      /** Present: replace that document (a new version; history kept). */
      documentId: shortText.optional(),
      kind: documentKind,
      title,
      occupationId: shortText.nullable().optional(),
      fileName,
      fileBase64: base64,
    }),
    z.strictObject({ document: documentInfo }),
  ),
  'documents.versions': staffAction(z.object({ orgId, documentId: shortText }), documentsListData),
  /** Withdrawn ones included. */
  'announcements.list': staffAction(orgOnly, announcementsListData),
  'announcements.publish': staffAction(z.object({ orgId, title, body }), z.strictObject({ announcement })),
  'announcements.update': staffAction(
    z.object({ orgId, announcementId: shortText, title: title.optional(), body: body.optional() }),
    z.strictObject({ announcement }),
  ),
  'announcements.withdraw': staffAction(z.object({ orgId, announcementId: shortText }), z.strictObject({ announcement })),
  /** Every version, bundled and published, withdrawn ones included. */
  'notices.list': staffAction(orgOnly, noticesListData),
  /**
   * Every check publishing makes, nothing stored: `problems` empty means it would be published.
   * The quotes are checked against the text of the PDF `pdfDocumentId` (an uploaded 通知 document) as stored.
   */
  'notices.check': staffAction(noticeToPublish, z.strictObject({ problems: z.array(noticeProblem) })),
  /** Refused with NOTICE_INVALID (`details.problems`, the same as notices.check answers) unless every check passes. */
  'notices.publish': staffAction(noticeToPublish, z.strictObject({ notice: noticeVersion })),
  /** Answers go back to the earlier versions; the withdrawn one stays listed. */
  'notices.withdraw': staffAction(z.object({ orgId, version: z.number().int().positive() }), noticesListData),
  'export.tickets': staffAction(orgMonth, fileAnswer),
  'export.results': staffAction(orgMonth, fileAnswer),
  'templates.download': staffAction(z.object({ orgId, kind: importKind }), fileAnswer),
  'audit.list': staffAction(z.object({ orgId, limit }), z.strictObject({ entries: z.array(auditEntry), refusals: auditRefusals })),
  'outbox.list': staffAction(z.object({ orgId, limit }), z.strictObject({ messages: z.array(outboxMessage) })),
  /** Public keys of the organisation's ticket codes (active and retired). */
  'keys.list': staffAction(orgOnly, keysAnswer),
  /** Retires the active key and makes a new one: codes signed before no longer pass at the door. */
  'keys.rotate': staffAction(orgOnly, keysAnswer),
  'checkin.roster': staffAction(orgSession, checkinRosterData),
  /** Idempotent by ticket id; the earliest time wins. */
  'checkin.sync': staffAction(z.object({ orgId, sessionId: shortText, checkins: z.array(checkin).max(MAX_SYNC_BATCH) }), checkinSyncData),
  'attendance.session': staffAction(orgSession, attendanceData),
  /** The month's tickets with who came (签到时间) and who did not. */
  'export.attendance': staffAction(orgMonth, fileAnswer),
  /** The results template for one session, 缺考 filled in for those who did not come. */
  'templates.results': staffAction(orgSession, fileAnswer),
};
