/**
 * Chinese wording for every error a candidate can meet. Stable codes come from the
 * cloud functions (shared/src/api.ts) plus two the client raises itself when the
 * network is missing or too slow. Nothing here ever shows a raw code or JSON.
 */
import type { ApiErrorCode } from '@skills/shared';

export type ClientErrorCode = ApiErrorCode | 'OFFLINE' | 'TIMEOUT' | 'BAD_ANSWER';

const MESSAGES: Record<ClientErrorCode, string> = {
  BAD_REQUEST: '填写的内容有误，请检查后再试。',
  UNKNOWN_FUNCTION: '服务暂时无法使用，请稍后再试。',
  UNKNOWN_ACTION: '服务暂时无法使用，请稍后再试。',
  UNAUTHENTICATED: '请先绑定考生身份。',
  FORBIDDEN: '您没有查看此内容的权限。',
  NOT_FOUND: '没有找到相关信息。',
  RATE_LIMITED: '尝试次数过多，为保护考生信息，请 15 分钟后再试。',
  INVALID_ID_NUMBER: '身份证号不正确，请核对后重新输入（末位 X 请输入字母 X）。',
  BINDING_MISMATCH: '姓名与身份证号未匹配到考生信息，请核对是否与报名时填写的一致。',
  IMPORT_INVALID: '文件中有错误，未写入任何数据。',
  PREVIEW_EXPIRED: '预览已过期，请重新上传。',
  PAYLOAD_TOO_LARGE: '内容过大，请缩小后再试。',
  UNKNOWN_ORG: '没有找到这个评价机构。',
  NOT_OFFERED: '该机构不开展这个职业（工种）或等级的评价。',
  INTERNAL: '服务暂时出现问题，请稍后再试。您的信息没有丢失。',
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
  constructor(code: string, serverMessage?: string) {
    super(messageFor(code, serverMessage));
    this.name = 'ApiError';
    this.code = code;
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
