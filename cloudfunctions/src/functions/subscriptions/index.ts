/** subscriptions: the caller's consent to reminders. */
import { subscriptions as contract } from '@skills/shared/src/contract/subscriptions';
import * as subscriptions from '../../core/subscriptions';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('subscriptions', contract, {
  subscribe: (p, caller, app) => subscriptions.subscribe(app, caller, p.orgId, p.kinds),
  list: (p, caller, app) => subscriptions.list(app, caller, p.orgId),
  cancel: (p, caller, app) => subscriptions.cancel(app, caller, p.orgId, p.kinds),
});

export const main = cloudEntry(handler);
