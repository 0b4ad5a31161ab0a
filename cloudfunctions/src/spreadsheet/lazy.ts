/**
 * exceljs and jszip are loaded by the first spreadsheet action, not with the function: loading
 * them eagerly adds about 200 ms to every cold start of the admin function (building-here.md).
 * A plain require inside a function: the bundle keeps it as is and Node runs it when called.
 */
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

export function loadExcel(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJSModule;
}

export function loadZip(): typeof JSZipModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('jszip') as typeof JSZipModule;
}
