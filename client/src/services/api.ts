/**
 * The one way the mini program talks to the cloud functions.
 * WeChat: `Taro.cloud.callFunction`; H5: `POST /api/<function>` on the same origin
 * (the local runner gives each browser its identity in an HttpOnly cookie).
 * Pages never call an SDK directly; they use `callApi` or the `useApi` hook.
 */
import Taro from '@tarojs/taro';
import type { ActionData, ActionName, ActionParams, ApiAnswer, FunctionName } from '@skills/shared';
import { ApiError } from './errors';
import { CLOUD_ENV } from '@/config/subscribe';

const TIMEOUT_MS = 15000;

function isAnswer(value: unknown): value is ApiAnswer<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true || ok === false;
}

function unwrap<T>(answer: unknown): T {
  if (!isAnswer(answer)) throw new ApiError('BAD_ANSWER');
  if (answer.ok) return answer.data as T;
  throw new ApiError(answer.code, answer.message, answer.details);
}

async function callH5(name: string, event: object): Promise<unknown> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ApiError('OFFLINE');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      credentials: 'same-origin',
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(controller.signal.aborted ? 'TIMEOUT' : 'OFFLINE');
  } finally {
    clearTimeout(timer);
  }
  try {
    // Error answers come with 4xx statuses but the same JSON shape.
    return await response.json();
  } catch {
    throw new ApiError(response.ok ? 'BAD_ANSWER' : 'INTERNAL');
  }
}

let cloudReady = false;

async function callWeapp(name: string, event: object): Promise<unknown> {
  if (!cloudReady) {
    // The environment the functions were deployed to (TCB_ENV, read at build time).
    Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: false } : { traceUser: false });
    cloudReady = true;
  }
  try {
    const answer = await Taro.cloud.callFunction({ name, data: event });
    return answer.result;
  } catch (error) {
    const message = String((error as { errMsg?: string }).errMsg ?? '');
    throw new ApiError(/timeout/i.test(message) ? 'TIMEOUT' : 'OFFLINE');
  }
}

/** Calls one action of one cloud function and returns its data, or throws an ApiError. */
export async function callApi<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  params: ActionParams<F, A>,
): Promise<ActionData<F, A>> {
  const event = { ...(params as object), action };
  const answer = process.env.TARO_ENV === 'weapp' ? await callWeapp(name, event) : await callH5(name, event);
  return unwrap<ActionData<F, A>>(answer);
}
