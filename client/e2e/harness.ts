/**
 * End-to-end harness, shared by the candidate and staff-console suites: checks that
 * Chromium and a Chinese font are installed (browserTools.ts), builds the H5 client when
 * needed, starts the real local server on a random port with a temporary data directory
 * and a fixed "today", and opens a phone-sized browser.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, requireBrowserTools } from './browserTools';

export { CHROMIUM, requireBrowserTools } from './browserTools';
export const CLIENT_DIR = path.resolve(__dirname, '..');
export const REPO_ROOT = path.resolve(CLIENT_DIR, '..');
/** A phone: iPhone SE / 8 class. */
export const PHONE_VIEWPORT = { width: 375, height: 667 };

/**
 * Builds the H5 client when the build is missing or older than any source it is made from.
 * A lock keeps suites started at the same time from building over each other.
 */
export function ensureH5Build(): void {
  ensureBuild('h5');
}

/** The H5 build's files and their digests: equal before and after means nothing was rebuilt in between. */
export function h5BuildFingerprint(): string {
  const dir = path.join(CLIENT_DIR, 'dist', 'h5');
  const hash = crypto.createHash('sha256');
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}:${fs.statSync(full).mtimeMs}:`).update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * The deployment the WeChat build is tested with: a CloudBase environment and a template
 * id for every reminder kind (made-up ids: nothing is deployed or sent).
 */
export const TEST_DEPLOYMENT = {
  TCB_ENV: 'skills-e2e',
  TEMPLATE_WINDOW_OPENS: 'tmpl-e2e-window-opens',
  TEMPLATE_WINDOW_CLOSING: 'tmpl-e2e-window-closing',
  TEMPLATE_TICKET_RELEASED: 'tmpl-e2e-ticket-released',
  TEMPLATE_RESULTS_PUBLISHED: 'tmpl-e2e-results-published',
  TEMPLATE_SESSION_ROLLED_OVER: 'tmpl-e2e-session-rolled-over',
} as const;

/** The WeChat build (`dist/weapp`) with TEST_DEPLOYMENT, rebuilt under the same rule as the H5 one. */
export function ensureWeappBuild(): void {
  ensureBuild('weapp', TEST_DEPLOYMENT);
}

function ensureBuild(target: 'h5' | 'weapp', deployment: Record<string, string> = {}): void {
  const script = path.join(CLIENT_DIR, 'scripts', 'ensure-build.js');
  // Only the given deployment: a developer's own TCB_ENV/TEMPLATE_* must not leak into the tested build.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'TCB_ENV' || name.startsWith('TEMPLATE_')) delete env[name];
  execSync(`flock /tmp/skills-client-${target}.lock node ${script} ${target}`, { stdio: 'inherit', env: { ...env, ...deployment } });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  today: string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Fixed "today" for the server (YYYY-MM-DD). */
  today: string;
  /** Extra environment, e.g. SKILLS_DEMO=0. */
  env?: Record<string, string>;
}

/** Starts `npm run serve`'s server itself (tsx, no build), on a free port, and waits until it listens. */
export async function startServer({ today, env = {} }: ServerOptions): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-e2e-'));
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const child: ChildProcess = spawn(tsx, ['src/server/main.ts'], {
    cwd: path.join(REPO_ROOT, 'cloudfunctions'),
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      SKILLS_TODAY: today,
      REMINDER_INTERVAL_MS: '3600000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(forced);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, today, stop };
}

/** What the operator does with the staff command: puts `identity` on `orgId`'s staff list. */
export function addStaff(server: RunningServer, orgId: string, identity: string): void {
  execSync(`npm run staff --workspace cloudfunctions -- add --org ${orgId} --identity ${identity}`, {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: server.dataDir },
    stdio: 'pipe',
  });
}

/** The local server and a browser on it, started together and stopped together. */
export interface E2eRig {
  server: RunningServer;
  browser: Browser;
  /** Closes the browser, then stops the server and removes its data directory. */
  close: () => Promise<void>;
}

/**
 * What every suite and browser script starts with: Chromium, a Chinese font and the H5 build present,
 * the server on a free port, a headless browser. If the browser cannot start, the
 * server already started is stopped before the failure is passed on.
 */
export async function startRig(options: ServerOptions): Promise<E2eRig> {
  requireBrowserTools();
  ensureH5Build();
  const server = await startServer(options);
  try {
    const { browser, close: closeBrowser } = await launchBrowser();
    const close = async () => {
      await closeBrowser();
      await server.stop();
    };
    return { server, browser, close };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Every candidate page, for checks that go through them all (width, element counts): the app's own route table. */
export { CANDIDATE_PAGES } from '../src/routes';

/** Headless Debian Chromium with the flags that work on these machines; Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = () => browser.close();
  return { browser, close };
}

/** A fresh phone-sized context: its own cookies, so its own identity on the server. */
export async function newPhone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  return { context, page };
}

/** Clicks a Taro button by its text (Taro renders buttons as taro-button-core, which takes the click). */
export async function tapButton(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('taro-button-core', { hasText: text }).first().click();
}

/** Types into the Taro input whose label is `label`. */
export async function fillField(page: Page, label: string, value: string, nth = 0): Promise<void> {
  await page.locator(`taro-input-core[aria-label="${label}"] input`).nth(nth).fill(value);
}

/** Fills the bind form on the ticket or results page with a name and 身份证号 and sends it. */
export async function bindCandidate(page: Page, name: string, idNumber: string): Promise<void> {
  await fillField(page, '姓名', name);
  await fillField(page, '身份证号', idNumber);
  // 绑定并查看准考证 on the ticket page, 绑定并查看成绩 on the results page.
  await tapButton(page, /^绑定并查看/);
}

/**
 * A suite's rig, started before its tests and closed after them (registers jest's hooks), and
 * `phone()` for a fresh phone-sized context on it. `newPhone()` gives the context too, for
 * tests that go offline or resize.
 */
export function suiteRig(today: string): { phone: () => Promise<Page>; newPhone: () => Promise<{ context: BrowserContext; page: Page }> } {
  let rig: E2eRig | undefined;
  beforeAll(async () => {
    rig = await startRig({ today });
  }, 600000);
  afterAll(async () => {
    await rig?.close();
  });
  const open = () => {
    if (!rig) throw new Error('the rig has not started');
    return newPhone(rig.browser, rig.server.url);
  };
  return { phone: async () => (await open()).page, newPhone: open };
}
