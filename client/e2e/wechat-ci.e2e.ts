/**
 * WeChat's configuration checks, from WeChat's own CI package run offline (see
 * scripts/wechat/ci.ts): the upload package is accepted (app.json and every page's
 * configuration), and the code-quality check DevTools shows before upload passes every item.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLIENT_DIR, REPO_ROOT, ensureWeappBuild } from './harness';
import type { CiReport } from '../scripts/wechat/ci';
import { allPages, weappPackages } from '../scripts/weapp';

function runCi(): CiReport {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skills-ci-')), 'report.json');
  try {
    execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/wechat/ci.ts', out], { cwd: CLIENT_DIR, stdio: 'ignore' });
    return JSON.parse(fs.readFileSync(out, 'utf8')) as CiReport;
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

describe('miniprogram-ci, offline', () => {
  let report: CiReport;
  beforeAll(() => {
    ensureWeappBuild();
    report = runCi();
  }, 300_000);

  it('builds the upload package with app.json and every page configuration', () => {
    expect(report.compileError).toBeNull();
    const expected = ['app.json', ...allPages(weappPackages().app).flatMap((page) => [`${page}.json`, `${page}.js`, `${page}.wxml`])];
    expect(expected.filter((file) => !report.files.includes(file))).toEqual([]);
  });

  it('passes every item of the code-quality check', () => {
    expect(report.quality.length).toBeGreaterThan(5);
    expect(report.quality.filter((item) => !item.success).map((item) => `${item.name}: ${item.text}`)).toEqual([]);
  });
});
