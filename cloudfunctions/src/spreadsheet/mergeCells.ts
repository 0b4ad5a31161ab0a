/**
 * Merged ranges, which exceljs's streaming reader skips. They are listed after the
 * rows in each sheet's XML (`<mergeCells><mergeCell ref="A1:K1"/>…`); the part is
 * streamed through once and only those elements are picked out (cell values are
 * exceljs's job).
 */
import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
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

/** Merged ranges in a chunk of sheet XML that ends on a tag boundary. */
function collect(text: string, into: MergedRange[]): void {
  for (const match of text.matchAll(MERGE_CELL)) {
    const left = columnNumber(match[1]);
    const top = Number(match[2]);
    const right = match[3] ? columnNumber(match[3]) : left;
    const bottom = match[4] ? Number(match[4]) : top;
    into.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
}

function rangesOf(file: JSZip.JSZipObject): Promise<MergedRange[]> {
  const ranges: MergedRange[] = [];
  const decoder = new StringDecoder('utf8');
  let carry = '';
  // jszip's stream is an old-style Node stream (events, not async iteration).
  return new Promise((resolve, reject) => {
    file
      .nodeStream('nodebuffer')
      .on('data', (chunk: Buffer) => {
        const text = carry + decoder.write(chunk);
        // Keep an unfinished tag for the next chunk so no element is cut in two.
        const cut = text.lastIndexOf('<');
        collect(cut < 0 ? text : text.slice(0, cut), ranges);
        carry = cut < 0 ? '' : text.slice(cut);
      })
      .on('end', () => {
        collect(carry + decoder.end(), ranges);
        resolve(ranges);
      })
      .on('error', reject);
  });
}

/** For each sheet part path (undefined: not known), its merged ranges. */
export async function readMergedRanges(bytes: Uint8Array, paths: (string | undefined)[]): Promise<MergedRange[][]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    paths.map(async (path) => {
      const file = path ? zip.file(path) : null;
      return file ? rangesOf(file) : [];
    }),
  );
}

/**
 * A vertically merged cell (one 考点 for several rows) applies to each row it covers,
 * in its first column; the other columns of a merge stay empty, so a note merged
 * across a row belongs to its first column only. Rows are changed in place.
 */
export function applyVerticalMerges(rows: RawRow[], ranges: MergedRange[]): RawRow[] {
  if (ranges.length === 0) return rows;
  const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
  for (const range of ranges) {
    if (range.bottom === range.top) continue;
    const master: RawCell = byNumber.get(range.top)?.cells[range.left - 1] ?? null;
    if (master === null) continue;
    for (let rowNumber = range.top + 1; rowNumber <= range.bottom; rowNumber += 1) {
      const row = byNumber.get(rowNumber);
      if (!row) continue;
      while (row.cells.length < range.left) row.cells.push(null);
      row.cells[range.left - 1] = master;
    }
  }
  return rows;
}
