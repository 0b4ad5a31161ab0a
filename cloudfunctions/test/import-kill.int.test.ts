/**
 * Killing the process (SIGKILL) in the middle of a 100,000-row import leaves the
 * database exactly as it was before.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/adapters/sqlite';
import { seedDemo } from '../src/demo/seed';
import { createLocalRuntime } from '../src/runtime/local';
import { dumpDb } from './dump';
import { TODAY } from './helpers';

const TSX = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

function runChildUntil(dataDir: string, killAt: number | null): Promise<{ lastProgress: number; killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(__dirname, 'fixtures', 'kill-import-child.ts')], {
      env: { ...process.env, DATA_DIR: dataDir, SKILLS_TODAY: TODAY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastProgress = 0;
    let killed = false;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of chunk.toString().matchAll(/progress (\d+)/g)) lastProgress = Number(match[1]);
      if (killAt !== null && !killed && lastProgress >= killAt) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ lastProgress, killed, output }));
  });
}

describe('import atomicity under SIGKILL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-kill-'));
    const runtime = createLocalRuntime({ dataDir, fixedToday: TODAY });
    await seedDemo(runtime.app);
    await runtime.store.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('a 100,000-row import killed mid-write leaves the database exactly as before', async () => {
    const before = new SqliteStore(path.join(dataDir, 'skills.db'));
    const snapshot = dumpDb(before.db);
    const ticketsBefore = (before.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
    await before.close();

    const run = await runChildUntil(dataDir, 20_000);
    expect(run.killed).toBe(true);
    // It was inside the write transaction, past 20,000 of its 200,000 writes (persons + tickets).
    expect(run.lastProgress).toBeGreaterThanOrEqual(20_000);
    expect(run.output).not.toContain('done');

    const after = new SqliteStore(path.join(dataDir, 'skills.db'));
    expect((after.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n).toBe(ticketsBefore);
    expect(dumpDb(after.db)).toBe(snapshot);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await after.close();
  });
});
