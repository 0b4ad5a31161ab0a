/**
 * Failures the core reports on purpose: a stable English code for programs and a
 * Chinese message for people. Anything else that escapes is INTERNAL.
 */
import { ERROR_MESSAGES, type ApiErrorCode } from '@skills/shared';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** Extra data for the caller (e.g. import problems); never personal data. */
  readonly details?: unknown;
  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** HTTP status of each code in the local runner; only INTERNAL is a 5xx. */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  BAD_REQUEST: 400,
  UNKNOWN_FUNCTION: 404,
  UNKNOWN_ACTION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  INVALID_ID_NUMBER: 400,
  BINDING_MISMATCH: 400,
  IMPORT_INVALID: 400,
  NOTICE_INVALID: 400,
  PREVIEW_EXPIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_ORG: 404,
  NOT_OFFERED: 400,
  INTERNAL: 500,
};

/** The messages the core throws with: the shared table's sentence for each code, and one more specific. */
export const MESSAGES = {
  unauthenticated: ERROR_MESSAGES.UNAUTHENTICATED,
  forbidden: ERROR_MESSAGES.FORBIDDEN,
  internal: ERROR_MESSAGES.INTERNAL,
  rateLimited: ERROR_MESSAGES.RATE_LIMITED,
  /** RATE_LIMITED when everyone's budget is spent, not one person's: waiting 15 minutes is not the answer. */
  busy: '当前尝试的人数过多，请稍后再试',
  bindingMismatch: ERROR_MESSAGES.BINDING_MISMATCH,
  invalidIdNumber: ERROR_MESSAGES.INVALID_ID_NUMBER,
} as const;
