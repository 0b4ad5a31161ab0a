/**
 * exceljs and jszip are loaded by the first spreadsheet action, not with the function: loading
 * them eagerly adds about 200 ms to every cold start of the admin function (building-here.md).
 */
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

export async function loadExcel(): Promise<typeof ExcelJSModule> {
  const loaded = (await import('exceljs')) as unknown as { default?: typeof ExcelJSModule } & typeof ExcelJSModule;
  return loaded.default ?? loaded;
}

export async function loadZip(): Promise<typeof JSZipModule> {
  const loaded = (await import('jszip')) as unknown as { default?: typeof JSZipModule } & typeof JSZipModule;
  return loaded.default ?? loaded;
}
