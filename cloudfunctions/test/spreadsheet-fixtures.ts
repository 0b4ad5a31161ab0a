/** Builders for spreadsheet fixtures: XLSX through exceljs, CSV in the encodings offices use. */
import ExcelJS from 'exceljs';

export const TICKET_HEADERS = ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'];

/** A ticket row with every required value, overridable by header. */
export function ticketRow(overrides: Record<string, ExcelJS.CellValue> = {}, index = 1): ExcelJS.CellValue[] {
  const values: Record<string, ExcelJS.CellValue> = {
    准考证号: `20261200${String(index).padStart(4, '0')}`,
    姓名: `考生${index}`,
    身份证号: '31010119900307002' + String(index % 10),
    '职业（工种）': '人工智能训练师',
    等级: '四级',
    申报方式: '团体',
    考试日期: '2026-12-05',
    考试时间: '09:00-11:00',
    考点: '上海市长宁区法华镇路535号',
    考场: '第1考场',
    座位号: String(index).padStart(2, '0'),
    ...overrides,
  };
  return TICKET_HEADERS.map((header) => values[header]);
}

/** An XLSX whose first sheet the callback fills. */
export async function xlsxOf(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sheet1'), workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An XLSX of plain rows (the first being the header row). */
export function xlsxRows(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  return xlsxOf((sheet) => {
    for (const row of rows) sheet.addRow(row);
  });
}

/** RFC 4180 text: fields with a comma, quote or line break are quoted. */
export function csvText(rows: string[][], delimiter = ','): string {
  const quote = (field: string) => (/[",\r\n;\t]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function utf8(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!withBom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

export function utf16le(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
}

let gb18030Codes: Map<string, number[]> | undefined;

/**
 * GB18030 bytes of a text, for the characters in its two-byte range (all
 * common Chinese), by inverting Node's decoder: Node has no GB18030 encoder.
 */
export function gb18030(text: string): Uint8Array {
  if (!gb18030Codes) {
    gb18030Codes = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !gb18030Codes.has(char)) gb18030Codes.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gb18030Codes.get(char);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
