/** subscriptions: the caller's consent to reminders. */
import * as z from 'zod';
import { personAction } from './action';
import { orgId, reminderKind } from './shapes';

export const subscription = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  kind: reminderKind,
  createdAt: z.string(),
});

/** Every subscription of the caller. */
export const subscriptionsListData = z.strictObject({ subscriptions: z.array(subscription) });

const kinds = z.array(reminderKind).min(1).max(5);

export const subscriptions = {
  subscribe: personAction(z.object({ orgId, kinds }), subscriptionsListData),
  list: personAction(z.object({ orgId: orgId.optional() }), subscriptionsListData),
  /** Without kinds: every kind of that organisation. */
  cancel: personAction(z.object({ orgId, kinds: kinds.optional() }), subscriptionsListData),
};
