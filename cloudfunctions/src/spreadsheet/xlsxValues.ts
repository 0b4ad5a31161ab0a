/** exceljs cell values as raw cells. */
import type ExcelJS from 'exceljs';
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
export function rawCell(value: Value, numFmt: string | undefined): RawCell {
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

