/** CloudBase settings read from the function's environment variables (see docs/api.md, 部署). */
import { REMINDER_KINDS, reminderTemplateVariable, type ReminderKind } from '@skills/shared';

export const DOWNLOAD_TTL_SECONDS = 600;

/** The subscribe-message template id configured for a reminder kind, if any. */
export function subscribeTemplateFor(kind: string): string | null {
  if (!REMINDER_KINDS.includes(kind as ReminderKind)) return null;
  return process.env[reminderTemplateVariable(kind as ReminderKind)] || null;
}
