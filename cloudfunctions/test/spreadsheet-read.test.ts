import ExcelJS from 'exceljs';
import { MAX_DATA_ROWS, SheetError, readTable, type SheetErrorCode } from '../src/spreadsheet';
import { TICKET_HEADERS, csvText, gb18030, ticketRow, utf16le, utf8, xlsxOf, xlsxRows } from './spreadsheet-fixtures';

async function sheetError(promise: Promise<unknown>): Promise<SheetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SheetError) return error;
    throw error;
  }
  throw new Error('expected a SheetError');
}

describe('readTable: XLSX tickets as an office writes them', () => {
  it('reads the template headers, in template order, and each row with its spreadsheet row number', async () => {
    const file = await xlsxRows([TICKET_HEADERS, ticketRow({}, 1), ticketRow({}, 2)]);
    const table = await readTable(file, '准考证.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 3]);
    expect(table.rows[0].cells).toEqual({
      准考证号: '202612000001',
      姓名: '考生1',
      身份证号: '310101199003070021',
      '职业（工种）': '人工智能训练师',
      等级: '四级',
      申报方式: '团体',
      考试日期: '2026-12-05',
      考试时间: '09:00-11:00',
      考点: '上海市长宁区法华镇路535号',
      考场: '第1考场',
      座位号: '01',
    });
  });

  it('finds the header row below a title merged across the top, and numbers rows as the sheet does', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(['上海交通大学 2026年12月 职业技能评价准考证信息']);
      sheet.mergeCells('A1:K1');
      sheet.addRow(['制表日期：2026-11-20']);
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({}, 1));
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].rowNumber).toBe(4);
    expect(table.rows[0].cells['姓名']).toBe('考生1');
  });

  it('takes the first column of a header cell merged across columns (the one that holds the data)', async () => {
    const headers = ['准考证号', '姓名', '身份证号', '', '职业（工种）', '等级', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'];
    const file = await xlsxOf((sheet) => {
      sheet.addRow(headers);
      sheet.mergeCells('C1:D1');
      const row = ticketRow({}, 7);
      sheet.addRow([...row.slice(0, 3), '备注', ...row.slice(3)]);
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows[0].cells['身份证号']).toBe('310101199003070027');
    expect(table.rows[0].cells['职业（工种）']).toBe('人工智能训练师');
  });

  it('reads a two-row heading: vertical merges above, a merged group title over 考试日期/考试时间/考点', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试安排', '', '', '考场', '座位号']);
      sheet.addRow(['', '', '', '', '', '', '考试日期', '考试时间', '考点', '', '']);
      for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K']) sheet.mergeCells(`${column}1:${column}2`);
      sheet.mergeCells('G1:I1');
      sheet.addRow(ticketRow({}, 3));
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows[0].rowNumber).toBe(3);
    expect(table.rows[0].cells['考试日期']).toBe('2026-12-05');
    expect(table.rows[0].cells['座位号']).toBe('03');
  });

  it('reads a two-row heading without merges (the upper header cell left standing alone)', async () => {
    const file = await xlsxRows([
      ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试安排', '', '', '考场', '座位号'],
      ['', '', '', '', '', '', '考试日期', '考试时间', '考点', '', ''],
      ticketRow({}, 1),
    ]);
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
  });

  it('fills a 考点 merged down several rows into each row, but not a note merged across a row', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({}, 1));
      sheet.addRow(ticketRow({ 考点: null }, 2));
      sheet.mergeCells('I2:I3');
      sheet.addRow(['备注：请考生提前 30 分钟到场']);
      sheet.mergeCells('A4:K4');
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows[1].cells['考点']).toBe('上海市长宁区法华镇路535号');
    // The merged note is not spread down or across: it is one cell under the data, which ends the data.
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 3]);
  });

  it('a 制表人 note and blank rows under the data end it; a data row after a note still counts', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({}, 1));
      sheet.addRow([]);
      sheet.addRow(['制表人：王老师']);
      sheet.addRow(['审核：李老师']);
      sheet.addRow([]);
    });
    expect((await readTable(file, 't.xlsx', 'tickets')).rows.map((row) => row.rowNumber)).toEqual([2]);
    const dataAfterNote = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({}, 1));
      sheet.addRow(['备注：补录']);
      sheet.addRow(ticketRow({}, 2));
    });
    expect((await readTable(dataAfterNote, 't.xlsx', 'tickets')).rows.map((row) => row.rowNumber)).toEqual([2, 3, 4]);
  });

  it('marks a 身份证号 stored as a number (digits past the 15th lost), in XLSX and in Excel\'s CSV form', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({ 身份证号: 310101199003070000 }, 1));
    });
    const [row] = (await readTable(file, 't.xlsx', 'tickets')).rows;
    expect(row.storedAsNumber).toEqual(['身份证号']);
    const csv = Buffer.from(`姓名,身份证号,职业（工种）,等级,申报方式\n李四,3.10101E+17,人工智能训练师,四级,个人\n`);
    expect((await readTable(csv, 'c.csv', 'candidates')).rows[0].storedAsNumber).toEqual(['身份证号']);
  });

  it.each([
    { desc: '别名：身份证号码、证件号码之外的写法', headers: ['准考证号码', '考生姓名', '身份证号码', '职业名称', '级别', '报名方式', '考核日期', '考核时间', '考试地点', '考场号', '座号'] },
    { desc: '多余空格、半角括号、必填星号', headers: [' 准考证号 ', '姓 名', '证件号码*', '职业(工种)', '等级 ', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'] },
    { desc: '全角空格、不间断空格和括号说明', headers: ['准考证号\u3000', '姓\u00a0名', '身份证号(18位)', '职业（工种）', '等级（必填）', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'] },
  ])('maps header variants: $desc', async ({ headers }) => {
    const table = await readTable(await xlsxRows([headers, ticketRow({}, 1)]), 't.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows[0].cells['身份证号']).toBe('310101199003070021');
  });

  it('ignores columns the template does not know and accepts any column order', async () => {
    const reordered = [...TICKET_HEADERS].reverse();
    const row = ticketRow({}, 4).reverse();
    const table = await readTable(await xlsxRows([['序号', ...reordered], [1, ...row]]), 't.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows[0].cells['准考证号']).toBe('202612000004');
    expect(Object.keys(table.rows[0].cells)).not.toContain('序号');
  });

  it.each([
    { desc: '日期单元格（exceljs 给出 UTC 日期）', value: new Date(Date.UTC(2026, 11, 5)), expected: '2026-12-05' },
    { desc: '数字序列号', value: 46361, expected: '2026-12-05' },
    { desc: '带时间的序列号', value: 46361.375, expected: '2026-12-05' },
    { desc: '文字 2026/12/5', value: '2026/12/5', expected: '2026-12-05' },
    { desc: '文字 2026年12月5日', value: '2026年12月5日', expected: '2026-12-05' },
    { desc: '文字 2026-12-05 带空格', value: ' 2026-12-05 ', expected: '2026-12-05' },
    { desc: '公式，结果为日期', value: { formula: 'DATE(2026,12,5)', result: new Date(Date.UTC(2026, 11, 5)) }, expected: '2026-12-05' },
    { desc: '不存在的日期原样交给校验', value: '2026-02-30', expected: '2026-02-30' },
  ])('reads 考试日期 from $desc', async ({ value, expected }) => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({ 考试日期: value as ExcelJS.CellValue }, 1));
      if (value instanceof Date) sheet.getCell('G2').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows[0].cells['考试日期']).toBe(expected);
  });

  it('reads serials of a 1904-date-system workbook', async () => {
    const file = await xlsxOf((sheet, workbook) => {
      workbook.properties.date1904 = true;
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({ 考试日期: 44899 }, 1));
    });
    expect((await readTable(file, 't.xlsx', 'tickets')).rows[0].cells['考试日期']).toBe('2026-12-05');
  });

  it.each([
    { desc: '全角数字和 Ｘ 的身份证号', header: '身份证号', value: '３１０１０１１９９００３０７００２Ｘ', expected: '31010119900307002X' },
    { desc: '末尾空格和不间断空格', header: '姓名', value: '张三 \u00a0', expected: '张三' },
    { desc: '身份证号中间的空格', header: '身份证号', value: '310101 19900307 0027', expected: '310101199003070027' },
    { desc: '以文本保存、带前导 0 的准考证号', header: '准考证号', value: '000123', expected: '000123' },
    { desc: '以数字保存的身份证号（Excel 只保留 15 位，交给校验）', header: '身份证号', value: 310101199003070000, expected: '310101199003070000' },
    { desc: '富文本', header: '姓名', value: { richText: [{ text: '张', font: { bold: true } }, { text: '三 ' }] }, expected: '张三' },
    { desc: '公式取结果', header: '考场', value: { formula: '"第"&1&"考场"', result: '第1考场' }, expected: '第1考场' },
    { desc: '未计算的公式没有结果', header: '考场', value: { formula: 'A1' }, expected: '' },
    { desc: '超链接取文字', header: '考点', value: { text: '徐汇区龙台路180号', hyperlink: 'https://example.org' }, expected: '徐汇区龙台路180号' },
    { desc: '错误值原样交给校验', header: '座位号', value: { error: '#N/A' }, expected: '#N/A' },
    { desc: '数字座位号', header: '座位号', value: 12, expected: '12' },
  ])('reads $desc', async ({ header, value, expected }) => {
    const file = await xlsxRows([TICKET_HEADERS, ticketRow({ [header]: value as ExcelJS.CellValue }, 1)]);
    expect((await readTable(file, 't.xlsx', 'tickets')).rows[0].cells[header]).toBe(expected);
  });

  it('keeps the zeros a 000000 number format shows, and reads a time cell in 考试时间 as 时:分', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({ 准考证号: 123, 考试时间: new Date(Date.UTC(1899, 11, 30, 9, 30)) }, 1));
      sheet.getCell('A2').numFmt = '000000';
      sheet.getCell('H2').numFmt = 'hh:mm';
    });
    const cells = (await readTable(file, 't.xlsx', 'tickets')).rows[0].cells;
    expect(cells['准考证号']).toBe('000123');
    expect(cells['考试时间']).toBe('09:30');
  });

  it('skips blank rows (also rows of spaces) and the template example row, keeping row numbers', async () => {
    const example = ['2026120001', '张三', '310101199003070027', '人工智能训练师', '四级', '团体', '2026-12-05', '09:00-11:00', '上海市长宁区法华镇路535号', '第1考场', '01'];
    const file = await xlsxRows([TICKET_HEADERS, example, [], ['  ', '\u00a0'], ticketRow({}, 1), [], ticketRow({}, 2)]);
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows.map((row) => row.rowNumber)).toEqual([5, 7]);
  });

  it('reads the sheet that has the headers when the first one is an instructions sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填写说明').addRow(['请按下表填写，日期写成 2026-12-05']);
    const data = workbook.addWorksheet('准考证');
    data.addRow(TICKET_HEADERS);
    data.addRow(ticketRow({}, 9));
    const file = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await readTable(file, 't.xlsx', 'tickets')).rows[0].cells['姓名']).toBe('考生9');
  });

  it('reads visible sheets before hidden ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('旧数据', { state: 'hidden' });
    hidden.addRow(TICKET_HEADERS);
    hidden.addRow(ticketRow({ 姓名: '旧考生' }, 1));
    const visible = workbook.addWorksheet('准考证');
    visible.addRow(TICKET_HEADERS);
    visible.addRow(ticketRow({ 姓名: '新考生' }, 1));
    const file = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await readTable(file, 't.xlsx', 'tickets')).rows[0].cells['姓名']).toBe('新考生');
  });

  it('reads the optional columns of candidates and results only when the file has them', async () => {
    const candidates = await readTable(
      await xlsxRows([['姓名', '身份证号码', '职业（工种）', '等级', '申报方式'], ['李四', '310101199003070027', '人工智能训练师', '三级', '个人']]),
      'c.xlsx',
      'candidates',
    );
    expect(candidates.headers).toEqual(['姓名', '身份证号', '职业（工种）', '等级', '申报方式']);
    const results = await readTable(
      await xlsxRows([
        ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '考试日期', '理论知识', '操作技能', '阅卷或工件检测'],
        ['2026120001', '李四', '310101199003070027', '人工智能训练师', '三级', 46361, '合格', '缺考', true],
      ]),
      'r.xlsx',
      'results',
    );
    expect(results.headers).not.toContain('综合评审');
    expect(results.rows[0].cells).toMatchObject({ 考试日期: '2026-12-05', 操作技能: '缺考', 阅卷或工件检测: '是' });
  });
});

