/** Stable codes a program can branch on; the message is Chinese, for people. */
export type RulesErrorCode = 'INVALID_INPUT' | 'UNKNOWN_ORG' | 'NOT_OFFERED';

export class RulesError extends Error {
  readonly code: RulesErrorCode;
  constructor(code: RulesErrorCode, message: string) {
    super(message);
    this.name = 'RulesError';
    this.code = code;
  }
}

/** True for errors thrown by the rules module. @example isRulesError(new RulesError('UNKNOWN_ORG', '未找到评价机构')) // true */
export function isRulesError(value: unknown): value is RulesError {
  return value instanceof RulesError;
}
