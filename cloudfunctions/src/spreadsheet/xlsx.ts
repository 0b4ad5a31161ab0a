/** XLSX through exceljs: each worksheet as rows of raw cells. */
import ExcelJS from 'exceljs';
import { SheetError } from './errors';
import type { RawCell } from './cells';
import type { RawRow } from './csv';

export interface RawSheet {
  name: string;
  rows: RawRow[];
  /** The workbook counts dates from 1904 (old Mac files): serials in date columns shift. */
  date1904: boolean;
}

type Value = ExcelJS.CellValue;

/** A cell value as a raw cell: formulas by their result, rich text and links by their text. */
function rawCell(value: Value, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value, numFmt };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { kind: 'date', date: value };
  }
  if ('richText' in value) return rawCell(value.richText.map((run) => run.text).join(''), numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula never calculated (written by a program) has no result: nothing to import.
    return value.result === undefined ? null : rawCell(value.result, numFmt);
  }
  if ('hyperlink' in value) {
    // exceljs may hand a link's text over as rich text.
    const text: unknown = value.text;
    return rawCell(typeof text === 'string' ? text : (text as Value), numFmt);
  }
  if ('error' in value) return { kind: 'text', text: value.error };
  return null;
}

/** The cell's own value, or for a vertically merged cell the value of the merge's top cell. */
function cellValue(cell: ExcelJS.Cell): Value {
  if (cell.type !== ExcelJS.ValueType.Merge) return cell.value;
  // A vertical merge (one 考点 for several rows) applies to each row; a horizontal
  // one (a note across the row) belongs to its first column only.
  return cell.master.col === cell.col ? cell.master.value : null;
}

/**
 * Every worksheet of an XLSX file, visible ones first. Throws BAD_FILE for a
 * file exceljs cannot open and TOO_MANY_ROWS for a sheet over maxRecords rows.
 */
export async function readXlsx(bytes: Uint8Array, maxRecords: number): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer interface; a Node Buffer over the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SheetError('BAD_FILE', '文件已损坏或不是 Excel 表格，无法打开。请在 Excel 中打开确认后另存为 .xlsx 再导入。');
  }
  const date1904 = Boolean(workbook.properties?.date1904);
  const worksheets = [...workbook.worksheets].sort(
    (a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'),
  );
  return worksheets.map((worksheet) => {
    if (worksheet.actualRowCount > maxRecords) {
      throw new SheetError('TOO_MANY_ROWS', `工作表“${worksheet.name}”超过 ${maxRecords} 行，请拆分成几个文件分别导入。`);
    }
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = rawCell(cellValue(cell), cell.numFmt);
      });
      for (let index = 0; index < cells.length; index += 1) cells[index] ??= null;
      rows.push({ rowNumber, cells });
    });
    return { name: worksheet.name, rows, date1904 };
  });
}
