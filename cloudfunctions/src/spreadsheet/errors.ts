/** Stable codes a program can branch on; `message` is Chinese, for the staff member. */
export type SheetErrorCode = 'BAD_FILE' | 'UNSUPPORTED_FORMAT' | 'MISSING_COLUMNS' | 'TOO_MANY_ROWS' | 'TOO_LARGE';

/**
 * A file that cannot be read as an import table at all (as opposed to a row
 * with a bad value, which the import's validation reports per row).
 */
export class SheetError extends Error {
  readonly code: SheetErrorCode;
  /** For MISSING_COLUMNS: the template headers the file lacks. */
  readonly missingColumns: string[];

  constructor(code: SheetErrorCode, message: string, missingColumns: string[] = []) {
    super(message);
    this.name = 'SheetError';
    this.code = code;
    this.missingColumns = missingColumns;
  }
}

export function isSheetError(value: unknown): value is SheetError {
  return value instanceof SheetError;
}

/** For an .xlsx that cannot be opened. */
export const BAD_XLSX_MESSAGE = '文件已损坏或不是 Excel 表格，无法打开。请在 Excel 中打开确认后另存为 .xlsx 再导入。';
