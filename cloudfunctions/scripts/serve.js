// `npm run serve`: bundle the local runner with esbuild (well under a second) and run it
// with plain Node, so requests are served by compiled code rather than an on-the-fly loader.
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'dist', 'server', 'main.js');
buildSync({
  entryPoints: [path.join(root, 'src', 'server', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native and heavy packages load from node_modules as usual.
  external: ['better-sqlite3', 'exceljs', '@cloudbase/node-sdk'],
  logLevel: 'warning',
});
// Import files and notice PDFs are read in worker threads (runtime/workerThread.ts), which load these scripts.
for (const [entry, file] of [
  [path.join('spreadsheet', 'worker.ts'), 'sheet-worker.js'],
  [path.join('pdf', 'worker.ts'), 'pdf-worker.js'],
]) {
  buildSync({
    entryPoints: [path.join(root, 'src', entry)],
    outfile: path.join(root, 'dist', 'server', file),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs', 'unpdf'],
    logLevel: 'warning',
  });
}
require(outfile);
