/** subscriptions: the caller's consent to reminders. */
import * as z from 'zod';
import * as subscriptions from '../../core/subscriptions';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { orgId, reminderKind } from '../schemas';

const kinds = z.array(reminderKind).min(1).max(5);

export const handler = defineFunction('subscriptions', {
  subscribe: action(z.object({ orgId, kinds }), (p, caller, app) => subscriptions.subscribe(app, caller, p.orgId, p.kinds)),
  list: action(z.object({ orgId: orgId.optional() }), (p, caller, app) => subscriptions.list(app, caller, p.orgId)),
  cancel: action(z.object({ orgId, kinds: kinds.optional() }), (p, caller, app) => subscriptions.cancel(app, caller, p.orgId, p.kinds)),
});

export const main = cloudEntry(handler);
