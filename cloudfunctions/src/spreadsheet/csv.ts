/**
 * CSV as Excel and WPS save it on Chinese Windows: UTF-8 with or without BOM,
 * GB18030 (Excel's "CSV (逗号分隔)" on a Chinese system), or UTF-16 with BOM
 * ("Unicode 文本", tab-separated). Quoted fields may hold delimiters, doubled
 * quotes and line breaks (RFC 4180).
 */
import { SheetError } from './errors';
import type { RawCell } from './cells';

export interface RawRow {
  /** As a spreadsheet shows it: 1-based, counting records (a quoted line break does not start a row). */
  rowNumber: number;
  cells: RawCell[];
}

/** Bytes to text, the encoding told by the BOM or, without one, by whether the bytes are valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new SheetError('BAD_FILE', '文件内容不是文本表格，无法读取。请在 Excel 中另存为 .xlsx 或 .csv 后再导入。');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on a Chinese system saves CSV in GB18030 (a superset of GBK and GB2312).
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Comma unless the first lines hold more tabs or semicolons (UTF-16 "Unicode 文本" is tab-separated). */
function guessDelimiter(text: string): string {
  const head = text.slice(0, 4096).split(/\r\n|\n|\r/).slice(0, 5).join('\n');
  const count = (char: string) => head.split(char).length - 1;
  const candidates = [',', '\t', ';'];
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

/**
 * Records of a CSV text. Throws BAD_FILE for a quote left open, naming the
 * row where it starts, and TOO_MANY_ROWS once more than maxRecords records are read.
 */
export function parseCsv(source: string, maxRecords: number): RawRow[] {
  // Excel writes (and reads without showing it as a row) a first line `sep=;` naming the delimiter.
  const declared = /^sep=(.)(?:\r\n|\n|\r)/i.exec(source);
  const text = declared ? source.slice(declared[0].length) : source;
  const delimiter = declared ? declared[1] : guessDelimiter(text);
  const rows: RawRow[] = [];
  let fields: RawCell[] = [];
  let field = '';
  let inQuotes = false;
  let quoteStartRow = 0;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field === '' ? null : { kind: 'text', text: field });
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    rows.push({ rowNumber: rows.length + 1, cells: fields });
    fields = [];
    if (rows.length > maxRecords) {
      throw new SheetError('TOO_MANY_ROWS', `文件超过 ${maxRecords} 行，请拆分成几个文件分别导入。`);
    }
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          inQuotes = false;
        }
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteStartRow = rows.length + 1;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
    } else {
      // Text after a closing quote is kept, as Excel does with "ab"c.
      field += char;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    throw new SheetError('BAD_FILE', `第 ${quoteStartRow} 行有一个引号没有闭合，文件可能已损坏。请在 Excel 中打开检查后另存为 .csv 或 .xlsx。`);
  }
  if (field !== '' || fieldStarted || fields.length > 0) endRecord();
  return rows;
}
