import ExcelJS from 'exceljs';
import { SheetError, readTable, safeSheetName, templateFile, writeTable, type ImportKind } from '../src/spreadsheet';

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('writeTable', () => {
  it('writes a styled, frozen header row and keeps text as text and numbers as numbers', async () => {
    const bytes = await writeTable('12月准考证', ['准考证号', '姓名', '身份证号', '座位'], [
      ['000123', '张三', '31010119900307002X', 1],
      ['=1+1', '李四', '310101199003070027', 2],
    ]);
    const sheet = (await openWorkbook(bytes)).getWorksheet('12月准考证');
    expect(sheet).toBeDefined();
    const header = sheet!.getRow(1);
    expect(header.values).toEqual([undefined, '准考证号', '姓名', '身份证号', '座位']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.getCell('A2').value).toBe('000123');
    expect(sheet!.getCell('A3').value).toBe('=1+1');
    expect(sheet!.getCell('C2').value).toBe('31010119900307002X');
    expect(sheet!.getCell('D3').value).toBe(2);
  });

  it('reads back through readTable unchanged', async () => {
    const headers = ['姓名', '身份证号', '职业（工种）', '等级', '申报方式', '报名渠道'];
    const rows = [
      ['张三', '310101199003070027', '人工智能训练师', '四级', '团体', '某培训学校'],
      ['李四', '31010119900307002X', '网络与信息安全管理员（信息安全管理员）', '三级', '个人', ''],
    ];
    const table = await readTable(await writeTable('考生名单', headers, rows), '名单.xlsx', 'candidates');
    expect(table.rows.map((row) => headers.map((header) => row.cells[header]))).toEqual(rows);
  });

  it('writes an empty list as a header row only', async () => {
    const sheet = (await openWorkbook(await writeTable('成绩', ['准考证号'], []))).worksheets[0];
    expect(sheet.actualRowCount).toBe(1);
  });

  it.each([
    ['2026/12 准考证', '2026 12 准考证'],
    ['[成绩]?', '成绩'],
    ['', 'Sheet1'],
    ['一'.repeat(40), '一'.repeat(31)],
  ])('makes a sheet name Excel accepts: %s → %s', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});

/**
 * The templates as offices have saved them: sheet title and headers written out, so renaming a
 * header fails here instead of silently breaking every office's saved template. Each kind has a
 * row as an office fills it in.
 */
const TEMPLATES: [ImportKind, string, string[], string[]][] = [
  ['candidates', '考生名单', ['姓名', '身份证号', '职业（工种）', '等级', '申报方式', '报名渠道'], ['王五', '310104199306140829', '人工智能训练师', '四级', '团体', '某某职业技能培训学校']],
  [
    'tickets',
    '准考证信息',
    ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'],
    ['2025100901', '王五', '310104199306140829', '人工智能训练师', '四级', '个人', '2025-10-09', '09:00-11:30', '上海市长宁区法华镇路535号主楼216室', '第1考场', '01'],
  ],
  [
    'results',
    '成绩',
    ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '考试日期', '理论知识', '操作技能', '综合评审', '阅卷或工件检测'],
    ['2025082301', '王五', '31011219900101272X', '网络与信息安全管理员（信息安全管理员）', '四级', '2025-08-23', '合格', '不合格', '', '否'],
  ],
];

describe('templateFile', () => {
  const kinds = TEMPLATES.map(([kind]) => kind);

  it.each(TEMPLATES)('%s: sheet “%s” with the headers an office expects, styled, an example row and a guide sheet', async (kind, title, headers) => {
    const workbook = await openWorkbook(await templateFile(kind));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe(title);
    const header = sheet.getRow(1);
    expect(header.cellCount).toBe(headers.length);
    headers.forEach((text, index) => {
      const cell = header.getCell(index + 1);
      expect(cell.value).toBe(text);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    });
    expect(sheet.getRow(2).cellCount).toBeGreaterThan(0);
    expect(workbook.getWorksheet('填写说明')?.getCell('A2').value).toBe(headers[0]);
  });

  it.each(kinds)('%s: the template as downloaded has no data (its example row is not imported)', async (kind) => {
    await expect(readTable(await templateFile(kind), '模板.xlsx', kind)).rejects.toThrow(SheetError);
    await expect(readTable(await templateFile(kind), '模板.xlsx', kind)).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it.each(TEMPLATES)('%s: a row filled in below the example is read with every template column', async (kind, _title, headers, row) => {
    const workbook = await openWorkbook(await templateFile(kind));
    const sheet = workbook.worksheets[0];
    sheet.getRow(3).values = row;
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const table = await readTable(bytes, '模板.xlsx', kind);
    expect(table.headers).toEqual(headers);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].rowNumber).toBe(3);
    expect(headers.map((h) => table.rows[0].cells[h])).toEqual(row);
  });

  it('formats identifier columns as text and offers drop-downs for fixed values', async () => {
    const sheet = (await openWorkbook(await templateFile('results'))).worksheets[0];
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getColumn(6).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('G5').dataValidation).toMatchObject({ type: 'list', formulae: ['"合格,不合格,缺考"'] });
  });
});
