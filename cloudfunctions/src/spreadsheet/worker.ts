/**
 * The worker thread that reads import files (see offThread.ts): answers each request
 * message with the table or the SheetError's parts, one at a time, for as long as it lives.
 * Bundled as `sheet-worker.js` next to the function or server bundle.
 */
import { parentPort } from 'node:worker_threads';
import { isSheetError } from './errors';
import { readTable } from './index';
import type { SheetRequest, SheetResponse } from './offThread';

async function answer(request: SheetRequest): Promise<SheetResponse> {
  try {
    return { ok: true, table: await readTable(request.bytes, request.fileName, request.kind, request.options) };
  } catch (error) {
    if (isSheetError(error)) return { ok: false, code: error.code, message: error.message, missingColumns: error.missingColumns };
    return { ok: false, code: 'BAD_FILE', message: '文件已损坏或不是 Excel 表格，无法打开。请在 Excel 中打开确认后另存为 .xlsx 再导入。', missingColumns: [] };
  }
}

parentPort?.on('message', (request: SheetRequest) => {
  void answer(request).then((response) => parentPort?.postMessage(response));
});
