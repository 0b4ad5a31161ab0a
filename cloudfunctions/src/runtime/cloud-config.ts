/** CloudBase settings read from the function's environment variables (see docs/api.md, 部署). */
import { REMINDER_KINDS, reminderTemplateVariable, type ReminderKind } from '@skills/shared';

export const DOWNLOAD_TTL_SECONDS = 600;

/** The subscribe-message template id configured for a reminder kind, if any. */
export function subscribeTemplateFor(kind: string): string | null {
  if (!REMINDER_KINDS.includes(kind as ReminderKind)) return null;
  return process.env[reminderTemplateVariable(kind as ReminderKind)] || null;
}

/**
 * A reminder kind with no template id in the function's environment: nothing can go out, so the
 * send fails (the outbox keeps it unsent for staff to see) rather than being recorded as sent.
 */
export class TemplateNotConfigured extends Error {
  constructor(readonly kind: string) {
    super(`no subscribe-message template configured for ${kind}`);
    this.name = 'TemplateNotConfigured';
  }
}
