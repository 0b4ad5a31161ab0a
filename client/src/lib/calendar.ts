import Taro from '@tarojs/taro';
import { chinaMidnightOf } from '@skills/shared';
import type { TimelineEvent } from './timeline';


/** WeChat: asks the phone to add one all-day event (the user confirms in a system sheet). */
export async function addToPhoneCalendar(event: TimelineEvent): Promise<boolean> {
  if (!event.date) return false;
  try {
    await Taro.addPhoneCalendar({
      title: `${event.title}${event.estimated ? '（预计）' : ''}`,
      startTime: Math.floor(chinaMidnightOf(event.date) / 1000),
      allDay: true,
      description: event.detail ?? '',
      alarm: true,
      alarmOffset: 24 * 3600,
    });
    return true;
  } catch {
    return false;
  }
}

/** H5: saves a text file through the browser's download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function utcStamp(now: Date = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
