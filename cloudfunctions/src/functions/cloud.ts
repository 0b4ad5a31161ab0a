/**
 * The CloudBase entry each function exports as `main`: builds the app once per instance through
 * the CloudBase runtime's composition root (runtime/cloudbase.ts), takes the caller's openid from
 * the platform, never from the event, and answers.
 */
import { ERROR_MESSAGES, type ApiAnswer } from '@skills/shared';
import { loadCloudbase, type CbApp } from '../adapters/cloudbase';
import type { App, Caller } from '../core/app';
import { createCloudbaseApp } from '../runtime/cloudbase';
import type { FunctionHandler } from './framework';
import { failure } from './framework';

let instance: { app: App; tcb: CbApp } | null = null;

function cloudApp(): { app: App; tcb: CbApp } {
  if (instance) return instance;
  const tcb = loadCloudbase();
  instance = { app: createCloudbaseApp(tcb), tcb };
  return instance;
}

/** The openid CloudBase puts in the function's environment for a mini program call; null for timers and anonymous calls. */
function callerOf(tcb: CbApp): Caller {
  try {
    const openId = tcb.auth().getUserInfo().openId;
    return { identity: openId ? openId : null };
  } catch {
    return { identity: null };
  }
}

export function cloudEntry(handler: FunctionHandler, mapEvent: (event: unknown) => unknown = (e) => e) {
  return async (event: unknown, _context?: unknown): Promise<ApiAnswer<unknown>> => {
    try {
      const { app, tcb } = cloudApp();
      return await handler(mapEvent(event), callerOf(tcb), app);
    } catch (error) {
      console.error('[cloud] entry failed', { error: error instanceof Error ? error.name : typeof error });
      return failure('INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
  };
}
