/**
 * Reading an import file off the request path: in a worker thread with its own heap limit
 * and a time budget, so the server keeps answering (/healthz, candidates' lookups) while a
 * large or hostile file is read, and a file that would exhaust memory ends the worker, not
 * the server. The worker runs the same readTable; its answer is the same table or SheetError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** Lets the worker run the TypeScript source; a bundle never gets here (a name, not a literal: bundlers leave it alone). */
const SOURCE_LOADER = 'tsx/cjs';

/** Code that starts the worker: the bundled script next to this bundle, or the source through tsx (tests, `tsx`). */
function workerCode(): string {
  const bundled = path.join(__dirname, 'sheet-worker.js');
  if (fs.existsSync(bundled)) return `require(${JSON.stringify(bundled)});`;
  const loader = require.resolve(SOURCE_LOADER);
  return `require(${JSON.stringify(loader)}); require(${JSON.stringify(path.join(__dirname, 'worker.ts'))});`;
}

/** One worker, kept between reads (starting one costs more than reading a small file); reads queue for it. */
let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const started = new Worker(workerCode(), { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, stdout: false, stderr: false });
  // An idle worker does not keep the process alive.
  started.unref();
  return started;
}

function readOnce(request: SheetRequest): Promise<SheetTable> {
  const current = (worker ??= startWorker());
  return new Promise((resolve, reject) => {
    let settled = false;
    const refuse = () => reject(new SheetError('TOO_LARGE', TOO_LARGE_MESSAGE));
    const settle = (action: () => void, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onFailure);
      current.off('exit', onFailure);
      if (!keepWorker) {
        if (worker === current) worker = null;
        void current.terminate();
      }
      action();
    };
    const onMessage = (response: SheetResponse) =>
      settle(() => (response.ok ? resolve(response.table) : reject(new SheetError(response.code, response.message, response.missingColumns))), true);
    // Out of heap (ERR_WORKER_OUT_OF_MEMORY), out of time, or any crash of the reader: the file is refused, the server stays.
    const onFailure = () => settle(refuse, false);
    const timer = setTimeout(onFailure, WORKER_TIME_MS);
    current.on('message', onMessage);
    current.once('error', onFailure);
    current.once('exit', onFailure);
    current.postMessage(request);
  });
}

/** readTable in a worker thread; the same answers, and TOO_LARGE when the worker runs out of heap or time. */
export function readTableOffThread(bytes: Uint8Array, fileName: string, kind: ImportKind, options: ReadOptions = {}): Promise<SheetTable> {
  const read = queue.then(() => readOnce({ bytes, fileName, kind, options }));
  queue = read.catch(() => undefined);
  return read;
}
