/**
 * Which organisations exist: those in the rulebook (a bundled or published notice) and those the
 * operator registered (npm run org -- add), whose staff work before their first notice is published.
 */
import type { NoticePort } from '../ports';
import { ApiError } from './errors';
import * as rules from './rules';

/** Known without a read when the rulebook has it; otherwise registered, or with withdrawn notices only. */
export async function organisationKnown(store: NoticePort, orgId: string): Promise<boolean> {
  if (rules.organisations().some((org) => org.id === orgId)) return true;
  if ((await store.listOrganisations()).some((org) => org.id === orgId)) return true;
  return (await store.listNotices(orgId)).length > 0;
}

export async function requireOrganisation(store: NoticePort, orgId: string): Promise<void> {
  if (!(await organisationKnown(store, orgId))) throw new ApiError('UNKNOWN_ORG', '没有找到这个评价机构');
}
