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

export function isRulesError(value: unknown): value is RulesError {
  return value instanceof RulesError;
}
