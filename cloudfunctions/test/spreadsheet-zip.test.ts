import JSZip from 'jszip';
import { readTable } from '../src/spreadsheet';
import { MAX_COLUMNS, readXlsx } from '../src/spreadsheet/xlsx';
import { MergeCollector, applyVerticalMerges } from '../src/spreadsheet/mergeCells';
import type { RawRow } from '../src/spreadsheet/csv';
import { TICKET_HEADERS, ticketRow, xlsxOf } from './spreadsheet-fixtures';

async function zipOf(files: [string, string][]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('MergeCollector: merged ranges from sheet XML streamed in pieces', () => {
  it('finds every range, with or without a namespace prefix, however the text is cut', () => {
    const merges = Array.from({ length: 3000 }, (_, index) => `<x:mergeCell ref="B${index * 3 + 2}:B${index * 3 + 4}"/>`).join('');
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="ns"><x:sheetData><x:row r="1"/></x:sheetData><x:mergeCells count="3002">${merges}<x:mergeCell ref="AA10:AB10"/><mergeCell ref="C5"/></x:mergeCells></x:worksheet>`;
    for (const size of [1, 7, 64, 1000, xml.length]) {
      const collector = new MergeCollector();
      for (let offset = 0; offset < xml.length; offset += size) collector.scan(xml.slice(offset, offset + size));
      const ranges = collector.finish();
      expect(ranges).toHaveLength(3002);
      expect(ranges[0]).toEqual({ top: 2, left: 2, bottom: 4, right: 2 });
      expect(ranges[2999]).toEqual({ top: 8999, left: 2, bottom: 9001, right: 2 });
      expect(ranges[3000]).toEqual({ top: 10, left: 27, bottom: 10, right: 28 });
      expect(ranges[3001]).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    }
  });
});

describe('applyVerticalMerges', () => {
  const text = (value: string) => ({ kind: 'text' as const, text: value });
  const rows = (): RawRow[] => [
    { rowNumber: 1, cells: [text('考点'), text('备注')] },
    { rowNumber: 2, cells: [text('法华镇路校区'), text('整行说明')] },
    { rowNumber: 3, cells: [null] },
    { rowNumber: 5, cells: [] },
  ];

  it('fills a vertical merge down its first column, leaves the other columns and absent rows alone', () => {
    const result = applyVerticalMerges(rows(), [
      { top: 2, left: 1, bottom: 6, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ]);
    expect(result.map((row) => row.cells[0])).toEqual([text('考点'), text('法华镇路校区'), text('法华镇路校区'), text('法华镇路校区')]);
    expect(result[1].cells[2]).toBeUndefined();
    expect(result.map((row) => row.rowNumber)).toEqual([1, 2, 3, 5]);
  });

  it('does nothing for a merge whose top cell is empty', () => {
    const result = applyVerticalMerges(rows(), [{ top: 3, left: 1, bottom: 5, right: 1 }]);
    expect(result[3].cells).toEqual([]);
  });
});

describe('readTable: XLSX parts in an unusual order', () => {
  it('reads a file whose worksheet comes before its shared strings in the zip', async () => {
    const original = await JSZip.loadAsync(await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      sheet.addRow(ticketRow({ 姓名: '赵六' }, 1));
    }));
    const names = Object.keys(original.files).filter((name) => !original.files[name].dir);
    const sheetFirst = [...names].sort((a, b) => Number(b.includes('worksheets/sheet')) - Number(a.includes('worksheets/sheet')));
    expect(sheetFirst.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(sheetFirst.indexOf('xl/sharedStrings.xml'));
    const reordered = new JSZip();
    for (const name of sheetFirst) reordered.file(name, await original.files[name].async('uint8array'));
    const bytes = await reordered.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const table = await readTable(bytes, 't.xlsx', 'tickets');
    expect(table.rows[0].cells['姓名']).toBe('赵六');
  });

  it('refuses a zip that holds no worksheet (a Word file renamed .xlsx)', async () => {
    const bytes = await zipOf([['word/document.xml', '<w:document/>'], ['[Content_Types].xml', '<Types/>']]);
    await expect(readTable(bytes, '名单.xlsx', 'tickets')).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it('reads cells written as inline strings (t="inlineStr"), as some exporters write them', async () => {
    const zip = await JSZip.loadAsync(await xlsxOf((sheet) => sheet.addRow(['占位'])));
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const columns = 'ABCDEFGHIJK'.split('');
    const header = TICKET_HEADERS.map((text, index) => cell(`${columns[index]}1`, text)).join('');
    const values = ticketRow({ 姓名: '钱七' }, 1).map((value, index) => cell(`${columns[index]}2`, String(value))).join('');
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${header}</row><row r="2">${values}</row></sheetData></worksheet>`,
    );
    const table = await readTable(await zip.generateAsync({ type: 'uint8array' }), 't.xlsx', 'tickets');
    expect(table.headers).toEqual(TICKET_HEADERS);
    expect(table.rows[0].cells).toMatchObject({ 姓名: '钱七', 考试日期: '2026-12-05' });
  });
});

describe('readXlsx: bounded by columns as well as rows', () => {
  it('a stray value in the last column (XFD) does not make every row 16,384 cells wide; the data is still read', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(TICKET_HEADERS);
      for (let index = 1; index <= 50; index += 1) {
        const row = sheet.addRow(ticketRow({ 姓名: `考生${index}` }, index));
        row.getCell(16_384).value = '备注';
      }
    });
    const sheets = await readXlsx(bytes, 1000);
    expect(Math.max(...sheets[0].rows.map((row) => row.cells.length))).toBeLessThanOrEqual(MAX_COLUMNS);
    const table = await readTable(bytes, 't.xlsx', 'tickets');
    expect(table.rows).toHaveLength(50);
    expect(table.rows[49].cells['姓名']).toBe('考生50');
  });
});
