/** From raw rows to a SheetTable: find the header row, map its columns to the template, read the data rows. */
import { SheetError } from './errors';
import { cellText, type ColumnTreatment, type RawCell } from './cells';
import type { RawRow } from './csv';
import type { RawSheet } from './xlsxValues';
import { IMPORT_TEMPLATES, headerLookup, type ImportKind } from './templates';

export interface SheetRow {
  /** As the spreadsheet shows it: 1-based, the header row (and any title rows above it) included. */
  rowNumber: number;
  /** Template header → the cell's text, for every header in SheetTable.headers. */
  cells: Record<string, string>;
  /** Identifier columns (身份证号, 准考证号) whose cell was stored as a number: digits past the 15th are lost. */
  storedAsNumber?: string[];
}

export interface SheetTable {
  /** The template headers the file has, in the template's order. */
  headers: string[];
  rows: SheetRow[];
}

/** The header row is looked for within this many rows from the top (title rows may sit above it). */
export const HEADER_SEARCH_ROWS = 10;

const IDENTIFIER_HEADERS = new Set(['身份证号', '准考证号']);

interface HeaderMatch {
  /** Index into the sheet's rows of the header row. */
  rowIndex: number;
  /** Template header → column index. */
  columns: Map<string, number>;
  missing: string[];
}

function headerText(cell: RawCell | undefined): string {
  return cell ? cellText(cell, 'plain') : '';
}

/**
 * The row among the first HEADER_SEARCH_ROWS that names the most template
 * headers. A header cell left empty under a two-row heading is taken from the
 * row above (姓名 written in row 1, 考试日期 under a merged 考试安排 in row 2).
 * Where two columns carry the same header (a header cell merged across
 * columns), the first, which holds the data, wins.
 */
function findHeader(rows: RawRow[], kind: ImportKind): HeaderMatch | undefined {
  const lookup = headerLookup(kind);
  let best: HeaderMatch | undefined;
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  searched.forEach((row, rowIndex) => {
    const columns = new Map<string, number>();
    row.cells.forEach((cell, columnIndex) => {
      const header = lookup(headerText(cell));
      if (header !== undefined && !columns.has(header)) columns.set(header, columnIndex);
    });
    if (columns.size === 0) return;
    const above = rowIndex > 0 ? searched[rowIndex - 1].cells : [];
    above.forEach((cell, columnIndex) => {
      if (headerText(row.cells[columnIndex]) !== '') return;
      const header = lookup(headerText(cell));
      if (header !== undefined && !columns.has(header)) columns.set(header, columnIndex);
    });
    if (!best || columns.size > best.columns.size) {
      const missing = IMPORT_TEMPLATES[kind].columns
        .filter((column) => column.required && !columns.has(column.header))
        .map((column) => column.header);
      best = { rowIndex, columns, missing };
    }
  });
  return best;
}

function isExampleRow(cells: Record<string, string>, kind: ImportKind, headers: string[]): boolean {
  const examples = new Map(IMPORT_TEMPLATES[kind].columns.map((column) => [column.header, column.example]));
  return headers.every((header) => cells[header] === (examples.get(header) ?? ''));
}

/**
 * The table of the first sheet whose header row has every required column.
 * Throws MISSING_COLUMNS (naming the columns) when no sheet has them all,
 * BAD_FILE when the file holds nothing or only a header, TOO_MANY_ROWS past maxRows data rows.
 */
