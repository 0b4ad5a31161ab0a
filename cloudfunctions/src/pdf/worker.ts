/**
 * The worker thread that reads notice PDFs (see index.ts): answers each request with the text or
 * why there is none, one at a time, for as long as it lives. Bundled as `pdf-worker.js` next to
 * the admin function and the server bundle.
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfText, type PdfText } from './extract';

parentPort?.on('message', (bytes: Uint8Array) => {
  void extractPdfText(bytes)
    .catch((): PdfText => ({ ok: false, code: 'PDF_UNREADABLE', pages: null }))
    .then((answer) => parentPort?.postMessage(answer));
});
