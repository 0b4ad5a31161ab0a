/**
 * The operator's command for the State Council's holiday arrangement of a year (published each autumn):
 *   npm run holidays --workspace cloudfunctions -- load --file <安排.json> [--text <通知原文.txt>]
 *   npm run holidays --workspace cloudfunctions -- list
 * The file is checked against the schema and itself (days off within the year, periods in order,
 * make-up days on weekends outside them) and, with --text, every item's quote against the
 * announcement's text; then stored, replacing the bundled or earlier loaded arrangement of its
 * year. Each function reads it at its next rulebook check (within 10 s); catalog.rulebook serves it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { HOLIDAY_ARRANGEMENTS } from '@skills/shared';
import { validateHolidayArrangement } from '@skills/shared/src/notice';
import { announceChange, withLoadedHolidays } from '../core/rulebook';
import type { Store } from '../ports';
import { parseFlags, runFromCommandLine } from './operator';

export interface HolidaysCommand {
  verb: 'load' | 'list';
  file?: string;
  text?: string;
}

const USAGE = '用法: npm run holidays --workspace cloudfunctions -- load --file <安排.json> [--text <通知原文.txt>] | list';

export function parseHolidaysArgs(argv: string[]): HolidaysCommand {
  const [verb, ...rest] = argv;
  if (verb !== 'load' && verb !== 'list') throw new Error(USAGE);
  const command: HolidaysCommand = { verb, ...parseFlags(rest, ['file', 'text'], USAGE) };
  if (verb === 'load' && !command.file) throw new Error(`load 需要 --file。\n${USAGE}`);
  return command;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`无法读取${what}：${file}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${file} 不是有效的 JSON`);
  }
}

async function load(store: Store, command: HolidaysCommand, now: Date): Promise<string[]> {
  const file = command.file!;
  const value = parseJson(readText(file, '安排文件'), file);
  const announcement = command.text === undefined ? undefined : readText(command.text, '通知原文');
  const validated = validateHolidayArrangement(value, announcement);
  if (!validated.ok) {
    throw new Error([`${file} 未通过检查，没有载入：`, ...validated.problems.map((p) => `  ${p.where || '文件'}：${p.message}`)].join('\n'));
  }
  const arrangement = validated.value;
  const before = await store.holidayArrangements();
  const replaced = before.some((h) => h.year === arrangement.year) ? '替换此前载入的同年安排' : HOLIDAY_ARRANGEMENTS.some((a) => a.year === arrangement.year) ? '替换内置的同年安排' : '新增年份';
  await store.putHolidayArrangement({ year: arrangement.year, arrangement, loadedAt: now.toISOString() });
  await announceChange(store, `holidays:${crypto.randomUUID()}`);
  return [
    `已载入 ${String(arrangement.year)} 年节假日安排（${arrangement.reference}），${replaced}：放假 ${String(arrangement.holidays.length)} 段，调休上班 ${String(arrangement.makeUpWorkdays.length)} 天${announcement === undefined ? '（未提供通知原文，未核对引文）' : '，引文均已在通知原文中找到'}。`,
    '各云函数在下次检查规则版本时（10 秒内）改用此安排。',
  ];
}

export async function runHolidaysCommand(store: Store, command: HolidaysCommand, now = new Date()): Promise<string[]> {
  if (command.verb === 'load') return load(store, command, now);
  const loaded = await store.holidayArrangements();
  return withLoadedHolidays(loaded).map((a) => {
    const record = loaded.find((h) => h.year === a.year);
    return `${String(a.year)}\t${a.reference}\t${record ? `载入于 ${record.loadedAt}` : '内置'}`;
  });
}

if (require.main === module) runFromCommandLine(parseHolidaysArgs, runHolidaysCommand);
