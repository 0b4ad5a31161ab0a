/** eligibility: the rules module's check for every track; the profile only when the candidate opts in. */
import * as z from 'zod';
import type { EligibilityResult } from '../types';
import { personAction, publicAction } from './action';
import { applicant, empty, isoDate, orgId, shortText, track } from './shapes';

export const eligibilityResult = z.strictObject({
  eligible: z.boolean(),
  clauses: z.array(z.string()),
  eligibleFrom: isoDate.nullable(),
  unmet: z.array(z.string()),
}) satisfies z.ZodType<EligibilityResult>;

export const trackEligibility = z.strictObject({
  track,
  /** e.g. 中级（四级）, 专项职业能力 */
  trackLabel: z.string(),
  result: eligibilityResult,
});

export const eligibilityCheckData = z.strictObject({
  asOf: isoDate,
  orgId: z.string(),
  occupationId: z.string(),
  /** One answer for every track the organisation offers for the occupation. */
  tracks: z.array(trackEligibility),
});

/** What a candidate chose to keep for next time. Never contains a 身份证号. */
export const savedProfile = z.strictObject({
  applicant,
  orgId: z.string().optional(),
  occupationId: z.string().optional(),
  savedAt: z.string(),
});

export const eligibility = {
  check: publicAction(z.object({ orgId, occupationId: shortText, applicant }), eligibilityCheckData),
  saveProfile: personAction(z.object({ applicant, orgId: orgId.optional(), occupationId: shortText.optional() }), z.strictObject({ profile: savedProfile })),
  getProfile: personAction(empty, z.strictObject({ profile: savedProfile.nullable() })),
  deleteProfile: personAction(empty, z.strictObject({ deleted: z.boolean() })),
};
