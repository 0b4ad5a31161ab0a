/**
 * Spreadsheets for the staff console: reading import files (XLSX or CSV) into
 * rows keyed by the template's Chinese headers, writing exports, and the
 * templates offered for download. Validation of the values against the
 * notices (ID checksum, occupations, session dates) happens in the import, not here.
 */
import { SheetError } from './errors';
import { decodeText, parseCsv } from './csv';
import { readXlsx } from './xlsx';
import { HEADER_SEARCH_ROWS, buildTable, type SheetTable } from './table';
import type { RawSheet } from './xlsxValues';
import type { ImportKind } from './templates';

export { SheetError, isSheetError, type SheetErrorCode } from './errors';
export { IMPORT_TEMPLATES, HEADER_ALIASES, SUBJECT_OUTCOMES, headerKey, type ImportKind, type ImportTemplate, type TemplateColumn } from './templates';
export type { SheetRow, SheetTable } from './table';
export { writeTable, templateFile, safeSheetName } from './write';
export { excelSerialToDate, parseTypedDate, normaliseText } from './cells';
export { readTableOffThread } from './offThread';
export { MAX_CELL_CHARS, MAX_UNCOMPRESSED_BYTES, MAX_SHARED_STRINGS } from './bounds';

/** Data rows one file may hold: 100,000-row imports must work; 200,000 is refused. */
export const MAX_DATA_ROWS = 150_000;
/** Bytes one file may have (MAX_DATA_ROWS ticket rows: about 7 MB as XLSX, 22 MB as CSV). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

export interface ReadOptions {
  /** Lower the row cap (tests, or a caller with a smaller budget). */
  maxRows?: number;
}

const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  xls: '旧版 Excel（.xls）',
  et: 'WPS 表格（.et）',
  ods: 'OpenDocument 表格（.ods）',
  numbers: 'Numbers 表格（.numbers）',
  pdf: 'PDF',
  doc: 'Word 文档',
  docx: 'Word 文档',
  wps: 'WPS 文字',
};
const CSV_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).trim().toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: an old .xls, or an .xlsx protected with a password. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

async function readSheets(file: Uint8Array, fileName: string, maxRecords: number): Promise<RawSheet[]> {
  const extension = extensionOf(fileName);
  const unsupported = UNSUPPORTED_EXTENSIONS[extension];
  if (unsupported) {
    throw new SheetError('UNSUPPORTED_FORMAT', `不支持${unsupported}文件。请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入。`);
  }
  if (startsWith(file, OLE2_SIGNATURE)) {
    throw new SheetError('UNSUPPORTED_FORMAT', '这是旧版 .xls 或设置了打开密码的文件，无法读取。请去掉密码并“另存为” .xlsx 或 .csv 后再导入。');
  }
  if (startsWith(file, ZIP_SIGNATURE)) return readXlsx(file, maxRecords);
  if (CSV_EXTENSIONS.has(extension)) {
    return [{ name: fileName, rows: parseCsv(decodeText(file), maxRecords), date1904: false }];
  }
  if (XLSX_EXTENSIONS.has(extension)) {
    throw new SheetError('BAD_FILE', '文件已损坏或不是 Excel 表格，无法打开。请在 Excel 中打开确认后另存为 .xlsx 再导入。');
  }
  throw new SheetError('UNSUPPORTED_FORMAT', '只支持 .xlsx 和 .csv 文件。请使用工作台提供的模板。');
}

/**
 * An import file as rows keyed by the template's headers.
 * Accepts .xlsx and .csv (UTF-8 with or without BOM, GB18030, UTF-16);
 * finds the header row below any title rows; maps header aliases
 * (身份证号码 → 身份证号); skips blank rows and the template's example row.
 * Throws SheetError (Chinese message) for an empty, unreadable or oversized
 * file, another format, or missing required columns.
 *
 * @example const table = await readTable(bytes, '12月准考证.xlsx', 'tickets'); table.rows[0].cells['准考证号']
 */
export async function readTable(file: Uint8Array, fileName: string, kind: ImportKind, options: ReadOptions = {}): Promise<SheetTable> {
  const maxRows = options.maxRows ?? MAX_DATA_ROWS;
  if (file.byteLength === 0) throw new SheetError('BAD_FILE', '文件是空的，没有任何内容。');
  if (file.byteLength > MAX_FILE_BYTES) {
    throw new SheetError('TOO_MANY_ROWS', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请拆分成几个文件分别导入。`);
  }
  const sheets = await readSheets(file, fileName, maxRows + HEADER_SEARCH_ROWS);
  return buildTable(sheets, kind, maxRows);
}
