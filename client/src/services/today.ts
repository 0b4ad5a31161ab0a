/**
 * "Today" in China's calendar. The device's clock is read here and nowhere else; once
 * the server has answered, its date wins (the local runner can pin it for tests).
 */
import { chinaDateOf } from '@skills/shared';
import { callApi } from './api';

let serverToday: string | null = null;
let pending: Promise<string> | null = null;

/** The device's date in China (UTC+8, no daylight saving), whatever the device's time zone. */
export function deviceTodayInChina(now: Date = new Date()): string {
  return chinaDateOf(now.getTime());
}

export function currentToday(): string {
  return serverToday ?? deviceTodayInChina();
}

export function rememberServerToday(today: string): void {
  if (/^\d{4}-\d{2}-\d{2}$/.test(today)) serverToday = today;
}

/** Asks the server once per launch; falls back to the device when offline. */
export function fetchToday(): Promise<string> {
  if (serverToday) return Promise.resolve(serverToday);
  if (!pending) {
    pending = callApi('catalog', 'organisations', {})
      .then((data) => {
        rememberServerToday(data.today);
        return currentToday();
      })
      .catch(() => {
        pending = null;
        return currentToday();
      });
  }
  return pending;
}
