/**
 * XLSX, read row by row with exceljs's public streaming reader (WorkbookReader, then each
 * WorksheetReader): about twice as fast and with half the memory of loading the whole
 * workbook (a 100,000-row import must fit a cloud function).
 *
 * The file is first opened through its central directory (jszip) and each part the reader
 * needs is decompressed once, within its bounds (bounds.ts), and scanned for merged ranges,
 * which the streaming reader skips (mergeCells.ts). Those parts are then handed to exceljs, as
 * ASCII XML (see partBytes), in a
 * plain zip of their own: the workbook, its relationships, shared strings and styles first,
 * then each sheet as `xl/worksheets/sheet<n>.xml` in workbook order, sizes in every header.
 * exceljs's streaming unzip reads such a file reliably (it can drop entries of some files as
 * they come, exceljs#3064, seen here as FILE_ENDED on valid files), needs no temporary files
 * (shared strings come before the sheets), and finds every sheet wherever the original kept it.
 * Sheet names, visibility and the 1904 date system are read from the workbook part here.
 */
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { BAD_XLSX_MESSAGE, SheetError } from './errors';
import { MAX_PART_BYTES, MAX_SHARED_STRINGS_BYTES, TextBudget, checkDeclaredSizes } from './bounds';
import { loadExcel, loadZip } from './lazy';
import type { RawCell } from './cells';
import type { RawRow } from './csv';
import { MergeCollector, applyVerticalMerges, type MergedRange } from './mergeCells';
import { rawCell, type RawSheet } from './xlsxValues';

export type { RawSheet } from './xlsxValues';

interface SheetEntry {
  name: string;
  rId: string;
  visible: boolean;
}

/**
 * Columns read per row. The templates have at most 11; cells further right (a stray note in
 * column XFD) are ignored, so one such value cannot make every row 16,384 cells wide in memory.
 */
export const MAX_COLUMNS = 256;

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * A part's XML, decompressed once within its budget, as ASCII: every other character written as
 * a character reference (&#20013;). exceljs decodes each chunk of its input on its own, so a
 * Chinese character cut between two chunks would break; ASCII cannot be cut. `onText` sees the
 * original text in whole characters.
 */
async function partBytes(file: JSZip.JSZipObject, budget: TextBudget, onText?: (text: string) => void): Promise<Buffer> {
  const decoder = new StringDecoder('utf8');
  const parts: Buffer[] = [];
  const take = (text: string) => {
    budget.take(text);
    onText?.(text);
    parts.push(Buffer.from(text.replace(NON_ASCII, (char) => `&#${char.codePointAt(0)};`), 'latin1'));
  };
  // jszip's stream is an old-style Node stream; wrap() makes it async-iterable with backpressure.
  for await (const chunk of new Readable().wrap(file.nodeStream('nodebuffer'))) take(decoder.write(chunk as Buffer));
  take(decoder.end());
  return Buffer.concat(parts);
}

const NON_ASCII = /[^\t\n\r\x20-\x7e]/gu;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'") : undefined;
}

/** The sheets the workbook lists, in its order: name, relationship id, and whether it is shown. */
function sheetEntries(workbookXml: string): SheetEntry[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].flatMap(([tag]) => {
    const name = attribute(tag, 'name');
    const rId = attribute(tag, '(?:\\w+:)?id');
    return name !== undefined && rId !== undefined ? [{ name, rId, visible: (attribute(tag, 'state') ?? 'visible') === 'visible' }] : [];
  });
}

/** Relationship id → the part it names in the zip (xl/worksheets/sheet1.xml), absolute or relative targets alike. */
function relationshipTargets(relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return targets;
}

async function readRows(worksheet: AsyncIterable<ExcelJS.Row>, name: string, maxRecords: number): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of worksheet) {
    if (rows.length >= maxRecords) {
      throw new SheetError('TOO_MANY_ROWS', `工作表“${name}”超过 ${maxRecords} 行，请拆分成几个文件分别导入。`);
    }
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber <= MAX_COLUMNS) cells[columnNumber - 1] = rawCell(cell.value, cell.numFmt);
    });
    for (let index = 0; index < cells.length; index += 1) cells[index] ??= null;
    rows.push({ rowNumber: row.number, cells });
  }
  return rows;
}

