/** eligibility: the rules module's check for every track; the profile only when the candidate opts in. */
import { eligibility as contract } from '@skills/shared/src/contract/eligibility';
import * as eligibility from '../../core/eligibility';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('eligibility', contract, {
  check: (p, _caller, app) => eligibility.check(app, p.orgId, p.occupationId, p.applicant),
  saveProfile: (p, caller, app) => eligibility.saveProfile(app, caller, p),
  getProfile: (_p, caller, app) => eligibility.getProfile(app, caller),
  deleteProfile: (_p, caller, app) => eligibility.deleteProfile(app, caller),
});

export const main = cloudEntry(handler);
