/**
 * Bounds an XLSX must stay within before and while it is read, so that a small hostile file
 * (a zip bomb, one cell of many megabytes, millions of shared strings) is refused in
 * milliseconds instead of holding the server's CPU or memory.
 *
 * The sizes the zip declares are checked first (its central directory, read here without a
 * library); the decompressed text is then counted as it streams, since a declared size can lie.
 * A 150,000-row ticket file (the row limit) is 65 MB of sheet XML and 13 MB of shared strings.
 */
import { SheetError } from './errors';

/** Uncompressed bytes of all parts together. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Uncompressed bytes of one part (a sheet). */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/** Uncompressed bytes of the shared strings part. */
export const MAX_SHARED_STRINGS_BYTES = 40 * 1024 * 1024;
/** Shared strings: every cell of MAX_DATA_ROWS rows of the widest template (11 columns) may be distinct. */
export const MAX_SHARED_STRINGS = 1_650_000;
/** Characters of one cell: Excel's own limit. */
export const MAX_CELL_CHARS = 32_767;
/** Characters between two tags in the XML: one cell at its limit, every character escaped (&quot; is 6). */
export const MAX_TEXT_RUN = MAX_CELL_CHARS * 6;
/** Entries in the zip. */
export const MAX_ENTRIES = 10_000;

export const TOO_LARGE_MESSAGE = '文件解压后过大或单元格内容过长（每个单元格不超过 32767 个字符），无法导入。请检查文件内容，或拆分成几个文件分别导入。';

function tooLarge(): SheetError {
  return new SheetError('TOO_LARGE', TOO_LARGE_MESSAGE);
}

export interface ZipEntrySize {
  name: string;
  uncompressed: number;
}

/**
 * Each entry's name and declared uncompressed size, from the zip's central directory.
 * Zip64 sizes (0xFFFFFFFF) are over every bound here and answer as such. Throws BAD_FILE
 * when there is no central directory.
 */
export function zipEntrySizes(bytes: Uint8Array): ZipEntrySize[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment may be that long).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new SheetError('BAD_FILE', '文件已损坏或不是 Excel 表格，无法打开。请在 Excel 中打开确认后另存为 .xlsx 再导入。');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) throw tooLarge();
  const entries: ZipEntrySize[] = [];
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) break;
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, uncompressed: uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : uncompressed });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a file whose declared sizes are over the bounds, before anything is decompressed. */
export function checkDeclaredSizes(bytes: Uint8Array): void {
  let total = 0;
  for (const entry of zipEntrySizes(bytes)) {
    total += entry.uncompressed;
    const limit = entry.name === 'xl/sharedStrings.xml' ? MAX_SHARED_STRINGS_BYTES : MAX_PART_BYTES;
    if (entry.uncompressed > limit || total > MAX_UNCOMPRESSED_BYTES) throw tooLarge();
  }
}

/**
 * Watches one part's text as it streams: its size, the longest run of text between tags
 * (a cell's value), and for shared strings how many there are. Throws TOO_LARGE past a bound.
 */
export class TextBudget {
  private bytes = 0;
  private run = 0;
  private strings = 0;
  constructor(
    private readonly maxBytes: number,
    private readonly countStrings = false,
  ) {}

  /** The last characters of the previous chunk: a `<si>` cut between two chunks still counts once. */
  private tail = '';

  take(text: string): void {
    this.bytes += text.length;
    if (this.bytes > this.maxBytes) throw tooLarge();
    let from = 0;
    for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', from)) {
      this.run += lt - from;
      if (this.run > MAX_TEXT_RUN) throw tooLarge();
      this.run = 0;
      from = lt + 1;
    }
    this.run += text.length - from;
    if (this.run > MAX_TEXT_RUN) throw tooLarge();
    if (this.countStrings) {
      // `<si>` or `<si …>` opens a shared string (not `<sheet…`); 3 carried characters cannot hold a whole match.
      const joined = this.tail + text;
      this.strings += joined.match(SHARED_STRING)?.length ?? 0;
      if (this.strings > MAX_SHARED_STRINGS) throw tooLarge();
      this.tail = joined.slice(-3);
    }
  }
}

const SHARED_STRING = /<si[\s>]/g;
