/** eligibility: the rules module's check for every track; the profile only when the candidate opts in. */
import * as z from 'zod';
import * as eligibility from '../../core/eligibility';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { applicant, empty, orgId, shortText } from '../schemas';

export const handler = defineFunction('eligibility', {
  check: action(z.object({ orgId, occupationId: shortText, applicant }), (p, _caller, app) =>
    eligibility.check(app, p.orgId, p.occupationId, p.applicant),
  ),
  saveProfile: action(z.object({ applicant, orgId: orgId.optional(), occupationId: shortText.optional() }), (p, caller, app) =>
    eligibility.saveProfile(app, caller, p),
  ),
  getProfile: action(empty, (_p, caller, app) => eligibility.getProfile(app, caller)),
  deleteProfile: action(empty, (_p, caller, app) => eligibility.deleteProfile(app, caller)),
});

export const main = cloudEntry(handler);
