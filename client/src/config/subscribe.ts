/**
 * WeChat subscribe-message template ids, one per reminder kind, from the mini program's
 * admin console (订阅消息 → 我的模板). They belong to the operator's own account, so
 * none is committed. While a kind has no template id, subscribing records consent on the
 * server only and the reminder appears in the organisation's outbox.
 */
import type { ReminderKind } from '@skills/shared';

export const SUBSCRIBE_TEMPLATE_IDS: Partial<Record<ReminderKind, string>> = {};
