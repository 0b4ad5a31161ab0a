/**
 * The thin handler every function shares: check the event's shape, pick the action from the
 * function's contract (shared/src/contract), validate its params with the contract's schema,
 * admit the caller by the action's access level, call the core, and map the outcome to an answer.
 * Never a stack trace in an answer; never personal data in a log line.
 */
import * as z from 'zod';
import type { ApiAnswer, ApiErrorCode } from '@skills/shared';
import type { Access, ActionContract, DataOf, FunctionContract, ParamsOut } from '@skills/shared/src/contract';
import { requireIdentity, requireStaff, type App, type Caller } from '../core/app';
import { ApiError, HTTP_STATUS, MESSAGES, isApiError } from '../core/errors';
import { installRulebook } from '../core/rulebook';

/** The caller a run sees: for person and staff actions the framework has made sure there is an identity. */
export type CallerOf<S extends ActionContract> = S['access'] extends 'person' | 'staff' ? Caller & { identity: string } : Caller;

/** One action's work: its params are the contract's (after validation), its answer the contract's data. */
export type Run<S extends ActionContract> = (params: ParamsOut<S>, caller: CallerOf<S>, app: App) => Promise<DataOf<S>> | DataOf<S>;

/** A run for every action of the contract, and nothing else. */
export type Runs<C extends FunctionContract> = { [A in keyof C]: Run<C[A]> };

export interface HandlerOptions {
  /**
   * Check every answer's data against the contract's data schema (an answer that does not fit is
   * INTERNAL, naming the field). The tests switch it on; production leaves it off, since parsing
   * every answer (whole organisations, rosters of thousands) costs time on each cold call.
   */
  checkAnswers?: boolean;
}

export type FunctionHandler = ((event: unknown, caller: Caller, app: App, options?: HandlerOptions) => Promise<ApiAnswer<unknown>>) & {
  /** The action names this function answers: its contract's keys. */
  readonly actions: readonly string[];
};

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

/** Refuses a caller the action's access level does not admit; staff are checked against the params' `orgId`. */
async function admit(access: Access, params: unknown, caller: Caller, app: App): Promise<void> {
  if (access === 'public') return;
  if (access === 'timer') {
    // Callers with an identity are people; timer-only work belongs to the platform's trigger.
    if (caller.identity !== null) throw new ApiError('FORBIDDEN', '仅定时任务可以发送提醒');
    return;
  }
  if (access === 'person') {
    requireIdentity(caller);
    return;
  }
  await requireStaff(app, caller, (params as { orgId: string }).orgId);
}

/** A field the answer has wrong, for the test that made the handler answer it. */
function describeAnswerIssue(error: z.ZodError): string {
  return `回答与接口约定不符：${z.prettifyError(error)}`;
}

export function defineFunction<C extends FunctionContract>(name: string, contract: C, runs: Runs<C>): FunctionHandler {
  const handle = async (event: unknown, caller: Caller, app: App, options: HandlerOptions = {}): Promise<ApiAnswer<unknown>> => {
    if (!isPlainObject(event)) return failure('BAD_REQUEST', '请求内容应为 JSON 对象');
    // The local runner refuses a large body before reading it; CloudBase hands over any event up to its own 6 MB.
    const limit = eventByteLimit(name);
    if (limit === SMALL_EVENT_BYTES && Buffer.byteLength(JSON.stringify(event)) > limit) return failure('PAYLOAD_TOO_LARGE', '请求内容过大');
    const { action: actionName, ...rest } = event;
    if (typeof actionName !== 'string') return failure('BAD_REQUEST', '缺少 action 字段');
    if (!Object.prototype.hasOwnProperty.call(contract, actionName)) {
      return failure('UNKNOWN_ACTION', `该功能不支持此操作`);
    }
    const spec = contract[actionName];
    const parsed = spec.params.safeParse(rest);
    if (!parsed.success) return failure('BAD_REQUEST', describeIssue(parsed.error));
    try {
      // Every answer is computed from the notices as published when the call came in.
      await installRulebook(app);
      await admit(spec.access, parsed.data, caller, app);
      const run = runs[actionName] as (params: unknown, caller: Caller, app: App) => unknown;
      const data = await run(parsed.data, caller, app);
      if (options.checkAnswers) {
        const checked = spec.data.safeParse(data);
        if (!checked.success) return failure('INTERNAL', describeAnswerIssue(checked.error));
      }
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
  return Object.assign(handle, { actions: Object.keys(contract) });
}

export { ApiError };
