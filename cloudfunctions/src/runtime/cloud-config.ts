/** CloudBase settings read from the function's environment variables (see docs/api.md, 部署). */
export const DOWNLOAD_TTL_SECONDS = 600;

const TEMPLATE_ENV: Record<string, string> = {
  'window-opens': 'TEMPLATE_WINDOW_OPENS',
  'window-closing': 'TEMPLATE_WINDOW_CLOSING',
  'ticket-released': 'TEMPLATE_TICKET_RELEASED',
  'results-published': 'TEMPLATE_RESULTS_PUBLISHED',
  'session-rolled-over': 'TEMPLATE_SESSION_ROLLED_OVER',
};

/** The subscribe-message template id configured for a reminder kind, if any. */
export function subscribeTemplateFor(kind: string): string | null {
  const name = TEMPLATE_ENV[kind];
  return (name && process.env[name]) || null;
}
