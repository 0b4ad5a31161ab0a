/**
 * `npm run build`: bundles each cloud function with the shared code into
 * dist/<name>/index.js (+ package.json listing the runtime dependencies the cloud
 * installs: the CloudBase SDK; for admin exceljs, where spreadsheets are read or written, and
 * unpdf, which reads notice PDFs). Prints each bundle's size; fails if one reaches 400 KB.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES, TIMER_CONTRACT } from '@skills/shared/src/contract';

/** Every function of the contract, the timer's included. */
export const FUNCTIONS: string[] = [...FUNCTION_NAMES, ...Object.keys(TIMER_CONTRACT)];
export const SIZE_LIMIT_BYTES = 400 * 1024;

const ROOT = path.resolve(__dirname, '..');
// Installed by the cloud from each bundle's package.json (jszip comes with exceljs anyway).
const EXTERNALS = ['@cloudbase/node-sdk', 'exceljs', 'jszip', 'unpdf'];

/**
 * Scripts that run in worker threads next to a function's bundle (runtime/workerThread.ts loads
 * them by these names): reading import files, and reading notice PDFs. Their cloud-installed
 * packages are the function's dependencies too.
 */
export const WORKERS: Record<string, { file: string; entry: string }[]> = {
  admin: [
    { file: 'sheet-worker.js', entry: path.join('spreadsheet', 'worker.ts') },
    { file: 'pdf-worker.js', entry: path.join('pdf', 'worker.ts') },
  ],
};

/**
 * How every bundle is built: one CommonJS file for CloudBase's Node 16 (admin: Node 20, see
 * RUNTIMES), the cloud-installed packages left out.
 */
const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  external: EXTERNALS,
  // ESM entry points let esbuild drop what is unused (zod's locales alone are 260 KB).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * Functions on a newer runtime than Node 16.13 (cloudbaserc.json): admin reads notice PDFs with
 * unpdf, whose PDF.js needs Node 20 (structuredClone and more; on 16.13 it fails to open a PDF).
 */
export const RUNTIMES: Record<string, { cloudbase: string; esbuild: string }> = {
  admin: { cloudbase: 'Nodejs20.19', esbuild: 'node20' },
};

/** The cloud-installed packages a build's output imports. */
function externalImports(metafile: Metafile | undefined): string[] {
  return Object.values(metafile?.outputs ?? {}).flatMap((output) => output.imports.filter((imp) => imp.external && EXTERNALS.includes(imp.path)).map((imp) => imp.path));
}

function versionOf(name: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return pkg.dependencies[name];
}

export async function buildFunctions(outDir = path.join(ROOT, 'dist')): Promise<{ name: string; bytes: number }[]> {
  const sizes: { name: string; bytes: number }[] = [];
  for (const name of FUNCTIONS) {
    const dir = path.join(outDir, name);
    fs.rmSync(dir, { recursive: true, force: true });
    const options = { ...BUNDLE_OPTIONS, target: RUNTIMES[name]?.esbuild ?? BUNDLE_OPTIONS.target, metafile: true };
    const result = await build({ ...options, entryPoints: [path.join(ROOT, 'src', 'functions', name, 'index.ts')], outfile: path.join(dir, 'index.js') });
    const imported = new Set(externalImports(result.metafile));
    for (const worker of WORKERS[name] ?? []) {
      const built = await build({ ...options, entryPoints: [path.join(ROOT, 'src', worker.entry)], outfile: path.join(dir, worker.file) });
      for (const dep of externalImports(built.metafile)) imported.add(dep);
    }
    const dependencies = Object.fromEntries([...imported].sort().map((dep) => [dep, versionOf(dep)]));
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name: `skills-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2)}\n`,
    );
    sizes.push({ name, bytes: fs.statSync(path.join(dir, 'index.js')).size });
  }
  return sizes;
}

if (require.main === module) {
  buildFunctions()
    .then((sizes) => {
      for (const { name, bytes } of sizes) console.log(`${name.padEnd(14)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
      const over = sizes.filter((s) => s.bytes >= SIZE_LIMIT_BYTES);
      if (over.length > 0) {
        console.error(`超过 400 KB 的函数包: ${over.map((s) => s.name).join(', ')}`);
        process.exit(1);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
