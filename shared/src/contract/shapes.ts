/**
 * Field schemas every function's params use (sizes capped so no field can be huge) and the
 * shapes several functions answer with. Answers are strict objects: a field the contract does not
 * name is a fault the answer check reports, not something that slips out unnoticed.
 */
import * as z from 'zod';
import type { HolidayArrangement } from '../data/holidays';
import type { NoticeDocument, Organisation } from '../types';
import { UNSAFE_TEXT_MESSAGE, isSafeText, normaliseField } from '../text';
import { REMINDER_KINDS } from './codes';

// ---------------------------------------------------------------- params fields

/**
 * Text a person typed, 1 to `max` characters: refused with control characters (line breaks only
 * when multiline), bidi overrides or lone surrogates; stored normalised (NFC).
 */
export function typedText(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((text) => isSafeText(text, options.multiline), { message: UNSAFE_TEXT_MESSAGE })
    .transform(normaliseField);
}

export const orgId = z.string().min(1).max(32);
export const shortText = z.string().min(1).max(100);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const level = z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)]);
export const track = z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1), z.literal('special')]);
export const channel = z.enum(['group', 'individual']);
export const reminderKind = z.enum(REMINDER_KINDS);
export const importKind = z.enum(['candidates', 'tickets', 'results']);
/** 考核指导手册 / 考核规范 / 通知 */
export const documentKind = z.enum(['handbook', 'spec', 'notice']);
/** base64 of at most ~40 MB (import files); each action applies its own byte cap after decoding. */
export const base64 = z.string().max(56 * 1024 * 1024);
export const limit = z.number().int().min(1).max(500).optional();
/** No params besides `action`. */
export const empty = z.object({});
export const fileName = typedText(200);

export const applicant = z.object({
  birthDate: isoDate,
  /** Periods in this or a related occupation. */
  work: z.array(z.object({ from: isoDate, to: isoDate.optional() })).max(50).optional(),
  /** Certificates of this or a related occupation. */
  certificates: z.array(z.object({ level, obtainedOn: isoDate })).max(20).optional(),
  /** 职称 matching the major. */
  titles: z.array(z.object({ grade: z.enum(['junior', 'intermediate', 'senior']), obtainedOn: isoDate })).max(20).optional(),
  schooling: z
    .array(
      z.object({
        school: z.enum(['technical', 'senior-technical', 'technician-college', 'secondary-vocational', 'higher-vocational', 'university']),
        programme: z.enum(['intermediate', 'senior', 'preparatory-technician', 'technician']).optional(),
        relatedMajor: z.boolean(),
        evaluated: z.boolean().optional(),
        status: z.enum(['graduated', 'final-year', 'enrolled']),
      }),
    )
    .max(20)
    .optional(),
});

/** A venue as staff type it. */
export const venueInput = z.object({
  name: typedText(100),
  address: typedText(200),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

// ---------------------------------------------------------------- answer shapes

export const venue = z.strictObject({
  name: z.string(),
  address: z.string(),
  /** GCJ-02, for `openLocation`; absent when not known. */
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});

/** A file the server hands back inline (exports, templates). */
export const filePayload = z.strictObject({
  fileName: z.string(),
  /** e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
  contentType: z.string(),
  fileBase64: z.string(),
  size: z.number().int().nonnegative(),
  /** Data rows in the file (header excluded); 0 for templates. */
  rows: z.number().int().nonnegative(),
});

export const fileAnswer = z.strictObject({ file: filePayload });

export const applicationWindow = z.strictObject({
  opens: isoDate,
  closes: isoDate,
  assessmentMonth: isoMonth,
  estimated: z.boolean(),
});

/**
 * The rules module's data for an organisation (notices, offerings, fees, office, conduct rules):
 * typed by the rules module itself; at run time only its identity is checked.
 */
export const organisation = z.custom<Organisation>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
  { message: 'not an organisation of the rules module' },
);

/**
 * A notice document as the rules module reads it: typed by the rules module; at run time only its
 * organisation is checked here (the server validates a published one in full before storing it).
 */
export const noticeDocument = z.custom<NoticeDocument>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { orgId?: unknown }).orgId === 'string',
  { message: 'not a notice document' },
);

/** A year's holiday arrangement as the rules module reads it. */
export const holidayArrangement = z.custom<HolidayArrangement>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { year?: unknown }).year === 'number',
  { message: 'not a holiday arrangement' },
);

/** 理论知识 / 操作技能 / 综合评审 */
export const subject = z.enum(['theory', 'practical', 'review']);

export const sessionStatus = z.enum(['scheduled', 'rolled-over', 'cancelled']);

export const sessionRollover = z.strictObject({
  fromMonth: isoMonth,
  fromDate: isoDate.nullable(),
  toMonth: isoMonth,
  reason: z.string(),
  /** ISO timestamp. */
  at: z.string(),
});

export const session = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  occupationId: z.string(),
  occupationName: z.string(),
  track,
  trackLabel: z.string(),
  /** The assessment month (评价月份). */
  month: isoMonth,
  /** Null while the date is to be announced (e.g. after a rollover without a new date). */
  date: isoDate.nullable(),
  /** 'HH:MM' */
  startTime: clockTime,
  endTime: clockTime,
  venue,
  capacity: z.number().int(),
  status: sessionStatus,
  /** Every rollover, oldest first. */
  rollovers: z.array(sessionRollover),
  /** Demo data seeded by the local runner (演示). */
  demo: z.boolean(),
});

export const documentInfo = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  /** Null for documents of the whole organisation. */
  occupationId: z.string().nullable(),
  kind: documentKind,
  title: z.string(),
  fileName: z.string(),
  /** 1 for the first upload, +1 per replacement. */
  version: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  publishedOn: isoDate,
  demo: z.boolean(),
});

export const documentsListData = z.strictObject({ documents: z.array(documentInfo) });

export const announcement = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  /** Only staff see withdrawn ones. */
  withdrawn: z.boolean(),
  demo: z.boolean(),
});

export const announcementsListData = z.strictObject({ announcements: z.array(announcement) });