export function buildTable(sheets: RawSheet[], kind: ImportKind, maxRows: number): SheetTable {
  const template = IMPORT_TEMPLATES[kind];
  if (sheets.every((sheet) => sheet.rows.every((row) => row.cells.every((cell) => headerText(cell) === '')))) {
    throw new SheetError('BAD_FILE', '文件是空的，没有任何内容。');
  }
  let closest: HeaderMatch | undefined;
  for (const sheet of sheets) {
    const match = findHeader(sheet.rows, kind);
    if (!match) continue;
    if (match.missing.length > 0) {
      if (!closest || match.columns.size > closest.columns.size) closest = match;
      continue;
    }
    return tableFromSheet(sheet, match, kind, maxRows);
  }
  if (!closest) {
    throw new SheetError(
      'MISSING_COLUMNS',
      `没有找到“${template.title}”的表头（如 ${template.columns.slice(0, 3).map((c) => c.header).join('、')}）。请下载工作台提供的模板，按模板的列填写。`,
      template.columns.filter((column) => column.required).map((column) => column.header),
    );
  }
  throw new SheetError(
    'MISSING_COLUMNS',
    `表格缺少必填列：${closest.missing.join('、')}。请按“${template.title}”模板补上这些列后再导入。`,
    closest.missing,
  );
}

/**
 * A note under the data, as offices write them (制表人：…, 审核：…, 备注：…): one cell only.
 * Such a row, with nothing but blank rows and further one-cell rows after it, ends the data.
 */
const NOTE = /^(制表|填表|审核|复核|审批|备注|注[:：]|说明|负责人|联系人|联系电话|经办人|合计|总计|共计|日期[:：])/;

function filledCells(cells: Record<string, string>): string[] {
  return Object.values(cells).filter((text) => text !== '');
}

/** Where the data ends: the first note row after which only blank or one-cell rows follow; rows.length when none. */
function endOfData(rows: SheetRow[]): number {
  for (let index = 0; index < rows.length; index += 1) {
    const filled = filledCells(rows[index].cells);
    if (filled.length !== 1 || !NOTE.test(filled[0])) continue;
    if (rows.slice(index + 1).every((row) => filledCells(row.cells).length <= 1)) return index;
  }
  return rows.length;
}

/** An identifier Excel stored as a number: its cell is a number, or CSV text in Excel's exponent form (3.10101E+17). */
function isStoredAsNumber(cell: RawCell | undefined): boolean {
  if (!cell) return false;
  if (cell.kind === 'number') return Math.abs(cell.value) >= 1e11;
  return cell.kind === 'text' && /^\s*\d(\.\d+)?E\+\d+\s*$/i.test(cell.text);
}

function tableFromSheet(sheet: RawSheet, match: HeaderMatch, kind: ImportKind, maxRows: number): SheetTable {
  const columns = IMPORT_TEMPLATES[kind].columns.filter((column) => match.columns.has(column.header));
  const readers = columns.map((column) => {
    const treatment: ColumnTreatment = column.date ? 'date' : IDENTIFIER_HEADERS.has(column.header) ? 'identifier' : 'plain';
    return { header: column.header, index: match.columns.get(column.header) as number, treatment };
  });
  const headers = columns.map((column) => column.header);
  const rows: SheetRow[] = [];
  for (const raw of sheet.rows.slice(match.rowIndex + 1)) {
    const cells: Record<string, string> = {};
    const storedAsNumber: string[] = [];
    let blank = true;
    for (const reader of readers) {
      const cell = raw.cells[reader.index] ?? null;
      const text = cellText(cell, reader.treatment, sheet.date1904);
      cells[reader.header] = text;
      if (text !== '') blank = false;
      if (reader.treatment === 'identifier' && isStoredAsNumber(cell)) storedAsNumber.push(reader.header);
    }
    if (blank || isExampleRow(cells, kind, headers)) continue;
    rows.push(storedAsNumber.length > 0 ? { rowNumber: raw.rowNumber, cells, storedAsNumber } : { rowNumber: raw.rowNumber, cells });
    if (rows.length > maxRows) {
      throw new SheetError('TOO_MANY_ROWS', `表格超过 ${maxRows} 行数据，请拆分成几个文件分别导入。`);
    }
  }
  rows.length = endOfData(rows);
  if (rows.length === 0) {
    throw new SheetError('BAD_FILE', '表格只有表头，没有数据行。请在表头下方填写后再导入。');
  }
  return { headers, rows };
}
