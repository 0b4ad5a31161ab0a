/**
 * Failures the core reports on purpose: a stable English code for programs and a
 * Chinese message for people. Anything else that escapes is INTERNAL.
 */
import type { ApiErrorCode } from '@skills/shared';

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
  PREVIEW_EXPIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_ORG: 404,
  NOT_OFFERED: 400,
  INTERNAL: 500,
};

export const MESSAGES = {
  unauthenticated: '请先登录后再操作',
  forbidden: '您没有该机构的工作人员权限',
  internal: '服务暂时不可用，请稍后再试',
  rateLimited: '尝试次数过多，请15分钟后再试',
  busy: '当前尝试的人数过多，请稍后再试',
  bindingMismatch: '姓名与身份证号未匹配到考生信息，请核对后重试',
  invalidIdNumber: '身份证号格式或校验位不正确，请核对后重试',
} as const;
