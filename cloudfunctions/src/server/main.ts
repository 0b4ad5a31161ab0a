/**
 * `npm run serve`: the local runner. One Node HTTP server on 127.0.0.1 serving the
 * API, document downloads and the H5 build; seeds demo data on first start; runs
 * the reminder sweep periodically.
 *
 * Environment: PORT (default 8080; 0 = any free port), DATA_DIR (default .data/ at the
 * repo root), SKILLS_TODAY (fixed today, YYYY-MM-DD), SKILLS_DEMO=0 (no demo data),
 * REMINDER_INTERVAL_MS (default 60000), ID_HASH_KEY / COOKIE_SECRET / URL_SIGNING_KEY.
 */
import path from 'node:path';
import * as imports from '../core/imports';
import * as reminders from '../core/reminders';
import { seedDemo } from '../demo/seed';
import { createLocalRuntime, REPO_ROOT } from '../runtime/local';
import { createServer } from './server';

async function main(): Promise<void> {
  const runtime = createLocalRuntime({ fixedToday: process.env.SKILLS_TODAY || undefined });
  const { app } = runtime;
  if (process.env.SKILLS_DEMO !== '0') {
    const { seeded } = await seedDemo(app);
    if (seeded) console.log(`已写入演示数据（以 ${app.clock.today()} 为今天）`);
  }
  const staticDir = path.join(REPO_ROOT, 'client', 'dist', 'h5');
  const server = createServer({ app, cookieKey: runtime.secrets.cookieKey, urlKey: runtime.secrets.urlKey, staticDir });
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`本地服务已启动: http://127.0.0.1:${actualPort}/  (数据目录 ${runtime.dataDir}，今天 ${app.clock.today()})`);
  });

  const interval = Number(process.env.REMINDER_INTERVAL_MS ?? 60_000);
  // As the cloud timer does: reminders, then previews nobody confirmed removed once they expire.
  const runSweep = () =>
    reminders
      .sweep(app)
      .then(() => imports.removeExpiredPreviews(app))
      .catch((error: unknown) => console.error('[reminders] sweep failed', error instanceof Error ? error.name : error));
  void runSweep();
  const timer = setInterval(runSweep, interval);

  const stop = () => {
    clearInterval(timer);
    server.close(() => {
      void runtime.store.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('启动失败:', error instanceof Error ? error.message : error);
  process.exit(1);
});
