/**
 * China's wall-clock time for a given instant. China has kept UTC+8 without daylight
 * saving since 1991, so a fixed offset is exact. The instant is always a parameter:
 * nothing here reads the clock, and the machine's own zone never leaks in.
 */
import type { IsoDate } from './types';

export const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** China's calendar date at an instant. @example chinaDateOf(Date.UTC(2026, 0, 1, 16)) // '2026-01-02' */
export function chinaDateOf(epochMs: number): IsoDate {
  return new Date(epochMs + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** China's date and time to the minute. @example chinaDateTimeOf(Date.UTC(2026, 10, 21, 1, 5)) // '2026-11-21 09:05' */
export function chinaDateTimeOf(epochMs: number): string {
  return new Date(epochMs + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a date begins in China. @example chinaMidnightOf('2026-01-02') // Date.UTC(2026, 0, 1, 16) */
export function chinaMidnightOf(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) - CHINA_UTC_OFFSET_MS;
}
