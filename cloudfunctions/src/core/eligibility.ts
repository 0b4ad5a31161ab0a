/** The rules module's eligibility check for every track, and the opt-in saved profile. */
import type { Applicant, EligibilityCheckData, SavedProfile } from '@skills/shared';
import type { ProfilePort } from '../ports';
import { isoNow, requireIdentity, type Caller, type AppWith } from './app';
import { ApiError } from './errors';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type EligibilityApp = AppWith<ProfilePort>;

export function check(app: EligibilityApp, orgId: string, occupationId: string, applicant: Applicant): EligibilityCheckData {
  const asOf = app.clock.today();
  const offerings = rules.offeringsOf(orgId, asOf).filter((o) => o.occupationId === occupationId);
  if (offerings.length === 0) throw new ApiError('NOT_OFFERED', '该机构不开展此职业（工种）的评价');
  return {
    asOf,
    orgId,
    occupationId,
    tracks: offerings.map((o) => ({
      track: o.track,
      trackLabel: o.trackLabel,
      result: rules.viaRules(() => rules.checkEligibility(applicant, o.track, asOf)),
    })),
  };
}

export async function saveProfile(
  app: EligibilityApp,
  caller: Caller,
  input: { applicant: Applicant; orgId?: string; occupationId?: string },
): Promise<{ profile: SavedProfile }> {
  const identity = requireIdentity(caller);
  // Validate through the rules module before storing: bad dates are refused, not kept.
  rules.viaRules(() => rules.checkEligibility(input.applicant, 5, app.clock.today()));
  if (input.orgId !== undefined) rules.organisation(input.orgId);
  const profile: SavedProfile = { applicant: input.applicant, savedAt: isoNow(app) };
  if (input.orgId !== undefined) profile.orgId = input.orgId;
  if (input.occupationId !== undefined) profile.occupationId = input.occupationId;
  await app.store.putProfile(identity, profile);
  return { profile };
}

export async function getProfile(app: EligibilityApp, caller: Caller): Promise<{ profile: SavedProfile | null }> {
  return { profile: await app.store.getProfile(requireIdentity(caller)) };
}

export async function deleteProfile(app: EligibilityApp, caller: Caller): Promise<{ deleted: boolean }> {
  return { deleted: await app.store.deleteProfile(requireIdentity(caller)) };
}
