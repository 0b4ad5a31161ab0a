/**
 * Reading an import file off the request path (runtime/workerThread.ts): a 150,000-row file
 * needs its own heap and time, and a hostile one ends the worker, not the server. The worker runs
 * the same readTable; its answer is the same table or SheetError.
 */
import path from 'node:path';
import { workerRunner } from '../runtime/workerThread';
import { SheetError, type SheetErrorCode } from './errors';
import type { ReadOptions } from './index';
import type { SheetTable } from './table';
import type { ImportKind } from './templates';
import { TOO_LARGE_MESSAGE } from './bounds';

export interface SheetRequest {
  bytes: Uint8Array;
  fileName: string;
  kind: ImportKind;
  options: ReadOptions;
}

export type SheetResponse =
  | { ok: true; table: SheetTable }
  | { ok: false; code: SheetErrorCode; message: string; missingColumns: string[] };

/** Heap for one read: a 150,000-row file needs about 600 MB with exceljs's shared-string cache. */
export const WORKER_HEAP_MB = 1024;
/** Time for one read: a 150,000-row file takes about 20 s on one slow core. */
export const WORKER_TIME_MS = 120_000;

const readInWorker = workerRunner<SheetRequest, SheetResponse>(
  { bundled: 'sheet-worker.js', source: path.join(__dirname, 'worker.ts'), heapMb: WORKER_HEAP_MB, timeMs: WORKER_TIME_MS },
  () => new SheetError('TOO_LARGE', TOO_LARGE_MESSAGE),
);

/** readTable in a worker thread; the same answers, and TOO_LARGE when the worker runs out of heap or time. */
export async function readTableOffThread(bytes: Uint8Array, fileName: string, kind: ImportKind, options: ReadOptions = {}): Promise<SheetTable> {
  const response = await readInWorker({ bytes, fileName, kind, options });
  if (!response.ok) throw new SheetError(response.code, response.message, response.missingColumns);
  return response.table;
}
