/**
 * Figures for issue-level security and responsiveness, over the local runner's HTTP server
 * with SQLite on disk: how many binding guesses an hour get tried, how long the 67 KB
 * hostile XLSX takes to be refused, and how /healthz answers meanwhile and during a
 * 100,000-row import (preview + confirm).
 * Run: npx tsx test/security.bench.ts [rows]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedDemo } from '../src/demo/seed';
import { createLocalRuntime } from '../src/runtime/local';
import { createServer } from '../src/server/server';
import { COOKIE_NAME, signIdentity } from '../src/server/cookies';
import { ADDRESS_FAILURE_LIMIT, BINDING_FAILURE_LIMIT, BINDING_WINDOW_MS, GLOBAL_FAILURE_LIMIT } from '../src/core/tickets';
import { bulkIdNumber, bulkTicketsXlsx } from './fixtures/bulk';
import { hugeInlineCellXlsx } from './fixtures/hostile';

/** One request on a fresh connection (no keep-alive: a long pause must not race an idle socket's close). */
function request(url: string, method = 'GET', body?: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Polls /healthz until `done` resolves; answers each poll's latency in ms. */
async function pollHealth(base: string, done: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    await request(`${base}/healthz`);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies;
}

function describe(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `${latencies.length} 次 /healthz：p50 ${at(0.5).toFixed(0)} ms，p99 ${at(0.99).toFixed(0)} ms，最长 ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms，超过 1 s 的 ${latencies.filter((l) => l > 1000).length} 次`;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-security-bench-'));
  const runtime = createLocalRuntime({ dataDir });
  await seedDemo(runtime.app);
  await runtime.store.addStaff('sjtu', 'bench-staff', new Date().toISOString());
  const server = createServer({ app: runtime.app, cookieKey: runtime.secrets.cookieKey, urlKey: runtime.secrets.urlKey, staticDir: null });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const staff = { cookie: `${COOKIE_NAME}=${signIdentity(runtime.secrets.cookieKey, 'bench-staff')}` };
  const post = async (fn: string, event: object, headers: Record<string, string> = {}) => {
    const answer = await request(`${base}/api/${fn}`, 'POST', JSON.stringify(event), headers);
    return { status: answer.status, json: async () => JSON.parse(answer.text) as unknown };
  };

  try {
    console.log('== 绑定准考证：可尝试的猜测次数 ==');
    const started = performance.now();
    const codes = new Map<string, number>();
    for (let i = 0; i < 500; i += 1) {
      const response = await post('tickets', { action: 'bind', name: '猜', idNumber: bulkIdNumber(i) });
      const { code } = (await response.json()) as { code: string };
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    const seconds = (performance.now() - started) / 1000;
    const tried = codes.get('BINDING_MISMATCH') ?? 0;
    const windowsPerHour = 3_600_000 / BINDING_WINDOW_MS;
    console.log(`一台机器、不带 Cookie，${seconds.toFixed(1)} s 内发出 500 次：真正核对 ${tried} 次，其余 ${[...codes].filter(([c]) => c !== 'BINDING_MISMATCH').map(([c, n]) => `${c} ${n}`).join('、')}`);
    console.log(`每小时可尝试：每个身份 ${BINDING_FAILURE_LIMIT * windowsPerHour} 次，每个客户端地址 ${ADDRESS_FAILURE_LIMIT * windowsPerHour} 次，全平台合计 ${GLOBAL_FAILURE_LIMIT * windowsPerHour} 次（此前约 1,359 次/秒 ≈ 489 万次/小时）`);

    console.log('\n== 67 KB 恶意 XLSX（一个超大内联单元格） ==');
    const hostile = await hugeInlineCellXlsx();
    const hostileStarted = performance.now();
    const refusal = post('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 'h.xlsx', fileBase64: Buffer.from(hostile).toString('base64') }, staff).then(async (r) => ({ status: r.status, body: (await r.json()) as { code: string }, ms: performance.now() - hostileStarted }));
    const duringHostile = await pollHealth(base, refusal);
    const refused = await refusal;
    console.log(`文件 ${(hostile.length / 1024).toFixed(0)} KB：${refused.status} ${refused.body.code}，用时 ${refused.ms.toFixed(0)} ms；期间 ${describe(duringHostile)}`);

    console.log(`\n== ${rows.toLocaleString('en')} 行 XLSX 导入（预览 + 确认）期间的 /healthz ==`);
    const session = (await runtime.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4 })).find((s) => s.date)!;
    const xlsx = await bulkTicketsXlsx(rows, session.date!);
    const previewStarted = performance.now();
    const previewing = post('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 'bulk.xlsx', fileBase64: Buffer.from(xlsx).toString('base64') }, staff).then(
      async (r) => (await r.json()) as { data: { previewId: string; totalRows: number } },
    );
    const duringPreview = await pollHealth(base, previewing);
    const previewed = await previewing;
    const previewMs = performance.now() - previewStarted;
    const confirmStarted = performance.now();
    const confirming = post('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: previewed.data.previewId }, staff).then(async (r) => (await r.json()) as { data: { added: number } });
    const duringConfirm = await pollHealth(base, confirming);
    const confirmed = await confirming;
    console.log(`文件 ${(xlsx.length / 1024 / 1024).toFixed(1)} MB，${previewed.data.totalRows} 行，预览 ${(previewMs / 1000).toFixed(1)} s，确认 ${((performance.now() - confirmStarted) / 1000).toFixed(1)} s，新增 ${confirmed.data.added}`);
    console.log(`预览（读取在工作线程）期间 ${describe(duringPreview)}`);
    console.log(`确认（SQLite 单个事务写入）期间 ${describe(duringConfirm)}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await runtime.store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
