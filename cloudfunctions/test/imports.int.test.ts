import type { ImportPreviewData, ImportConfirmData } from '@skills/shared';
import { PREVIEW_TTL_MS, parseLevel, parseOccupation } from '../src/core/imports';
import { writeTable } from '../src/spreadsheet';
import { STAFF_SJTU, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';
import { dumpData } from './dump';
import { testIdNumber } from './fixtures/idNumbers';
import { SUN, TICKET_NUMBERS, officeRuntime } from './fixtures/office';

const TICKET_HEADERS = ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'];

export function validId(seq: number): string {
  const body = `310101199${String(seq % 10)}0${1 + (seq % 9)}1${String(seq % 10)}${String(seq).padStart(3, '0').slice(-3)}`.slice(0, 17);
  return testIdNumber(body);
}

/** The office fixtures' 上海交通大学 人工智能训练师 四级 session. */
const SESSION_DATE = '2025-10-09';

function ticketRow(number: string, name: string, id: string, date: string, extra: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    准考证号: number,
    姓名: name,
    身份证号: id,
    '职业（工种）': '人工智能训练师',
    等级: '四级',
    申报方式: '团体',
    考试日期: date,
    考试时间: '09:00-11:30',
    考点: '上海市长宁区法华镇路535号主楼216室',
    考场: '第2考场',
    座位号: '07',
    ...extra,
  };
  return TICKET_HEADERS.map((h) => row[h]);
}

function csv(rows: string[][]): string {
  return Buffer.from([TICKET_HEADERS, ...rows].map((r) => r.join(',')).join('\n')).toString('base64');
}

async function preview(rt: TestRuntime, fileBase64: string, kind = 'tickets', fileName = 'tickets.csv') {
  return rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind, fileName, fileBase64 }, STAFF_SJTU);
}

describe('cell parsers', () => {
  it.each([
    ['四级', 4], ['4', 4], ['中级', 4], ['中级（四级）', 4], ['三级/高级工', 3], ['高级技师', 1], ['技师', 2], ['专项职业能力', 'special'], ['五星', null], ['', null],
  ])('level %s', (cell, expected) => expect(parseLevel(cell)).toBe(expected));

  it.each([
    ['人工智能训练师', '4-04-05-05'], ['4-04-05-05', '4-04-05-05'], ['网络与信息安全管理员', '4-04-04-02'], ['信息安全管理员', '4-04-04-02'],
    ['网络与信息安全管理员(信息安全管理员)', '4-04-04-02'], ['厨师', null],
  ])('occupation %s', (cell, expected) => expect(parseOccupation('sjtu', cell)).toBe(expected));
});

