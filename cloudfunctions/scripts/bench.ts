/**
 * `npm run bench`: figures, no assertions.
 *  1. With 100,000 tickets in the database, autocannon against the local runner's
 *     ticket lookup and catalog, and in the same run a bare Node HTTP server answering
 *     a fixed JSON: requests/s, p50/p99, ratio to bare (targets: ticket lookup ≥ 0.5
 *     of bare, p99 < 25 ms at 32 connections).
 *  2. A 100,000-row XLSX import, read + checked + written (target < 15 s).
 *  3. Each function bundle's size (target < 400 KB).
 * Servers run in child processes so the load generator does not share their CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { importFile } from '../src/core/imports';
import { ticketIdFor } from '../src/core/imports';
import { applyImport } from '../src/core/importRules';
import * as rules from '../src/core/rules';
import { DEMO_RELEASED } from '../src/demo/candidates';
import { seedDemo } from '../src/demo/seed';
import type { ImportPlan } from '../src/ports';
import { createLocalRuntime } from '../src/runtime/local';
import { COOKIE_NAME, signIdentity } from '../src/server/cookies';
import { bulkIdNumber, bulkTicketsXlsx } from '../test/fixtures/bulk';
import { buildFunctions } from './build';

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TICKETS = 100_000;
const ROOT = path.resolve(__dirname, '..');

function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, body: string | undefined, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: body ? 'POST' : 'GET',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

async function seedTickets(dataDir: string): Promise<{ cookie: string }> {
  const runtime = createLocalRuntime({ dataDir, fixedToday: process.env.SKILLS_TODAY || undefined });
  await seedDemo(runtime.app);
  const session = (await runtime.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4 })).find((s) => s.date)!;
  const plan: ImportPlan = { orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], tickets: [], results: [] };
  for (let i = 0; i < TICKETS; i += 1) {
    const { normalized } = rules.parseIdNumber(bulkIdNumber(i));
    const idHash = runtime.app.hashIdNumber(normalized);
    const ticketNumber = `L${String(i).padStart(7, '0')}`;
    plan.persons.push({ orgId: 'sjtu', idHash, name: `考生${i}`, maskedIdNumber: rules.maskIdNumber(normalized) });
    plan.tickets.push({
      id: ticketIdFor('sjtu', ticketNumber),
      orgId: 'sjtu',
      ticketNumber,
      idHash,
      occupationId: '4-04-05-05',
      track: 4,
      channel: i % 2 === 0 ? 'group' : 'individual',
      sessionId: session.id,
      examDate: session.date!,
      examTime: '09:00-11:30',
      venue: session.venue,
      room: `第${1 + (i % 50)}考场`,
      seat: String(1 + (i % 30)),
      demo: false,
    });
  }
  await applyImport(runtime.store, plan);
  const identity = 'bench-candidate';
  const { normalized } = rules.parseIdNumber(DEMO_RELEASED.idNumber);
  await runtime.store.putBinding(identity, runtime.app.hashIdNumber(normalized), new Date().toISOString());
  const count = (runtime.store.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  console.log(`数据库中的准考证: ${count}`);
  await runtime.store.close();
  return { cookie: `${COOKIE_NAME}=${signIdentity(runtime.secrets.cookieKey, identity)}` };
}

function row(label: string, f: Figures, bare: Figures): string {
  return `${label.padEnd(16)} ${f.rps.toFixed(0).padStart(8)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   ${(f.rps / bare.rps).toFixed(2)} × bare   errors ${f.errors}, non-2xx ${f.non2xx}`;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-bench-'));
  const children: ChildProcess[] = [];
  try {
    console.log(`== HTTP: ${CONNECTIONS} connections, ${DURATION_S} s per run, best of ${ROUNDS} alternating rounds ==`);
    const { cookie } = await seedTickets(dataDir);
    const api = await startChild(process.execPath, [path.join(ROOT, 'scripts', 'serve.js')], { PORT: '0', DATA_DIR: dataDir, SKILLS_DEMO: '0', REMINDER_INTERVAL_MS: '3600000' });
    children.push(api.child);
    const bare = await startChild(process.execPath, [path.join(__dirname, 'bench-bare.js')], {});
    children.push(bare.child);

    // Other work on a shared machine comes and goes: alternate the targets for a few rounds
    // and keep each target's best round, so one noisy moment does not decide a ratio.
    const targets = {
      bare: () => load(`http://127.0.0.1:${bare.port}/`, JSON.stringify({ action: 'mine' }), {}),
      tickets: () => load(`http://127.0.0.1:${api.port}/api/tickets`, JSON.stringify({ action: 'mine' }), { cookie }),
      catalog: () => load(`http://127.0.0.1:${api.port}/api/catalog`, JSON.stringify({ action: 'organisations' }), { cookie }),
    };
    const best: Record<keyof typeof targets, Figures | null> = { bare: null, tickets: null, catalog: null };
    for (let round = 1; round <= ROUNDS; round += 1) {
      const line: string[] = [];
      for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
        const figures = await targets[name]();
        line.push(`${name} ${figures.rps.toFixed(0)}/s p99 ${figures.p99} ms`);
        if (!best[name] || figures.rps > best[name]!.rps) best[name] = figures;
      }
      console.log(`第${round}轮（负载 ${os.loadavg()[0].toFixed(1)}）: ${line.join(' · ')}`);
    }
    const bareFigures = best.bare!;
    const ticketFigures = best.tickets!;
    const catalogFigures = best.catalog!;
    console.log(row('bare node http', bareFigures, bareFigures));
    console.log(row('tickets.mine', ticketFigures, bareFigures));
    console.log(row('catalog.orgs', catalogFigures, bareFigures));
    console.log(`目标: 准考证查询 ≥ 0.5 × bare（实测 ${(ticketFigures.rps / bareFigures.rps).toFixed(2)}），p99 < 25 ms（实测 ${ticketFigures.p99} ms）`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }

  console.log('\n== 100,000-row XLSX import (read + check + write in one transaction) ==');
  const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-bench-import-'));
  const runtime = createLocalRuntime({ dataDir: importDir });
  await seedDemo(runtime.app);
  const session = (await runtime.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4 })).find((s) => s.date)!;
  const xlsx = await bulkTicketsXlsx(TICKETS, session.date!);
  const started = process.hrtime.bigint();
  const totals = await importFile(runtime.app, 'bench', 'sjtu', { kind: 'tickets', fileName: 'bench.xlsx', bytes: xlsx });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`文件 ${(xlsx.length / 1024 / 1024).toFixed(1)} MB，新增 ${totals.added} 行，用时 ${seconds.toFixed(1)} s（目标 < 15 s），rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await runtime.store.close();

  console.log('\n== Function bundles (target < 400 KB each) ==');
  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-bench-dist-'));
  for (const { name, bytes } of await buildFunctions(bundleDir)) console.log(`${name.padEnd(14)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);

  for (const dir of [dataDir, importDir, bundleDir]) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
