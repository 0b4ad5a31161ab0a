/** A candidate's consent to reminders, per organisation and kind. */
import type { ReminderKind, Subscription, SubscriptionsListData } from '@skills/shared';
import { REMINDER_KINDS } from '@skills/shared';
import { isoNow, requireIdentity, type App, type Caller } from './app';
import * as rules from './rules';

export async function subscribe(app: App, caller: Caller, orgId: string, kinds: ReminderKind[]): Promise<SubscriptionsListData> {
  const identity = requireIdentity(caller);
  rules.organisation(orgId);
  const createdAt = isoNow(app);
  const subscriptions: Subscription[] = [...new Set(kinds)].map((kind) => ({ id: app.newId('sub'), orgId, kind, createdAt }));
  await app.store.addSubscriptions(identity, subscriptions);
  return { subscriptions: await app.store.subscriptionsOf(identity) };
}

export async function list(app: App, caller: Caller, orgId?: string): Promise<SubscriptionsListData> {
  return { subscriptions: await app.store.subscriptionsOf(requireIdentity(caller), orgId) };
}

export async function cancel(app: App, caller: Caller, orgId: string, kinds?: ReminderKind[]): Promise<SubscriptionsListData> {
  const identity = requireIdentity(caller);
  await app.store.removeSubscriptions(identity, orgId, kinds ?? [...REMINDER_KINDS]);
  return { subscriptions: await app.store.subscriptionsOf(identity) };
}
