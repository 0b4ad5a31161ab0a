/**
 * Chinese wording for every error a candidate can meet: the shared table for the cloud
 * functions' codes (shared/src/contract/codes.ts), plus three the client raises itself when the
 * network is missing or too slow, or an answer cannot be read. Nothing here ever shows a raw code or JSON.
 */
import { ERROR_MESSAGES, type ApiErrorCode } from '@skills/shared';

export type ClientErrorCode = ApiErrorCode | 'OFFLINE' | 'TIMEOUT' | 'BAD_ANSWER';

const MESSAGES: Record<ClientErrorCode, string> = {
  ...ERROR_MESSAGES,
  OFFLINE: '网络未连接。连接网络后点“重试”。报考条件、时间安排等规则不需要网络也能查看。',
  TIMEOUT: '网络较慢，请求超时，请稍后点“重试”。',
  BAD_ANSWER: '服务返回的内容无法识别，请稍后再试。',
};

/**
 * Codes whose server message is more specific than ours: it names the field that is wrong, or
 * which limit was reached (one person's 15 minutes, or everyone's 请稍后再试).
 */
const SERVER_WORDING_PREFERRED = new Set<string>(['BAD_REQUEST', 'IMPORT_INVALID', 'RATE_LIMITED']);

const HAS_CHINESE = /[\u4e00-\u9fff]/;

export function messageFor(code: string, serverMessage?: string): string {
  if (serverMessage && SERVER_WORDING_PREFERRED.has(code) && HAS_CHINESE.test(serverMessage)) {
    return serverMessage;
  }
  if (code in MESSAGES) return MESSAGES[code as ClientErrorCode];
  return MESSAGES.INTERNAL;
}

export class ApiError extends Error {
  readonly code: string;
  /** What the server sent beside the code (e.g. NOTICE_INVALID's problems), unread. */
  readonly details: unknown;
  constructor(code: string, serverMessage?: string, details?: unknown) {
    super(messageFor(code, serverMessage));
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Any thrown value as a sentence a candidate can read. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  return MESSAGES.INTERNAL;
}