describe('readTable: CSV in the encodings offices save', () => {
  const rows = [TICKET_HEADERS, ticketRow({ 姓名: '王 五 ' }, 1) as string[]];
  it.each([
    { desc: 'UTF-8 带 BOM', bytes: () => utf8(csvText(rows), true) },
    { desc: 'UTF-8 不带 BOM', bytes: () => utf8(csvText(rows)) },
    { desc: 'GB18030（中文 Windows 上 Excel 另存的 CSV）', bytes: () => gb18030(csvText(rows)) },
    { desc: 'UTF-16 制表符分隔（Unicode 文本）', bytes: () => utf16le(csvText(rows, '\t')) },
    { desc: '分号分隔', bytes: () => utf8(csvText(rows, ';')) },
    { desc: '只有 LF 换行', bytes: () => utf8(csvText(rows).replace(/\r\n/g, '\n')) },
    { desc: '首行 sep=; 指明分隔符（Excel 的写法）', bytes: () => utf8(`sep=;\r\n${csvText(rows, ';')}`) },
  ])('$desc', async ({ bytes }) => {
    const table = await readTable(bytes(), '准考证.csv', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows[0].rowNumber).toBe(2);
    expect(table.rows[0].cells['姓名']).toBe('王 五');
    expect(table.rows[0].cells['考试日期']).toBe('2026-12-05');
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, numbering rows by record', async () => {
    const text =
      TICKET_HEADERS.join(',') +
      '\r\n' +
      '2026120001,张三,310101199003070027,人工智能训练师,四级,团体,2026/12/5,09:00-11:00,"上海市长宁区法华镇路535号,\n主楼216室",第1考场,01\r\n' +
      '2026120002,"李""四""",310101199003070027,人工智能训练师,四级,团体,2026年12月5日,09:00-11:00,考点,第1考场,02\r\n' +
      ',,,,,,,,,,\r\n' +
      '2026120003,王五,310101199003070027,人工智能训练师,四级,个人,20261205,09:00-11:00,考点,第1考场,03';
    const table = await readTable(utf8(text), 't.csv', 'tickets');
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 3, 5]);
    expect(table.rows[0].cells['考点']).toBe('上海市长宁区法华镇路535号,\n主楼216室');
    expect(table.rows[1].cells['姓名']).toBe('李"四"');
    expect(table.rows[2].cells['考试日期']).toBe('2026-12-05');
  });

  it('reports a quote left open with the row where it starts', async () => {
    const text = `${TICKET_HEADERS.join(',')}\n2026120001,"张三,310101199003070027\n2026120002,李四\n`;
    const error = await sheetError(readTable(utf8(text), 't.csv', 'tickets'));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain('第 2 行');
  });
});

