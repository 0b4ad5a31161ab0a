/** Writing XLSX: exports for the training schools and the import templates. */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from './lazy';
import { IMPORT_TEMPLATES, SUBJECT_OUTCOMES, type ImportKind } from './templates';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } };
/** Rows looked at to size an export's columns. */
const WIDTH_SAMPLE_ROWS = 1000;
/** Rows of the template that carry drop-down lists and the text format. */
const TEMPLATE_ROWS = 2000;

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Display width of a text: a CJK or full-width character takes two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.height = 22;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * A one-sheet XLSX: a styled, frozen header row, then the rows. Strings stay
 * text (a 身份证号 or a ticket number with leading zeros is never turned into a
 * number, and a value starting with = is never a formula); numbers stay numbers.
 * Written with exceljs's streaming writer: half the time of building the workbook
 * in memory (100,000 rows in about 3 s), and little memory in a cloud function.
 *
 * @example await writeTable('准考证', ['准考证号', '姓名'], [['0012', '张三']])
 */
export async function writeTable(sheetName: string, headers: string[], rows: (string | number)[][]): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new (loadExcel()).stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  workbook.created = new Date(0);
  const worksheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Widths must be known before the first row is written; the first rows are enough to size them.
  const widths = headers.map(displayWidth);
  for (const values of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    values.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(String(value)));
    });
  }
  worksheet.columns = widths.map((width) => ({ width: Math.min(Math.max(width + 2, 8), 60) }));
  const headerRow = worksheet.addRow(headers);
  styleHeaderRow(headerRow);
  headerRow.commit();
  for (const values of rows) worksheet.addRow(values).commit();
  worksheet.commit();
  await workbook.commit();
  await finished;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Drop-down values per template header, as the office picks them. */
const CHOICES: Record<string, readonly string[]> = {
  申报方式: ['团体', '个人'],
  理论知识: SUBJECT_OUTCOMES,
  操作技能: SUBJECT_OUTCOMES,
  综合评审: SUBJECT_OUTCOMES,
  阅卷或工件检测: ['是', '否'],
};

/** exceljs keeps range data validations on the worksheet but leaves them out of its typings. */
interface WithDataValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * The import template of one kind: the header row (required columns in bold
 * red), one example row, text format on every column that is not a date (so
 * Excel keeps all 18 digits of a 身份证号 and the zeros of 001), drop-down lists
 * where values are fixed, and a second sheet explaining each column.
 */
export async function templateFile(kind: ImportKind): Promise<Uint8Array> {
  const template = IMPORT_TEMPLATES[kind];
  const workbook = new (loadExcel()).Workbook();
  workbook.created = new Date(0);
  const worksheet = workbook.addWorksheet(safeSheetName(template.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const headerRow = worksheet.addRow(template.columns.map((column) => column.header));
  styleHeaderRow(headerRow);
  template.columns.forEach((column, index) => {
    if (column.required) headerRow.getCell(index + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const exampleRow = worksheet.addRow(template.columns.map((column) => column.example));
  exampleRow.font = { italic: true, color: { argb: 'FF808080' } };
  template.columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(index + 1);
    sheetColumn.width = Math.max(displayWidth(column.header), displayWidth(column.example), 8) + 4;
    sheetColumn.numFmt = column.date ? 'yyyy-mm-dd' : '@';
    const choices = CHOICES[column.header];
    if (choices) {
      const letter = sheetColumn.letter;
      (worksheet as unknown as WithDataValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '请从列表中选择',
        error: `可填：${choices.join('、')}`,
      });
    }
  });
  // Dates typed as text are read too; a real date cell is what Excel offers by default.
  exampleRow.eachCell((cell, columnNumber) => {
    if (template.columns[columnNumber - 1].date) {
      const [year, month, day] = String(cell.value).split('-').map(Number);
      cell.value = new Date(Date.UTC(year, month - 1, day));
    }
  });

  const guide = workbook.addWorksheet('填写说明');
  styleHeaderRow(guide.addRow(['列名', '是否必填', '填写说明']));
  for (const column of template.columns) {
    guide.addRow([column.header, column.required ? '必填' : '选填', columnHint(column.header, column.date === true)]);
  }
  guide.addRow([]);
  guide.addRow(['第 2 行是示例（与示例完全相同的行不会导入），可直接覆盖填写。表头行之上可以有标题行；列的顺序可以调整。']);
  guide.getColumn(1).width = 18;
  guide.getColumn(2).width = 10;
  guide.getColumn(3).width = 70;
  return toBytes(workbook);
}

function columnHint(header: string, isDate: boolean): string {
  if (isDate) return '日期，如 2026-12-05、2026/12/5 或 2026年12月5日';
  if (header === '身份证号') return '18 位居民身份证号码，末位可为 X；请保持“文本”格式，以免 Excel 改成科学计数法';
  if (header === '准考证号') return '准考证号，同一文件中不可重复；请保持“文本”格式，以免丢失开头的 0';
  if (header === '职业（工种）') return '与通知中的职业（工种）名称一致，如 人工智能训练师';
  if (header === '等级') return '如 四级、三级，或 专项职业能力';
  const choices = CHOICES[header];
  if (choices) return `可填：${choices.join('、')}`;
  return '';
}
