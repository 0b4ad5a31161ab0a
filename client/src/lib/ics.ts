/** An iCalendar file (RFC 5545) of all-day events, for "add to calendar" in a browser. */
import { addDays } from '@skills/shared';
import type { TimelineEvent } from './timeline';

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

/** UTF-8 length of one character (TextEncoder is not everywhere WeChat and tests run). */
export function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets are folded, as the standard asks. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (bytes + size > 73) {
      parts.push(current);
      current = ' ';
      bytes = 1;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `stamp` is the creation time 'YYYYMMDDTHHMMSSZ'; passed in so the output is reproducible. */
export function buildIcs(events: TimelineEvent[], calendarName: string, stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//skills-assessment-guide//zh-CN', 'CALSCALE:GREGORIAN'];
  lines.push(`X-WR-CALNAME:${escapeText(calendarName)}`);
  for (const event of events) {
    if (!event.date) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.key}-${compact(event.date)}@skills-assessment-guide`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(`${event.title}${event.estimated ? '（预计）' : ''}`)}`,
    );
    if (event.detail) lines.push(`DESCRIPTION:${escapeText(event.detail)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
