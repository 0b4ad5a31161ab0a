/**
 * The WeChat build and what WeChat measures of it: the main package (everything outside
 * the subpackage roots), each subpackage, and the total. Used by the bench (figures)
 * and by the build test (WeChat's hard limits).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_DIR } from '../e2e/harness';

export const WEAPP_DIR = path.join(CLIENT_DIR, 'dist', 'weapp');

export interface WeappApp {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}

export interface WeappPackages {
  app: WeappApp;
  main: number;
  subPackages: { root: string; size: number }[];
  total: number;
}

/** Every page's path in the build, main package first ('packages/exam/ticket/index'). */
export function allPages(app: WeappApp): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))];
}

export function buildWeapp(): void {
  execSync('npm run build:weapp', { cwd: CLIENT_DIR, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

export function dirSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirSize(full) : fs.statSync(full).size);
  }, 0);
}

/** Sizes in bytes of the build in `dist/weapp`, as WeChat splits it into packages. */
export function weappPackages(dir: string = WEAPP_DIR): WeappPackages {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as WeappApp;
  const total = dirSize(dir);
  const subPackages = (app.subPackages ?? []).map((sub) => ({ root: sub.root, size: dirSize(path.join(dir, sub.root)) }));
  const main = total - subPackages.reduce((sum, sub) => sum + sub.size, 0);
  return { app, main, subPackages, total };
}