async function readSheets(bytes: Uint8Array, maxRecords: number): Promise<RawSheet[]> {
  checkDeclaredSizes(bytes);
  const zip = await loadZip().loadAsync(bytes);
  const workbookFile = zip.file('xl/workbook.xml');
  const relsFile = zip.file('xl/_rels/workbook.xml.rels');
  if (!workbookFile || !relsFile) throw new SheetError('BAD_FILE', BAD_XLSX_MESSAGE);
  const workbookXml = await partBytes(workbookFile, new TextBudget(MAX_PART_BYTES));
  const targets = relationshipTargets((await partBytes(relsFile, new TextBudget(MAX_PART_BYTES))).toString('utf8'));
  const workbookText = workbookXml.toString('utf8');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookText);

  // The parts exceljs reads, in the order it needs them; each sheet under the name it looks for.
  const listed: (SheetEntry & { merges: MergedRange[]; bytes: Buffer })[] = [];
  const relationships: string[] = [];
  for (const sheet of sheetEntries(workbookText)) {
    const path = targets.get(sheet.rId);
    const file = path ? zip.file(path) : null;
    if (!file) continue;
    const merges = new MergeCollector();
    const sheetBytes = await partBytes(file, new TextBudget(MAX_PART_BYTES), (text) => merges.scan(text));
    listed.push({ ...sheet, merges: merges.finish(), bytes: sheetBytes });
    relationships.push(`<Relationship Id="${sheet.rId.replace(/"/g, '&quot;')}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${listed.length}.xml"/>`);
  }
  if (listed.length === 0) throw new SheetError('BAD_FILE', BAD_XLSX_MESSAGE);
  const sharedStrings = zip.file('xl/sharedStrings.xml');
  const styles = zip.file('xl/styles.xml');
  const ordered = new (loadZip())();
  ordered.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
  );
  ordered.file('xl/workbook.xml', workbookXml);
  ordered.file('xl/sharedStrings.xml', sharedStrings ? await partBytes(sharedStrings, new TextBudget(MAX_SHARED_STRINGS_BYTES, true)) : EMPTY_SHARED_STRINGS);
  if (styles) ordered.file('xl/styles.xml', await partBytes(styles, new TextBudget(MAX_PART_BYTES)));
  listed.forEach((sheet, index) => ordered.file(`xl/worksheets/sheet${index + 1}.xml`, sheet.bytes));

  const input = new Readable().wrap(ordered.generateNodeStream({ compression: 'STORE', streamFiles: false }));
  const reader = new (loadExcel().stream.xlsx.WorkbookReader)(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    // Links sit after the rows in the sheet XML; a linked cell's own value is its text.
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: (RawSheet & { visible: boolean })[] = [];
  for await (const worksheet of reader) {
    const entry = listed[sheets.length];
    if (!entry) break;
    const rows = await readRows(worksheet, entry.name, maxRecords);
    sheets.push({ name: entry.name, rows: applyVerticalMerges(rows, entry.merges), date1904, visible: entry.visible });
  }
  if (sheets.length === 0) throw new SheetError('BAD_FILE', BAD_XLSX_MESSAGE);
  // Visible sheets first (a hidden sheet of old data must not win), each group in workbook order.
  return sheets
    .sort((a, b) => Number(b.visible) - Number(a.visible))
    .map(({ name, rows, date1904: sheetDate1904 }) => ({ name, rows, date1904: sheetDate1904 }));
}

/**
 * Every worksheet of an XLSX file, visible ones first. Throws BAD_FILE for a file that cannot
 * be opened, TOO_LARGE past the bounds, and TOO_MANY_ROWS once a sheet passes maxRecords rows.
 */
export async function readXlsx(bytes: Uint8Array, maxRecords: number): Promise<RawSheet[]> {
  try {
    return await readSheets(bytes, maxRecords);
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError('BAD_FILE', BAD_XLSX_MESSAGE);
  }
}
