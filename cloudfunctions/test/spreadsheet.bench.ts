/**
 * Figures for the spreadsheet module: time and memory to read an N-row ticket XLSX
 * and CSV (default 100,000), and to write the same rows as an export.
 * Run: npx tsx test/spreadsheet.bench.ts [rows]
 */
import ExcelJS from 'exceljs';
import { readTable, writeTable } from '../src/spreadsheet';
import { TICKET_HEADERS, csvText, ticketRow, utf8 } from './spreadsheet-fixtures';

async function measure(label: string, bytes: Uint8Array, fileName: string): Promise<void> {
  const started = process.hrtime.bigint();
  const table = await readTable(bytes, fileName, 'tickets');
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(`${label}: ${table.rows.length} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, read in ${milliseconds.toFixed(0)} ms, rss ${rss.toFixed(0)} MB`);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const rows = Array.from({ length: count }, (_, index) => ticketRow({ 考试日期: 46361 + (index % 3) }, index + 1));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('准考证');
  sheet.addRow(TICKET_HEADERS);
  for (const row of rows) sheet.addRow(row);
  const xlsx = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await measure('xlsx', xlsx, 'bench.xlsx');
  const csv = utf8(csvText([TICKET_HEADERS, ...rows.map((row) => row.map(String))]), true);
  await measure('csv', csv, 'bench.csv');
  const started = process.hrtime.bigint();
  const written = await writeTable('准考证', TICKET_HEADERS, rows.map((row) => row.map((value) => (typeof value === 'number' ? value : String(value)))));
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`export: ${rows.length} rows written in ${milliseconds.toFixed(0)} ms, ${(written.length / 1024 / 1024).toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
