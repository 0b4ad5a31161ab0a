/**
 * The text of a notice's stored PDF, which its quotes are checked against. Extracted in a worker
 * thread (a large or hostile PDF ends the worker, not the function) and kept per stored version,
 * so checking a notice and then publishing it read the PDF once.
 */
import path from 'node:path';
import { workerRunner } from '../runtime/workerThread';
import type { PdfText } from './extract';

export { MAX_PDF_PAGES, PDF_TEXT_MESSAGES, type PdfText, type PdfTextFailure } from './extract';

/** Heap for one read: PDF.js reads a 4 MB notice (the upload limit) in well under 200 MB. */
export const PDF_WORKER_HEAP_MB = 256;
/** Time for one read: a dozen-page notice takes under a second; 100 pages a few. */
export const PDF_WORKER_TIME_MS = 20_000;

/** Out of heap or time: treated as too large (the office is told to upload only the notice). */
class PdfWorkerFailed extends Error {}

const extractInWorker = workerRunner<Uint8Array, PdfText>(
  { bundled: 'pdf-worker.js', source: path.join(__dirname, 'worker.ts'), heapMb: PDF_WORKER_HEAP_MB, timeMs: PDF_WORKER_TIME_MS },
  () => new PdfWorkerFailed('pdf worker failed'),
);

/** Recently read versions: the few an office works on between check and publish. */
const CACHE_SIZE = 16;
const cache = new Map<string, Promise<PdfText>>();
let extractions = 0;

/** How many PDFs this process has read (not answered from the cache): for tests and the bench. */
export function pdfExtractions(): number {
  return extractions;
}

async function extract(bytes: Uint8Array): Promise<PdfText> {
  extractions += 1;
  try {
    return await extractInWorker(bytes);
  } catch (error) {
    if (error instanceof PdfWorkerFailed) return { ok: false, code: 'PDF_TOO_LARGE', pages: null };
    throw error;
  }
}

/**
 * The text of one stored version, read at most once per process while it stays among the recent
 * ones. `key` names the version's content (its SHA-256: the same bytes, the same text).
 */
export function pdfText(key: string, read: () => Promise<Uint8Array>): Promise<PdfText> {
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = read().then(extract);
  cache.set(key, pending);
  // A failure to read the store is not the PDF's answer: the next call tries again.
  pending.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return pending;
}
