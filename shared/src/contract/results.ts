/** results: the caller's own published results, and when the rest are expected. */
import * as z from 'zod';
import { personAction } from './action';
import { empty, isoDate, subject, track } from './shapes';

/** 合格 / 不合格 / 缺考 */
export const subjectOutcome = z.enum(['pass', 'fail', 'absent']);

export const subjectResult = z.strictObject({
  subject,
  label: z.string(),
  outcome: subjectOutcome,
  /** For a failed or missed subject: the last day a retake counts (from the rules module). */
  retakeValidUntil: isoDate.optional(),
});

const resultCommon = {
  ticketId: z.string(),
  orgId: z.string(),
  occupationId: z.string(),
  occupationName: z.string(),
  track,
  trackLabel: z.string(),
  examDate: isoDate,
  demo: z.boolean(),
};

export const publishedResult = z.strictObject({
  ...resultCommon,
  published: z.literal(true),
  subjects: z.array(subjectResult),
  /** Every subject passed. */
  passed: z.boolean(),
});

/** The exam has been sat (or is booked) but no result is published yet. */
export const pendingResult = z.strictObject({
  ...resultCommon,
  published: z.literal(false),
  /** 20 working days after the exam, 30 with marking or workpiece inspection. */
  expectedBy: isoDate,
  estimated: z.boolean(),
});

export const resultView = z.discriminatedUnion('published', [publishedResult, pendingResult]);

export const resultsMineData = z.strictObject({ today: isoDate, results: z.array(resultView) });

export const results = {
  mine: personAction(empty, resultsMineData),
};
