/** A candidate's consent to reminders, per organisation and kind. */
import type { ReminderKind, Subscription, SubscriptionsListData } from '@skills/shared';
import { REMINDER_KINDS } from '@skills/shared';
import type { SubscriptionPort } from '../ports';
import { isoNow, requireIdentity, type Caller, type AppWith } from './app';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type SubscriptionsApp = AppWith<SubscriptionPort>;

export async function subscribe(app: SubscriptionsApp, caller: Caller, orgId: string, kinds: ReminderKind[]): Promise<SubscriptionsListData> {
  const identity = requireIdentity(caller);
  rules.organisation(orgId);
  const createdAt = isoNow(app);
  const subscriptions: Subscription[] = [...new Set(kinds)].map((kind) => ({ id: app.newId('sub'), orgId, kind, createdAt }));
  await app.store.addSubscriptions(identity, subscriptions);
  return { subscriptions: await app.store.subscriptionsOf(identity) };
}

export async function list(app: SubscriptionsApp, caller: Caller, orgId?: string): Promise<SubscriptionsListData> {
  return { subscriptions: await app.store.subscriptionsOf(requireIdentity(caller), orgId) };
}

export async function cancel(app: SubscriptionsApp, caller: Caller, orgId: string, kinds?: ReminderKind[]): Promise<SubscriptionsListData> {
  const identity = requireIdentity(caller);
  await app.store.removeSubscriptions(identity, orgId, kinds ?? [...REMINDER_KINDS]);
  return { subscriptions: await app.store.subscriptionsOf(identity) };
}
