/**
 * `npm run bench` (CloudBase part): the import ceiling on CloudBase. The functions' code runs
 * here over the real SDK; the stand-in of CloudBase's HTTP API runs in a child process and adds
 * 10 ms to every request. For each file size: preview, then confirm calls until the import is
 * written (each call stops after CONFIRM_BUDGET_MS and answers its progress), with the time of
 * each call, the requests made and this process's peak memory. A size fits when every call ends
 * within the function's 60 s and the peak stays within the admin function's 1024 MB.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CloudbaseStore, IMPORT_BATCH, loadCloudbase } from '../src/adapters/cloudbase';
import { loadManager, setupCloudbase } from './cloudbase-setup';
import * as imports from '../src/core/imports';
import { createLocalRuntime } from '../src/runtime/local';
import { bulkTicketRows, TICKET_HEADERS } from '../test/fixtures/bulk';

const LATENCY_MS = Number(process.env.STANDIN_LATENCY_MS ?? 10);
const SIZES = (process.env.BENCH_CLOUDBASE_ROWS ?? '20000,50000').split(',').map(Number);
const FUNCTION_TIMEOUT_S = 60;
const FUNCTION_MEMORY_MB = 1024;
const TSX = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

function startStandinProcess(): Promise<{ env: Record<string, string>; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.resolve(__dirname, '..', 'test', 'cloudbase-standin', 'serve.ts')], {
      env: { ...process.env, STANDIN_LATENCY_MS: String(LATENCY_MS) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /STANDIN (\{.*\})/.exec(out);
      if (match) resolve({ env: JSON.parse(match[1]) as Record<string, string>, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`stand-in exited (${code})`)));
  });
}

async function requestsSoFar(env: Record<string, string>, reset = false): Promise<number> {
  const url = (JSON.parse(env.TCB_CONTEXT_CNFG) as { URL: string }).URL.replace('/admin', '/__standin/counts');
  const counts = (await (await fetch(url, { method: reset ? 'POST' : 'GET' })).json()) as Record<string, number>;
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

async function main(): Promise<void> {
  const standin = await startStandinProcess();
  Object.assign(process.env, standin.env);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    console.log(`\n== CloudBase import ceiling: real SDK, stand-in at ${LATENCY_MS} ms a request, batches of ${IMPORT_BATCH}, confirm calls of ${imports.CONFIRM_BUDGET_MS / 1000} s ==`);
    await setupCloudbase(loadManager(), 'bench_');
    const store = new CloudbaseStore(loadCloudbase(), 'bench_');
    const runtime = createLocalRuntime({ dataDir: null, fixedToday: '2026-11-21' });
    const app = { ...runtime.app, store };
    await store.putSession({
      id: 'bench-session', orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month: '2027-01', date: '2027-01-09',
      startTime: '09:00', endTime: '11:30', venue: { name: '考点', address: '上海市长宁区法华镇路535号主楼216室' }, capacity: 200_000, status: 'scheduled', rollovers: [], demo: false,
    });
    let ceiling = 0;
    for (const [index, rows] of SIZES.entries()) {
      const bytes = Buffer.from([TICKET_HEADERS, ...bulkTicketRows(rows, '2027-01-09', `R${index}`)].map((r) => r.join(',')).join('\n'));
      peak = 0;
      await requestsSoFar(standin.env, true);
      let started = Date.now();
      const preview = await imports.preview(app, 'bench', 'sjtu', { kind: 'tickets', fileName: 'bench.csv', bytes });
      const previewSeconds = (Date.now() - started) / 1000;
      const previewRequests = await requestsSoFar(standin.env, true);
      if (!preview.previewId) throw new Error(`preview refused the file: ${JSON.stringify(preview.problems.slice(0, 3))}`);
      const calls: number[] = [];
      let answer;
      do {
        started = Date.now();
        answer = await imports.confirm(app, 'sjtu', preview.previewId);
        calls.push((Date.now() - started) / 1000);
      } while (answer.progress);
      const confirmRequests = await requestsSoFar(standin.env, true);
      const longest = Math.max(previewSeconds, ...calls);
      const peakMb = peak / 1024 / 1024;
      const fits = longest < FUNCTION_TIMEOUT_S && peakMb < FUNCTION_MEMORY_MB && answer.added === rows;
      if (fits) ceiling = rows;
      console.log(
        `${rows} 行: 预览 ${previewSeconds.toFixed(1)} s / ${previewRequests} 次请求; 确认 ${calls.length} 次调用（最长 ${Math.max(...calls).toFixed(1)} s）/ ${confirmRequests} 次请求; ` +
          `新增 ${answer.added}; 峰值内存 ${peakMb.toFixed(0)} MB → ${fits ? '在 60 s / 1024 MB 之内' : '超出'}`,
      );
    }
    console.log(`导入上限（实测）: ${ceiling} 行（目标 ≥ 20,000）`);
  } finally {
    clearInterval(sampler);
    standin.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
