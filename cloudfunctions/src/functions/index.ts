/** Every function's handler by name: the local runner and the tests dispatch through this map. */
import type { FunctionName } from '@skills/shared';
import type { FunctionHandler, HandlerOptions } from './framework';
import { handler as catalog } from './catalog';
import { handler as eligibility } from './eligibility';
import { handler as sessions } from './sessions';
import { handler as tickets } from './tickets';
import { handler as results } from './results';
import { handler as documents } from './documents';
import { handler as announcements } from './announcements';
import { handler as subscriptions } from './subscriptions';
import { handler as admin } from './admin';
import { failure } from './framework';
import type { App, Caller } from '../core/app';
import type { ApiAnswer } from '@skills/shared';

export const HANDLERS: Record<FunctionName, FunctionHandler> = {
  catalog,
  eligibility,
  sessions,
  tickets,
  results,
  documents,
  announcements,
  subscriptions,
  admin,
};

/** Calls a function by name; an unknown name is UNKNOWN_FUNCTION. */
export async function dispatch(name: string, event: unknown, caller: Caller, app: App, options?: HandlerOptions): Promise<ApiAnswer<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(HANDLERS, name)) return failure('UNKNOWN_FUNCTION', '没有这个功能');
  return HANDLERS[name as FunctionName](event, caller, app, options);
}
