/** Test factories: an applicant with defaults filled in, so each case states only what matters. */
import type { Applicant } from '../src';

export function applicant(overrides: Partial<Applicant> = {}): Applicant {
  return { birthDate: '1990-06-15', ...overrides };
}

/** Deep-freezes a value so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value as Record<string, unknown>).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
