/**
 * WeChat's own template and stylesheet compilers (`wcc`, `wcsc`), the Linux binaries
 * published in the npm package `miniprogram-compiler`. They are what WeChat DevTools
 * runs on upload; whatever they reject, WeChat rejects.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Compiler = 'wcc' | 'wcsc';

const BIN_DIR = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux');

/**
 * The binary, runnable. npm does not keep their executable bit, so it is set here; where
 * the package directory is read-only, a copy in the temporary directory is used instead.
 */
export function compilerBinary(name: Compiler): string {
  const original = path.join(BIN_DIR, name);
  if (isExecutable(original)) return original;
  try {
    fs.chmodSync(original, 0o755);
    return original;
  } catch {
    const copy = path.join(os.tmpdir(), `miniprogram-compiler-${name}`);
    fs.copyFileSync(original, copy);
    fs.chmodSync(copy, 0o755);
    return copy;
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every file under `dir` (relative, '/'-separated) whose name ends with `extension`. */
export function filesWithExtension(dir: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(extension)) found.push(child);
    }
  };
  walk('');
  return found.sort();
}

export interface CompileOutcome {
  file: string;
  ok: boolean;
  /** The compiler's own message when it refused the file. */
  error: string;
}

const IMPORT = /@import\s+["']([^"']+)["']/g;

/** The stylesheets a .wxss imports, directly or through others (wcsc needs them all on its command line). */
export function wxssImports(dir: string, file: string, seen = new Set<string>()): string[] {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const imported = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
    if (seen.has(imported)) continue;
    seen.add(imported);
    wxssImports(dir, imported, seen);
  }
  return [...seen];
}

/** One stylesheet, with its imports, through `wcsc -js` as DevTools compiles it. */
export function compileWxss(dir: string, file: string): CompileOutcome {
  const run = spawnSync(compilerBinary('wcsc'), ['-js', file, ...wxssImports(dir, file)], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  const error = `${run.stderr?.toString() ?? ''}${run.error ? String(run.error) : ''}`.trim();
  return { file, ok: run.status === 0, error };
}

/**
 * The whole build's templates and WXS modules through `wcc` in one run (templates import
 * each other, so they compile together, as DevTools does). Answers the generated `$gwx`
 * source, or the compiler's own message.
 */
export function compileWxml(dir: string): { ok: boolean; error: string; source: string; files: string[] } {
  const wxml = filesWithExtension(dir, '.wxml');
  const wxs = filesWithExtension(dir, '.wxs');
  const components = wxml.filter((file) => usesComponents(dir, file));
  // The custom-component table wcc expects: count, then per page its components.
  const tableArgs: (string | number)[] = [components.length];
  for (const file of components) {
    const names = Object.keys(pageJson(dir, file).usingComponents ?? {});
    tableArgs.push(file, names.length, ...names);
  }
  const run = spawnSync(compilerBinary('wcc'), ['-d', '-cc', tableArgs.join(' '), ...wxml, ...wxs, '-gn', '$gwx'], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const error = `${run.stderr?.toString() ?? ''}${run.error ? String(run.error) : ''}`.trim();
  return { ok: run.status === 0, error, source: run.status === 0 ? run.stdout.toString() : '', files: [...wxml, ...wxs] };
}

function pageJson(dir: string, wxmlFile: string): { usingComponents?: Record<string, string> } {
  const json = path.join(dir, wxmlFile.replace(/\.wxml$/, '.json'));
  return fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> }) : {};
}

function usesComponents(dir: string, wxmlFile: string): boolean {
  return Object.keys(pageJson(dir, wxmlFile).usingComponents ?? {}).length > 0;
}
