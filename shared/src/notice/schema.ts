/**
 * A published notice as a document: the zod schema of an organisation's notice (the shapes of
 * types.ts, which a type-level test keeps equal to what this schema infers) and of a State
 * Council holiday arrangement. The cloud functions and the operator's commands parse documents
 * with these; the mini program imports the types only (never this module), so no validator ships
 * to WeChat.
 */
import * as z from 'zod';
import { isValidDate } from '../dates';
import { channel, track } from '../contract/shapes';

/** A real calendar date written `'YYYY-MM-DD'`. */
export const noticeDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作YYYY-MM-DD' })
  .refine(isValidDate, { message: '不是有效的日期' });
export const noticeMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份应写作YYYY-MM' });
const text = z.string().min(1, { message: '不能为空' });
const year = z.number().int().min(2000).max(2099);
const amount = z.number().int().nonnegative();

/** Where a piece of data comes from: the notice and its own words. */
export const source = z.strictObject({ notice: text, section: text, quote: text });

export const minimumSchooling = z.discriminatedUnion('known', [
  z.strictObject({ known: z.literal(true), text, standard: text }),
  z.strictObject({ known: z.literal(false), lookUpAt: text }),
]);

export const occupation = z.strictObject({
  id: text,
  code: text.optional(),
  name: text,
  minimumSchooling,
});

export const subjectFee = z.strictObject({
  subject: z.enum(['theory', 'practical', 'review']),
  label: text,
  amount,
  feeName: text,
});

export const offering = z.strictObject({
  occupationId: text,
  track,
  trackLabel: text,
  subjects: z.array(subjectFee).min(1),
  total: amount,
  source,
});

export const channelGuide = z.strictObject({
  channel,
  label: text,
  who: text,
  steps: z.array(text),
  address: text.optional(),
  materials: z.array(text),
  source,
});

export const bankAccount = z.strictObject({
  payee: text,
  creditCode: text,
  accountNumber: text,
  bank: text,
  bankAddress: text,
  remark: text,
  remarkNote: text,
});

export const payment = z.strictObject({
  summary: text,
  rules: z.array(text),
  account: bankAccount.optional(),
  standard: text.optional(),
  source,
});

export const calendarRow = z.strictObject({ opens: noticeDate, closes: noticeDate, assessmentMonth: noticeMonth });

export const calendar = z.strictObject({
  year,
  rows: z.array(calendarRow).min(1),
  sameDayTheoryAndPractical: z.boolean().nullable(),
  rolloverMinimum: z.number().int().positive().nullable(),
  notes: z.array(text),
  unstated: z.array(text).optional(),
  lastRowWording: text.optional(),
  examDateNote: text,
  source,
});

export const ticketTiming = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('workdays-before'), n: z.number().int().min(0).max(60) }),
  z.strictObject({ kind: z.literal('days-before'), n: z.number().int().min(0).max(60) }),
]);

export const ticketRule = z.strictObject({ channel, timing: ticketTiming, how: text, url: text.optional(), source });

export const resultsRule = z.strictObject({
  workdays: z.number().int().positive(),
  workdaysWithMarking: z.number().int().positive(),
  querySteps: z.array(text),
  alsoAt: z.strictObject({ name: text, url: text }),
  source,
});

export const retakeRule = z.strictObject({
  years: z.array(z.strictObject({ track, years: z.number().int().positive().max(10) })).min(1),
  rules: z.array(text),
  source,
});

export const certificateRule = z.strictObject({
  group: text,
  individual: text,
  lostReplacement: text.optional(),
  source,
});

export const phone = z.strictObject({ label: text, number: text, hours: text.optional() });

export const office = z.strictObject({
  address: text,
  hours: text,
  consultation: z.array(phone),
  supervision: z.array(phone),
  source,
});

export const documentLink = z.strictObject({ label: text, where: text, url: text.optional() });

export const conductSection = z.strictObject({ id: text, lead: text.optional(), penalty: text, items: z.array(text) });

export const conductRules = z.strictObject({
  title: text,
  preamble: text,
  sections: z.array(conductSection),
  afterwards: text,
  source,
});

export const orgNotice = z.strictObject({
  id: text,
  year,
  title: text,
  publishedOn: noticeDate.optional(),
  basis: z.array(text),
  offerings: z.array(offering).min(1),
  eligibilityNote: text,
  eligibilityUnstated: z.array(text).optional(),
  adjustments: z.array(text).optional(),
  declarations: z.array(text).optional(),
  application: z.array(channelGuide).min(1),
  payment,
  calendar,
  tickets: z.array(ticketRule).min(1),
  results: resultsRule,
  retake: retakeRule,
  certificates: certificateRule,
  office,
  documents: z.array(documentLink),
  conduct: conductRules,
});

export const organisation = z.strictObject({
  id: text,
  name: text,
  shortName: text,
  occupations: z.array(occupation),
  notices: z.array(orgNotice),
});

/**
 * One published notice of an organisation, as the office publishes it: who publishes it, which
 * version, from when it applies and which years it covers (answers for those years are not
 * 预计), the occupations it offers and the notice itself.
 */
export const noticeDocument = z.strictObject({
  orgId: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, { message: '机构编号应为2-32位小写字母、数字或-，以字母开头' }),
  /** 评价机构 as the notice names it, and the short name pages use. */
  name: text,
  shortName: text,
  /** 1 for the organisation's first published notice, +1 for each one after it. */
  version: z.number().int().positive(),
  /** The notice applies to answers about dates on or after this day. */
  effectiveFrom: noticeDate,
  coversYears: z.array(year).min(1),
  occupations: z.array(occupation).min(1),
  notice: orgNotice,
});

// ---------------------------------------------------------------- holiday arrangements

export const holidayPeriod = z.strictObject({ name: text, from: noticeDate, to: noticeDate, quote: text });

/** 国务院办公厅关于…年部分节假日安排的通知, one per year. */
export const holidayArrangement = z.strictObject({
  year,
  reference: text,
  title: text,
  holidays: z.array(holidayPeriod).min(1),
  makeUpWorkdays: z.array(noticeDate),
});