describe('readTable: files it refuses, with a Chinese message and a stable code', () => {
  const cases: { desc: string; bytes: () => Promise<Uint8Array> | Uint8Array; name: string; code: SheetErrorCode; mentions: string }[] = [
    { desc: '空文件', bytes: () => new Uint8Array(), name: 't.xlsx', code: 'BAD_FILE', mentions: '空' },
    { desc: '只有空白的 CSV', bytes: () => utf8(' \r\n,,\r\n\r\n'), name: 't.csv', code: 'BAD_FILE', mentions: '空' },
    { desc: '没有工作内容的 XLSX', bytes: () => xlsxRows([]), name: 't.xlsx', code: 'BAD_FILE', mentions: '空' },
    { desc: '只有表头', bytes: () => xlsxRows([TICKET_HEADERS]), name: 't.xlsx', code: 'BAD_FILE', mentions: '没有数据行' },
    { desc: '旧版 .xls', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), name: 't.xls', code: 'UNSUPPORTED_FORMAT', mentions: '.xls' },
    { desc: '改了扩展名的旧版 .xls 或加密文件', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), name: 't.xlsx', code: 'UNSUPPORTED_FORMAT', mentions: '密码' },
    { desc: 'PDF', bytes: () => utf8('%PDF-1.7'), name: '通知.pdf', code: 'UNSUPPORTED_FORMAT', mentions: 'PDF' },
    { desc: '不认识的扩展名', bytes: () => utf8('hello'), name: 'data.bin', code: 'UNSUPPORTED_FORMAT', mentions: '.xlsx' },
    { desc: '损坏的 .xlsx', bytes: () => utf8('not a zip'), name: 't.xlsx', code: 'BAD_FILE', mentions: '损坏' },
    { desc: '截断的 zip', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), name: 't.xlsx', code: 'BAD_FILE', mentions: '损坏' },
    { desc: '二进制内容冒充 CSV', bytes: () => new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]), name: 't.csv', code: 'BAD_FILE', mentions: '另存为' },
  ];
  it.each(cases)('$desc → $code', async ({ bytes, name, code, mentions }) => {
    const error = await sheetError(readTable(await bytes(), name, 'tickets'));
    expect(error.code).toBe(code);
    expect(error.message).toContain(mentions);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the required columns a file lacks', async () => {
    const headers = TICKET_HEADERS.filter((header) => header !== '身份证号' && header !== '考试日期');
    const error = await sheetError(readTable(await xlsxRows([headers, headers.map(() => 'x')]), 't.xlsx', 'tickets'));
    expect(error.code).toBe('MISSING_COLUMNS');
    expect(error.missingColumns).toEqual(['身份证号', '考试日期']);
    expect(error.message).toContain('身份证号、考试日期');
  });

  it('says so when no header of the template is found at all (the wrong kind of file)', async () => {
    const error = await sheetError(readTable(await xlsxRows([['序号', '备注'], [1, 'x']]), 't.xlsx', 'results'));
    expect(error.code).toBe('MISSING_COLUMNS');
    expect(error.message).toContain('成绩');
  });

  it('refuses a CSV of more than the cap of rows (200,000 rows)', async () => {
    const line = ticketRow({}, 1).join(',');
    const text = `${TICKET_HEADERS.join(',')}\n${`${line}\n`.repeat(200_000)}`;
    expect(MAX_DATA_ROWS).toBeLessThan(200_000);
    const error = await sheetError(readTable(utf8(text), 't.csv', 'tickets'));
    expect(error.code).toBe('TOO_MANY_ROWS');
  });

  it('refuses an XLSX over a given row cap, counted on data rows', async () => {
    const file = await xlsxRows([TICKET_HEADERS, ...Array.from({ length: 30 }, (_, index) => ticketRow({}, index + 1))]);
    expect((await readTable(file, 't.xlsx', 'tickets', { maxRows: 30 })).rows).toHaveLength(30);
    expect((await sheetError(readTable(file, 't.xlsx', 'tickets', { maxRows: 29 }))).code).toBe('TOO_MANY_ROWS');
    expect((await sheetError(readTable(file, 't.xlsx', 'tickets', { maxRows: 5 }))).code).toBe('TOO_MANY_ROWS');
  });

  it('does not change the bytes it was given', async () => {
    const file = await xlsxRows([TICKET_HEADERS, ticketRow({}, 1)]);
    const copy = file.slice();
    await readTable(file, 't.xlsx', 'tickets');
    expect(file).toEqual(copy);
  });
});

