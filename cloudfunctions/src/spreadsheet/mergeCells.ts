/**
 * Merged ranges, which exceljs's streaming reader skips. They are listed after the
 * rows in each sheet's XML (`<mergeCells><mergeCell ref="A1:K1"/>…`); the sheet's text
 * is scanned for those elements only as it streams past (cell values are exceljs's job).
 */
import type { RawCell } from './cells';
import type { RawRow } from './csv';

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `<mergeCell ref="B3:B9"/>`, with or without a namespace prefix. */
const MERGE_CELL = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** Longer than any `<mergeCell ref="…"/>` element. */
const MAX_TAG_CHARS = 256;

/** Collects merged ranges from a sheet's XML text given in chunks cut anywhere. */
export class MergeCollector {
  private readonly ranges: MergedRange[] = [];
  private carry = '';

  scan(chunk: string): void {
    const text = this.carry + chunk;
    // Keep an unfinished tag for the next chunk so no element is cut in two; only a short one:
    // a `<` followed by a cell's long text is no mergeCell, and carrying it would rescan it per chunk.
    const cut = text.lastIndexOf('<');
    const unfinished = cut >= 0 && text.indexOf('>', cut) < 0 && text.length - cut <= MAX_TAG_CHARS;
    this.collect(unfinished ? text.slice(0, cut) : text);
    this.carry = unfinished ? text.slice(cut) : '';
  }

  finish(): MergedRange[] {
    this.collect(this.carry);
    this.carry = '';
    return this.ranges;
  }

  private collect(text: string): void {
    if (!text.includes('mergeCell')) return;
    for (const match of text.matchAll(MERGE_CELL)) {
      const left = columnNumber(match[1]);
      const top = Number(match[2]);
      const right = match[3] ? columnNumber(match[3]) : left;
      const bottom = match[4] ? Number(match[4]) : top;
      this.ranges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
    }
  }
}

/**
 * A vertically merged cell (one 考点 for several rows) applies to each row it covers,
 * in its first column; the other columns of a merge stay empty, so a note merged
 * across a row belongs to its first column only. Rows are changed in place.
 */
export function applyVerticalMerges(rows: RawRow[], ranges: MergedRange[]): RawRow[] {
  if (ranges.length === 0) return rows;
  const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
  // A merge may reach row 1,048,576; only rows that exist are filled, so stop at the last one.
  const lastRow = rows.reduce((last, row) => Math.max(last, row.rowNumber), 0);
  for (const range of ranges) {
    if (range.bottom === range.top) continue;
    const master: RawCell = byNumber.get(range.top)?.cells[range.left - 1] ?? null;
    if (master === null) continue;
    for (let rowNumber = range.top + 1; rowNumber <= Math.min(range.bottom, lastRow); rowNumber += 1) {
      const row = byNumber.get(rowNumber);
      if (!row) continue;
      while (row.cells.length < range.left) row.cells.push(null);
      row.cells[range.left - 1] = master;
    }
  }
  return rows;
}
