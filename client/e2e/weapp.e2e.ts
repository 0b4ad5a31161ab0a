/**
 * The WeChat build: it completes, declares every page of app.config.ts with the files
 * WeChat needs, and stays within WeChat's hard package limits (2 MB main package and
 * per subpackage, 20 MB in all). Sizes against our own, tighter targets are the bench's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allPages, weappPackages, WEAPP_DIR, type WeappApp } from '../scripts/weapp';
import { ensureWeappBuild } from './harness';

const MB = 1024 * 1024;

/** app.config.ts as Taro reads it: `defineAppConfig` is a compile-time global. */
function appConfig(): WeappApp {
  const globals = globalThis as { defineAppConfig?: (config: WeappApp) => WeappApp };
  globals.defineAppConfig = (config) => config;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../src/app.config') as { default: WeappApp }).default;
}

describe('WeChat build (npm run build:weapp)', () => {
  beforeAll(() => ensureWeappBuild(), 300_000);

  it('declares exactly the pages and subpackages of app.config.ts', () => {
    const expected = appConfig();
    const { app } = weappPackages();
    expect(app.pages).toEqual(expected.pages);
    expect(app.subPackages?.map((sub) => [sub.root, sub.pages])).toEqual(expected.subPackages?.map((sub) => [sub.root, sub.pages]));
  });

  it('splits into the main package and four subpackages, the staff console among them', () => {
    const { app } = weappPackages();
    expect(app.pages).toEqual(['pages/index/index']);
    expect(app.subPackages?.map((sub) => sub.root)).toEqual(['packages/guide', 'packages/check', 'packages/exam', 'packages/staff']);
    expect(fs.existsSync(path.join(WEAPP_DIR, 'staff'))).toBe(false);
  });

  // Styles are optional per page: shared ones are in app.wxss.
  it.each(allPages(appConfig()))('page %s has its script, template and config', (page) => {
    const missing = ['js', 'wxml', 'json'].map((ext) => `${page}.${ext}`).filter((file) => !fs.existsSync(path.join(WEAPP_DIR, file)));
    expect(missing).toEqual([]);
  });

  it('stays within WeChat package limits', () => {
    const { main, subPackages, total } = weappPackages();
    expect(main).toBeLessThan(2 * MB);
    expect(subPackages.filter((sub) => sub.size >= 2 * MB)).toEqual([]);
    expect(total).toBeLessThan(20 * MB);
  });
});
