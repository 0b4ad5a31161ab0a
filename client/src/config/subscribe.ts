/**
 * WeChat subscribe-message template ids, one per reminder kind, and the CloudBase
 * environment: set once for the deployment (TCB_ENV and TEMPLATE_* in the environment or
 * the repository's .env, see docs/weapp.md) and read by both the functions and this build
 * (client/config/deployment.ts). A kind without a template id cannot be delivered by WeChat.
 */
import type { ReminderKind } from '@skills/shared';

export const SUBSCRIBE_TEMPLATE_IDS: Partial<Record<ReminderKind, string>> = BUILD_SUBSCRIBE_TEMPLATES;

/** The CloudBase environment the functions are deployed to; '' when the build was made without one. */
export const CLOUD_ENV: string = BUILD_CLOUD_ENV;
