/** The function bundles build, stay under 400 KB, and each exports `main`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FUNCTIONS, RUNTIMES, SIZE_LIMIT_BYTES, buildFunctions } from '../scripts/build';
import { normaliseNoticeText } from '@skills/shared/src/notice';
import { SJTU_TEXT } from './fixtures/notices';
import { noticePdf } from './fixtures/noticePdf';

const DIST = path.resolve(__dirname, '..', 'dist');

describe('cloud function bundles', () => {
  let sizes: { name: string; bytes: number }[];
  beforeAll(async () => {
    sizes = await buildFunctions(DIST);
  });

  it('builds every function declared in cloudbaserc.json', () => {
    const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'cloudbaserc.json'), 'utf8')) as { functions: { name: string }[] };
    expect(config.functions.map((f) => f.name).sort()).toEqual([...FUNCTIONS].sort());
    expect(sizes.map((s) => s.name)).toEqual(FUNCTIONS);
  });

  it.each(FUNCTIONS.map((name) => [name]))('%s: under 400 KB, exports main, declares its runtime dependencies', async (name) => {
    const size = sizes.find((s) => s.name === name)!;
    expect(size.bytes).toBeLessThan(SIZE_LIMIT_BYTES);
    const pkg = JSON.parse(fs.readFileSync(path.join(DIST, name, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('index.js');
    expect(Object.keys(pkg.dependencies)).toContain('@cloudbase/node-sdk');
    if (name === 'admin') expect(Object.keys(pkg.dependencies)).toContain('exceljs');
    const loaded = jest.requireActual(path.join(DIST, name, 'index.js')) as { main: unknown };
    expect(typeof loaded.main).toBe('function');
  });

  it('admin does not load the spreadsheet library at cold start (its spreadsheet actions load it; see cloudbase-e2e)', () => {
    // A fresh process, as a cold start: load the bundle, see whether exceljs came with it.
    const script = `
      const { main } = require(${JSON.stringify(path.join(DIST, 'admin', 'index.js'))});
      const atStart = Object.keys(require.cache).some((k) => k.includes('/node_modules/exceljs/'));
      console.log(JSON.stringify({ atStart, main: typeof main }));
    `;
    const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.stdout)).toEqual({ atStart: false, main: 'function' });
  });

  it('admin ships the spreadsheet worker next to its bundle, and it reads a file', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(path.join(DIST, 'admin', 'sheet-worker.js'));
    const answer = await new Promise<{ ok: boolean; table?: { rows: unknown[] } }>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({ bytes: Buffer.from('姓名,身份证号,职业（工种）,等级,申报方式\n李四,310101199003070027,人工智能训练师,四级,个人\n'), fileName: 'c.csv', kind: 'candidates', options: {} });
    });
    await worker.terminate();
    expect(answer.ok).toBe(true);
    expect(answer.table?.rows).toHaveLength(1);
  });

  it('admin reads notice PDFs with unpdf, installed by the cloud and loaded only by its PDF worker, on the runtime declared for it', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(DIST, 'admin', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const declared = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.unpdf;
    expect(pkg.dependencies.unpdf).toBe(declared);
    expect(fs.readFileSync(path.join(DIST, 'admin', 'index.js'), 'utf8')).not.toContain('unpdf');
    for (const name of FUNCTIONS.filter((n) => n !== 'admin')) {
      expect(Object.keys((JSON.parse(fs.readFileSync(path.join(DIST, name, 'package.json'), 'utf8')) as { dependencies: object }).dependencies)).not.toContain('unpdf');
    }
    const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'cloudbaserc.json'), 'utf8')) as { functions: { name: string; runtime: string }[] };
    expect(config.functions.find((f) => f.name === 'admin')?.runtime).toBe(RUNTIMES.admin.cloudbase);
  });

  it('admin ships the PDF worker next to its bundle, and it reads the text of a notice Chromium printed', async () => {
    const bytes = await noticePdf({ kind: 'text', text: SJTU_TEXT });
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(path.join(DIST, 'admin', 'pdf-worker.js'));
    const answer = await new Promise<{ ok: boolean; pages?: number; text?: string }>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(bytes);
    });
    await worker.terminate();
    expect(answer.ok).toBe(true);
    expect(normaliseNoticeText(answer.text ?? '')).toBe(normaliseNoticeText(SJTU_TEXT));
  }, 60_000);

  it('without configuration main answers INTERNAL instead of crashing (and never touches the SDK)', async () => {
    const saved = process.env.ID_HASH_KEY;
    delete process.env.ID_HASH_KEY;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { main } = jest.requireActual(path.join(DIST, 'catalog', 'index.js')) as { main: (event: unknown) => Promise<unknown> };
      await expect(main({ action: 'organisations', name: '李演示' })).resolves.toEqual({ ok: false, code: 'INTERNAL', message: '服务暂时出现问题，请稍后再试。您的信息没有丢失。' });
      // The log line names the failure, not the event.
      expect(JSON.stringify(logged.mock.calls)).not.toContain('李演示');
    } finally {
      logged.mockRestore();
      if (saved !== undefined) process.env.ID_HASH_KEY = saved;
    }
  });
});
