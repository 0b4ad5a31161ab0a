/**
 * The thin handler every function shares: check the event's shape, pick the action,
 * validate its params with zod, call the core, and map the outcome to an answer.
 * Never a stack trace in an answer; never personal data in a log line.
 */
import * as z from 'zod';
import type { ApiAnswer, ApiErrorCode } from '@skills/shared';
import type { App, Caller } from '../core/app';
import { ApiError, HTTP_STATUS, MESSAGES, isApiError } from '../core/errors';

export interface ActionSpec<S extends z.ZodType> {
  params: S;
  run: (params: z.infer<S>, caller: Caller, app: App) => Promise<unknown> | unknown;
}

export type FunctionHandler = ((event: unknown, caller: Caller, app: App) => Promise<ApiAnswer<unknown>>) & {
  /** The action names this function answers (tests compare them with the wire contract). */
  readonly actions: readonly string[];
};

/** Ties an action's params schema to its run function's parameter type. */
export function action<S extends z.ZodType>(params: S, run: ActionSpec<S>['run']): ActionSpec<S> {
  return { params, run };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Chinese message naming the offending field (its path, never its value). */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `字段“${issue.path.join('.')}”` : '请求';
  if (issue?.code === 'invalid_type') return `${where}缺失或类型不正确`;
  if (issue?.code === 'too_big') return `${where}过长或过大`;
  if (issue?.code === 'too_small') return `${where}过短或过小`;
  if (issue?.code === 'custom' && issue.message) return `${where}${issue.message}`;
  return `${where}不符合要求`;
}

export function failure(code: ApiErrorCode, message: string, details?: unknown): ApiAnswer<never> {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}

/** Statuses the local runner answers with: 200 for ok, the code's status otherwise. */
export function httpStatusOf(answer: ApiAnswer<unknown>): number {
  if (answer.ok) return 200;
  return HTTP_STATUS[answer.code as ApiErrorCode] ?? 400;
}

/** Bytes of one call's event (its JSON) for functions anyone may call: their largest real event is a saved profile, under 4 KB. */
export const SMALL_EVENT_BYTES = 16 * 1024;
/**
 * Larger limits by function: staff uploads (import files up to 40 MB, about 54 MB as base64
 * in JSON; PDFs up to 4 MB). Every other function gets SMALL_EVENT_BYTES.
 */
export const EVENT_BYTE_LIMITS: Readonly<Record<string, number>> = { admin: 60 * 1024 * 1024 };

export function eventByteLimit(functionName: string): number {
  return EVENT_BYTE_LIMITS[functionName] ?? SMALL_EVENT_BYTES;
}

// A record of specs whose schemas differ: each spec is checked at its definition by `action()`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the record's value type varies per action
type AnyActionSpec = ActionSpec<any>;

export function defineFunction(name: string, actions: Record<string, AnyActionSpec>): FunctionHandler {
  const handle = async (event: unknown, caller: Caller, app: App): Promise<ApiAnswer<unknown>> => {
    if (!isPlainObject(event)) return failure('BAD_REQUEST', '请求内容应为 JSON 对象');
    // The local runner refuses a large body before reading it; CloudBase hands over any event up to its own 6 MB.
    const limit = eventByteLimit(name);
    if (limit === SMALL_EVENT_BYTES && Buffer.byteLength(JSON.stringify(event)) > limit) return failure('PAYLOAD_TOO_LARGE', '请求内容过大');
    const { action: actionName, ...rest } = event;
    if (typeof actionName !== 'string') return failure('BAD_REQUEST', '缺少 action 字段');
    if (!Object.prototype.hasOwnProperty.call(actions, actionName)) {
      return failure('UNKNOWN_ACTION', `该功能不支持此操作`);
    }
    const spec = actions[actionName];
    const parsed = spec.params.safeParse(rest);
    if (!parsed.success) return failure('BAD_REQUEST', describeIssue(parsed.error));
    try {
      const data = await spec.run(parsed.data, caller, app);
      return { ok: true, data };
    } catch (error) {
      if (isApiError(error)) return failure(error.code, error.message, error.details);
      // Only the function, the action and the error's class: no event, no personal data.
      console.error('[function] internal error', {
        function: name,
        action: actionName,
        error: error instanceof Error ? error.name : typeof error,
        at: error instanceof Error ? error.stack?.split('\n')[1]?.trim() : undefined,
      });
      return failure('INTERNAL', MESSAGES.internal);
    }
  };
  return Object.assign(handle, { actions: Object.keys(actions) });
}

export { ApiError };
