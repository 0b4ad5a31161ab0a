/**
 * The wire contract, once: every function's actions with who may call them, the zod schema of
 * their params and of the data they answer with. The cloud functions validate with these schemas;
 * shared/src/api.ts infers the TypeScript types from them for both sides. The mini program imports
 * types only (never this module), so no validator ships to WeChat.
 */
import type * as z from 'zod';
import type { ActionContract } from './action';
import { admin } from './admin';
import { announcements } from './announcements';
import { catalog } from './catalog';
import { documents } from './documents';
import { eligibility } from './eligibility';
import { reminders } from './reminders';
import { results } from './results';
import { sessions } from './sessions';
import { subscriptions } from './subscriptions';
import { tickets } from './tickets';

/** The functions the mini program calls, by name. */
export const CONTRACT = { catalog, eligibility, sessions, tickets, results, documents, announcements, subscriptions, admin };

/** The function only the platform's timer calls (not part of the mini program's API). */
export const TIMER_CONTRACT = { reminders };

export type Contract = typeof CONTRACT;
export type FunctionName = keyof Contract;
/** Every action set, the timer's included: what `defineFunction` takes. */
export type FunctionContract = Readonly<Record<string, ActionContract>>;

export const FUNCTION_NAMES = Object.keys(CONTRACT) as FunctionName[];

/** Every action of the mini program's functions, in the contract's order: the tests iterate this. */
export const CONTRACT_ACTIONS: readonly { fn: FunctionName; action: string; spec: ActionContract }[] = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(CONTRACT[fn] as FunctionContract).map(([action, spec]) => ({ fn, action, spec })),
);

export type ParamsIn<S extends ActionContract> = z.input<S['params']>;
export type ParamsOut<S extends ActionContract> = z.output<S['params']>;
export type DataOf<S extends ActionContract> = z.output<S['data']>;

export * from './action';
export * from './codes';
export * from './shapes';
export { MAX_SYNC_BATCH } from './admin';
export { admin, announcements, catalog, documents, eligibility, reminders, results, sessions, subscriptions, tickets };
