/**
 * What the browser suites and scripts need from the machine: Debian's Chromium and a
 * Chinese font (Chromium ships none; without one, screenshots and text measurements are of
 * empty boxes). The tests check for them and say how to install them; they install nothing.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium fonts-noto-cjk';

/** Font families fontconfig knows for Chinese; empty without fontconfig or without such a font. */
export function chineseFonts(): string {
  try {
    return execSync('fc-list :lang=zh family', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
}

/** What is missing, in words; empty when both are there. */
export function missingBrowserTools(chromium = CHROMIUM, fonts: () => string = chineseFonts): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(chromium)) missing.push(`Chromium（${chromium}）`);
  if (fonts() === '') missing.push('中文字体（fc-list :lang=zh 无结果）');
  return missing;
}

/** Throws, naming what is missing and the command that installs it, before any browser starts. */
export function requireBrowserTools(chromium = CHROMIUM, fonts: () => string = chineseFonts): void {
  const missing = missingBrowserTools(chromium, fonts);
  if (missing.length > 0) {
    throw new Error(`浏览器测试缺少：${missing.join('、')}。请先安装：${INSTALL_COMMAND}（Debian/Ubuntu；见 README“测试”一节）`);
  }
}