describe('readTable: 10,000-row files', () => {
  const count = 10_000;
  it('reads every row of a 10,000-row XLSX', async () => {
    const file = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      for (let index = 1; index <= count; index += 1) sheet.addRow(ticketRow({ 考试日期: 46361 + (index % 3) }, index));
    });
    const table = await readTable(file, 't.xlsx', 'tickets');
    expect(table.rows).toHaveLength(count);
    expect(table.rows[count - 1]).toEqual({ rowNumber: count + 1, cells: expect.objectContaining({ 准考证号: '2026120010000', 考试日期: '2026-12-06' }) });
    expect(new Set(table.rows.map((row) => row.cells['准考证号'])).size).toBe(count);
    // Chinese text cut between two chunks of the file must come out whole.
    expect(table.rows.filter((row, index) => row.cells['姓名'] !== `考生${index + 1}`)).toEqual([]);
  });

  it('reads every row of a 10,000-row GB18030 CSV', async () => {
    const lines = [TICKET_HEADERS, ...Array.from({ length: count }, (_, index) => ticketRow({}, index + 1) as string[])];
    const table = await readTable(gb18030(csvText(lines)), 't.csv', 'tickets');
    expect(table.rows).toHaveLength(count);
    expect(table.rows[4999].cells['姓名']).toBe('考生5000');
  });
});
