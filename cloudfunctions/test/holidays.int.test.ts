/**
 * The operator loads a year's holiday arrangement with a command; once checked it is stored (both
 * adapters), the rulebook every function answers from includes it (a loaded year replaces the
 * bundled one of that year), and catalog.rulebook serves it. An arrangement that fails a check is
 * refused with the row in Chinese and nothing is stored.
 * The 2027 arrangement here is made up for the test (the State Council's is not bundled); its
 * dates are checked against the calendar: 2027-01-01 and 2027-02-05 are Fridays, 2027-02-20 a Saturday.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOLIDAY_ARRANGEMENTS, isWorkday, type HolidayArrangement } from '@skills/shared';
import { parseHolidaysArgs, runHolidaysCommand } from '../src/cli/holidays';
import { RULEBOOK_CHECK_MS } from '../src/core/rulebook';
import * as rules from '../src/core/rules';
import { STORE_KINDS, dataOf, makeRuntime, type TestRuntime } from './helpers';

const ARRANGEMENT_2027: HolidayArrangement = {
  year: 2027,
  reference: '国办发明电〔2026〕99号',
  title: '国务院办公厅关于2027年部分节假日安排的通知（测试用）',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', quote: '元旦：1月1日（周五）至3日（周日）放假，共3天。' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', quote: '春节：2月5日（周五）至12日（周五）放假调休，共8天。2月20日（周六）上班。' },
  ],
  makeUpWorkdays: ['2027-02-20'],
};
const ANNOUNCEMENT = `一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（周五）至12日（周五）放假调休，
共8天。2月20日（周六）上班。`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holidays-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function served(rt: TestRuntime): Promise<HolidayArrangement[]> {
  return dataOf(await rt.call<{ holidays: HolidayArrangement[] }>('catalog', { action: 'rulebook' })).holidays;
}

describe.each(STORE_KINDS)('holiday arrangements the operator loads (%s)', (store) => {
  let rt: TestRuntime;
  beforeEach(async () => {
    rt = await makeRuntime({ store, demo: false });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rt.app.store.close();
    if (rt.app.store !== rt.store) await rt.store.close();
  });

  it('a new year, checked against its announcement, is served and makes that year’s working days firm', async () => {
    expect(isWorkday('2027-02-20', rules.rulebook().book)).toEqual({ workday: false, estimated: true });
    const lines = await runHolidaysCommand(rt.app.store, parseHolidaysArgs(['load', '--file', write('2027.json', ARRANGEMENT_2027), '--text', write('2027.txt', ANNOUNCEMENT)]));
    expect(lines[0]).toBe('已载入 2027 年节假日安排（国办发明电〔2026〕99号），新增年份：放假 2 段，调休上班 1 天，引文均已在通知原文中找到。');
    expect((await served(rt)).map((a) => a.year)).toEqual([...HOLIDAY_ARRANGEMENTS.map((a) => a.year), 2027]);
    expect((await served(rt)).at(-1)).toEqual(ARRANGEMENT_2027);
    const book = rules.rulebook().book;
    expect(isWorkday('2027-02-08', book)).toEqual({ workday: false, estimated: false });
    expect(isWorkday('2027-02-20', book)).toEqual({ workday: true, estimated: false });
    expect(await runHolidaysCommand(rt.app.store, parseHolidaysArgs(['list']))).toEqual([
      ...HOLIDAY_ARRANGEMENTS.map((a) => `${String(a.year)}\t${a.reference}\t内置`),
      expect.stringMatching(/^2027\t国办发明电〔2026〕99号\t载入于 \d{4}-\d\d-\d\dT/),
    ]);
  });

  it('a loaded year replaces the bundled one, and a running instance picks it up at its next check', async () => {
    const bundled2026 = HOLIDAY_ARRANGEMENTS.find((a) => a.year === 2026)!;
    expect((await served(rt)).find((a) => a.year === 2026)).toEqual(bundled2026);
    const corrected = { ...bundled2026, reference: `${bundled2026.reference}（更正）` };
    const lines = await runHolidaysCommand(rt.app.store, parseHolidaysArgs(['load', '--file', write('2026.json', corrected)]));
    expect(lines[0]).toContain('替换内置的同年安排');
    // Within the check interval the instance still answers from what it read.
    expect((await served(rt)).find((a) => a.year === 2026)).toEqual(bundled2026);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + RULEBOOK_CHECK_MS + 1);
    const after = await served(rt);
    expect(after.filter((a) => a.year === 2026)).toEqual([corrected]);
    expect(after.map((a) => a.year)).toEqual(HOLIDAY_ARRANGEMENTS.map((a) => a.year));
  });

  it.each([
    ['a make-up day on a weekday', { ...ARRANGEMENT_2027, makeUpWorkdays: ['2027-02-19'] }, ANNOUNCEMENT, '调休上班日第1项：2027-02-19应为2027年放假日以外的周六或周日'],
    ['a quote the announcement does not print', ARRANGEMENT_2027, ANNOUNCEMENT.replace('共3天', '共4天'), '原文中找不到'],
    ['a missing field', { ...ARRANGEMENT_2027, reference: undefined }, undefined, '缺少此项'],
  ])('%s is refused naming the row, and nothing is stored', async (_name, arrangement, text, expected) => {
    const args = ['load', '--file', write('bad.json', arrangement), ...(text === undefined ? [] : ['--text', write('bad.txt', text)])];
    await expect(runHolidaysCommand(rt.app.store, parseHolidaysArgs(args))).rejects.toThrow(expected);
    expect(await rt.app.store.holidayArrangements()).toEqual([]);
  });

  it('a file that is not JSON, and a command without --file, are refused with the usage', async () => {
    await expect(runHolidaysCommand(rt.app.store, parseHolidaysArgs(['load', '--file', write('x.json', '{ not json')]))).rejects.toThrow('不是有效的 JSON');
    expect(() => parseHolidaysArgs(['load'])).toThrow('load 需要 --file');
    expect(() => parseHolidaysArgs(['remove'])).toThrow('用法');
  });
});
