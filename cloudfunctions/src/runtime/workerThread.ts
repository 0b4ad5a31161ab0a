/**
 * Work that must not run on the request path (reading an import file, a notice's PDF): in a worker
 * thread with its own heap limit and a time budget, so the server keeps answering while a large or
 * hostile file is read, and a file that would exhaust memory ends the worker, not the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface WorkerSpec {
  /** The worker's bundled script, by file name next to the function or server bundle. */
  bundled: string;
  /** The worker's TypeScript source (absolute path), run through tsx where there is no bundle (tests, `tsx`). */
  source: string;
  heapMb: number;
  timeMs: number;
}

/** Lets the worker run the TypeScript source; a bundle never gets here (a name, not a literal: bundlers leave it alone). */
const SOURCE_LOADER = 'tsx/cjs';

/** Code that starts the worker: the bundled script next to this bundle, or the source through tsx. */
function workerCode(spec: WorkerSpec): string {
  const bundled = path.join(__dirname, spec.bundled);
  if (fs.existsSync(bundled)) return `require(${JSON.stringify(bundled)});`;
  const loader = require.resolve(SOURCE_LOADER);
  return `require(${JSON.stringify(loader)}); require(${JSON.stringify(spec.source)});`;
}

/**
 * One worker per spec, kept between requests (starting one costs more than a small request);
 * requests queue for it. Each answer is the worker's reply message; out of heap
 * (ERR_WORKER_OUT_OF_MEMORY), out of time, or any crash rejects with `failed()` and ends the worker.
 */
export function workerRunner<Request, Reply>(spec: WorkerSpec, failed: () => Error): (request: Request) => Promise<Reply> {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Worker {
    const started = new Worker(workerCode(spec), { eval: true, resourceLimits: { maxOldGenerationSizeMb: spec.heapMb }, stdout: false, stderr: false });
    // An idle worker does not keep the process alive.
    started.unref();
    return started;
  }

  function once(request: Request): Promise<Reply> {
    const current = (worker ??= start());
    return new Promise((resolve, reject) => {
      let settled = false;
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
      const onMessage = (reply: Reply) => settle(() => resolve(reply), true);
      const onFailure = () => settle(() => reject(failed()), false);
      const timer = setTimeout(onFailure, spec.timeMs);
      current.on('message', onMessage);
      current.once('error', onFailure);
      current.once('exit', onFailure);
      current.postMessage(request);
    });
  }

  return (request) => {
    const run = queue.then(() => once(request));
    queue = run.catch(() => undefined);
    return run;
  };
}
