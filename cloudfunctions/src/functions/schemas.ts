/** Schemas shared by the functions' params: sizes capped so no field can be huge. */
import * as z from 'zod';
import { UNSAFE_TEXT_MESSAGE, isSafeText, normaliseField } from '../core/text';

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
export const track = z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1), z.literal('special')]);
export const level = z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)]);
export const reminderKind = z.enum(['window-opens', 'window-closing', 'ticket-released', 'results-published', 'session-rolled-over']);
export const importKind = z.enum(['candidates', 'tickets', 'results']);
export const documentKind = z.enum(['handbook', 'spec', 'notice']);
/** base64 of at most ~40 MB (import files); each action applies its own byte cap after decoding. */
export const base64 = z.string().max(56 * 1024 * 1024);
export const limit = z.number().int().min(1).max(500).optional();
export const empty = z.object({});

export const applicant = z.object({
  birthDate: isoDate,
  work: z.array(z.object({ from: isoDate, to: isoDate.optional() })).max(50).optional(),
  certificates: z.array(z.object({ level, obtainedOn: isoDate })).max(20).optional(),
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

export const fileName = typedText(200);

export const venue = z.object({
  name: typedText(100),
  address: typedText(200),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