describe('imports: preview, then all or nothing', () => {
  it('a good file: preview writes nothing, confirm writes it, the same file again changes nothing', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const file = csv([ticketRow('2027010001', '陈一', validId(1), date), ticketRow('2027010002', '陈二', validId(2), date)]);
    const before = dumpData(rt);
    const first = dataOf(await preview(rt, file));
    expect(first).toMatchObject({ totalRows: 2, validRows: 2, problems: [], changes: { added: 2, updated: 0, unchanged: 0 } });
    expect(first.previewId).not.toBeNull();
    expect(JSON.stringify(first)).not.toContain(validId(1));
    expect(first.sample[0].cells['身份证号']).toMatch(/^\d{4}\*{10}/);
    expect(dumpData(rt)).toBe(before);

    expect(dataOf(await rt.call<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: first.previewId }, STAFF_SJTU))).toEqual({ kind: 'tickets', added: 2, updated: 0, unchanged: 0 });
    const afterFirst = dumpData(rt);
    expect(afterFirst).not.toBe(before);

    const second = dataOf(await preview(rt, file));
    expect(second.changes).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(dataOf(await rt.call<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: second.previewId }, STAFF_SJTU))).toEqual({ kind: 'tickets', added: 0, updated: 0, unchanged: 2 });
    expect(dumpData(rt)).toBe(afterFirst);

    // Confirming again (a retry after a lost answer) answers what the first call wrote, and writes nothing.
    expect(dataOf(await rt.call<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: first.previewId }, STAFF_SJTU))).toEqual({ kind: 'tickets', added: 2, updated: 0, unchanged: 0 });
    expect(dumpData(rt)).toBe(afterFirst);
    // The audit log has every confirm with its row counts, newest first, after the fixtures' own
    // uploads (3 tickets, then 1 result).
    const confirms = (await rt.store.listAudit('sjtu', 50)).filter((e) => e.action === 'import.confirm');
    expect(confirms.map((e) => e.rows)).toEqual([2, 0, 2, 1, 3]);
  });

  it('an XLSX file with Excel dates reads the same as the CSV', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const bytes = await writeTable('准考证', TICKET_HEADERS, [ticketRow('2027010003', '陈三', validId(3), date)]);
    const answer = dataOf(await preview(rt, Buffer.from(bytes).toString('base64'), 'tickets', 'tickets.xlsx'));
    expect(answer).toMatchObject({ totalRows: 1, validRows: 1, problems: [] });
  });

  it('every bad row is reported by row and column, and nothing is written', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const goodId = validId(4);
    const badChecksum = goodId.slice(0, 17) + (goodId[17] === '0' ? '1' : '0');
    const rows = [
      ticketRow('2027010010', '陈四', goodId, date), // row 2: fine
      ticketRow('2027010011', '陈五', badChecksum, date), // row 3: checksum
      ticketRow('2027010012', '陈六', validId(6), date, { '职业（工种）': '厨师' }), // row 4
      ticketRow('2027010013', '陈七', validId(7), date, { 等级: '五星' }), // row 5
      ticketRow('2027010014', '陈八', validId(8), '2025-10-10'), // row 6: no session that day
      ticketRow('2027010010', '陈九', validId(9), date), // row 7: duplicate of row 2
      ticketRow(TICKET_NUMBERS.QIAN, '陈十', validId(10), date), // row 8: number belongs to another person
      ticketRow('2027010015', '冒名', SUN.idNumber, date), // row 9: name does not match the stored person
      ticketRow('2027010016', '陈四改', goodId, date), // row 10: same ID as row 2, other name
      ticketRow('2027010017', '陈十一', validId(11), date, { 等级: '一级' }), // row 11: level not offered
    ];
    const before = dumpData(rt);
    const answer = dataOf(await preview(rt, csv(rows)));
    expect(answer.previewId).toBeNull();
    const found = answer.problems.map((p) => [p.row, p.column, p.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, '身份证号', 'BAD_ID_NUMBER'],
        [4, '职业（工种）', 'UNKNOWN_OCCUPATION'],
        [5, '等级', 'UNKNOWN_LEVEL'],
        [6, '考试日期', 'NO_SESSION'],
        [7, '准考证号', 'DUPLICATE_TICKET'],
        [8, '准考证号', 'DUPLICATE_TICKET'],
        [9, '姓名', 'NAME_MISMATCH'],
        [10, '姓名', 'NAME_MISMATCH'],
        [11, '等级', 'NOT_OFFERED'],
      ]),
    );
    expect(found.some(([row]) => row === 2)).toBe(false);
    expect(answer.validRows).toBe(1);
    for (const p of answer.problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(dumpData(rt)).toBe(before);
  });

  it('a missing column or an unreadable file is IMPORT_INVALID with a Chinese message', async () => {
    const rt = await officeRuntime();
    const missing = Buffer.from('准考证号,姓名\n1,张\n').toString('base64');
    const answer = await preview(rt, missing);
    expect(codeOf(answer)).toBe('IMPORT_INVALID');
    expect(codeOf(await preview(rt, Buffer.from('not a zip').toString('base64'), 'tickets', 'x.xlsx'))).toBe('IMPORT_INVALID');
    expect(codeOf(await preview(rt, Buffer.from('%PDF-1.4').toString('base64'), 'tickets', 'x.pdf'))).toBe('IMPORT_INVALID');
  });

  it('confirm checks again: a ticket number taken since the preview fails the whole file', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const first = dataOf(await preview(rt, csv([ticketRow('2027010020', '周一', validId(20), date), ticketRow('2027010021', '周二', validId(21), date)])));
    const other = dataOf(await preview(rt, csv([ticketRow('2027010021', '吴三', validId(22), date)])));
    dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: other.previewId }, STAFF_SJTU));
    const before = dumpData(rt);
    const answer = await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: first.previewId }, STAFF_SJTU);
    expect(codeOf(answer)).toBe('IMPORT_INVALID');
    expect(dumpData(rt)).toBe(before);
  });

  it('a preview expires after 30 minutes', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const first = dataOf(await preview(rt, csv([ticketRow('2027010030', '郑一', validId(30), date)])));
    rt.advance(PREVIEW_TTL_MS + 1000);
    expect(codeOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: first.previewId }, STAFF_SJTU))).toBe('PREVIEW_EXPIRED');
  });

  it('staff of another organisation cannot confirm a preview', async () => {
    const rt = await officeRuntime();
    const date = SESSION_DATE;
    const first = dataOf(await preview(rt, csv([ticketRow('2027010031', '郑二', validId(31), date)])));
    expect(codeOf(await rt.call('admin', { action: 'import.confirm', orgId: 'kupasi', previewId: first.previewId }, { identity: 'staff-kupasi' }))).toBe('PREVIEW_EXPIRED');
  });

  it('results: bound to a ticket, the same person, the same date; outcomes 合格/不合格/缺考', async () => {
    // After the 2027-01-09 exam: results only come for exams that were held.
    const rt = await makeRuntime({ today: '2027-01-20', demo: false });
    const session = { occupationId: '4-04-05-05', track: 4, date: '2027-01-09', startTime: '09:00', endTime: '11:30', venue: { name: '考点', address: '考点' }, capacity: 40 };
    const date = dataOf(await rt.call<{ session: { date: string } }>('admin', { action: 'sessions.upsert', orgId: 'sjtu', session }, STAFF_SJTU)).session.date;
    const ticketPreview = dataOf(await preview(rt, csv([ticketRow('2027010040', '孙一', validId(40), date), ticketRow('2027010041', '孙二', validId(41), date)])));
    dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: ticketPreview.previewId }, STAFF_SJTU));
    const headers = ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '考试日期', '理论知识', '操作技能', '综合评审', '阅卷或工件检测'];
    const rows = [
      ['2027010040', '孙一', validId(40), '人工智能训练师', '四级', date, '合格', '不合格', '', '否'],
      ['2027010041', '孙二', validId(40), '人工智能训练师', '四级', date, '合格', '合格', '', '否'],
      ['2027010099', '孙三', validId(42), '人工智能训练师', '四级', date, '合格', '合格', '', ''],
      ['2027010040', '孙一', validId(40), '人工智能训练师', '四级', '2027-01-30', '优秀', '合格', '', '否'],
    ];
    const file = Buffer.from([headers, ...rows].map((r) => r.join(',')).join('\n')).toString('base64');
    const bad = dataOf(await preview(rt, file, 'results', 'results.csv'));
    expect(bad.problems.map((p) => [p.row, p.code])).toEqual(
      expect.arrayContaining([[3, 'NAME_MISMATCH'], [4, 'UNKNOWN_TICKET'], [5, 'BAD_VALUE']]),
    );
    const good = Buffer.from([headers, rows[0]].map((r) => r.join(',')).join('\n')).toString('base64');
    const ok = dataOf(await preview(rt, good, 'results', 'results.csv'));
    expect(ok.problems).toEqual([]);
    expect(dataOf(await rt.call<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: ok.previewId }, STAFF_SJTU)).added).toBe(1);
  });

  it('candidates: name, ID, occupation, level, channel', async () => {
    const rt = await officeRuntime();
    const headers = ['姓名', '身份证号', '职业（工种）', '等级', '申报方式', '报名渠道'];
    const rows = [
      ['钱一', validId(50), '人工智能训练师', '中级（四级）', '团体', '某培训学校'],
      ['钱二', validId(51), '4-04-04-02', '3', '个人', ''],
      ['钱三', validId(52), '人工智能训练师', '四级', '网上', ''],
    ];
    const file = Buffer.from([headers, ...rows].map((r) => r.join(',')).join('\n')).toString('base64');
    const answer = dataOf(await preview(rt, file, 'candidates', 'c.csv'));
    expect(answer.problems.map((p) => [p.row, p.column, p.code])).toEqual([[4, '申报方式', 'BAD_VALUE']]);
    const good = Buffer.from([headers, ...rows.slice(0, 2)].map((r) => r.join(',')).join('\n')).toString('base64');
    const ok = dataOf(await preview(rt, good, 'candidates', 'c.csv'));
    expect(dataOf(await rt.call<ImportConfirmData>('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: ok.previewId }, STAFF_SJTU))).toEqual({ kind: 'candidates', added: 2, updated: 0, unchanged: 0 });
    // An imported candidate can bind.
    const bound = dataOf(await rt.call<{ maskedIdNumber: string }>('tickets', { action: 'bind', name: '钱一', idNumber: validId(50) }, { identity: 'someone' }));
    expect(validId(50)).toBe('310101199006100500');
    expect(bound.maskedIdNumber).toBe('3101**********0500');
  });
});
