/**
 * `npm run bench --workspace client`: prints figures, asserts nothing.
 * - WeChat build: main package, each subpackage, total (targets: main < 500 KB, total < 900 KB).
 * - WeChat build in the WeChat-like runtime: each page's largest setData and node count.
 * - H5: JavaScript the home page loads (raw and gzip; target < 160 KB gzip).
 * - H5: bytes the home page's first load transfers (compressed, as the local server sends them).
 * - Home page FCP and LCP in Chromium with 4x CPU throttling (median of 5; target LCP < 1.5 s),
 *   and again with DevTools' "Slow 3G" network profile (2000 ms RTT, 400 kbit/s).
 * - Element count and depth of each page in H5, a stand-in for WeChat's node audit (< 1000 nodes).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CANDIDATE_PAGES, CLIENT_DIR, newPhone, startRig } from '../e2e/harness';
import { allPages, buildWeapp, weappPackages, WEAPP_DIR } from './weapp';
import { addStaff, startServer } from '../e2e/harness';
import { WeChatRuntime } from './wechat/runtime';
import { STAFF_ROUTES } from '../src/routes';

const KB = 1024;
const H5 = path.join(CLIENT_DIR, 'dist', 'h5');
const RUNS = 5;

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function weappSizes(): void {
  console.log('== 微信小程序包（npm run build:weapp）');
  buildWeapp();
  const { main, subPackages, total } = weappPackages();
  console.log(`主包 ${kb(main)}（目标 < 500 KB）`);
  for (const sub of subPackages) console.log(`分包 ${sub.root}: ${kb(sub.size)}`);
  console.log(`总计 ${kb(total)}（目标 < 900 KB）`);
}

/** Every page of the WeChat build in the WeChat-like runtime: its largest setData and its nodes. */
async function weappPageFigures(): Promise<void> {
  const server = await startServer({ today: '2026-06-10' });
  try {
    const phone = new WeChatRuntime({ dir: WEAPP_DIR, server: server.url });
    phone.launch();
    // Staff pages as staff see them.
    await phone.open(STAFF_ROUTES.home);
    addStaff(server, 'sjtu', phone.identityShown());
    for (const page of allPages(weappPackages().app)) await phone.open(Object.values(STAFF_ROUTES).includes(`/${page}`) ? `${page}?org=sjtu` : page);
    console.log('== 微信小程序各页面（类微信运行环境）：最大一次 setData / 节点数（微信体验评分：≤ 256 KB，≤ 1000 节点）');
    for (const audit of phone.auditReport()) {
      console.log(`${audit.route}: ${kb(audit.largestSetData)}，${audit.nodes} 个节点，${audit.setDataCalls} 次 setData`);
    }
    if (phone.errors.length > 0) console.log(`运行错误：${phone.errors.join('; ')}`);
  } finally {
    await server.stop();
  }
}

async function browserFigures(): Promise<void> {
  const { server, browser, close } = await startRig({ today: '2026-06-10' });
  try {
    // JavaScript the home page loads, read from the build by URL.
    const { context, page } = await newPhone(browser, server.url);
    const scripts = new Set<string>();
    const transfers: Promise<number>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      transfers.push(response.request().sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto('/');
    await page.getByText('最新公告').waitFor();
    await page.waitForLoadState('networkidle');
    let raw = 0;
    let gzip = 0;
    for (const script of scripts) {
      const bytes = fs.readFileSync(path.join(H5, script));
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    console.log('== H5 首页加载的 JavaScript');
    console.log(`${scripts.size} 个文件，原始 ${kb(raw)}，gzip ${kb(gzip)}（目标 < 160 KB gzip）`);
    const transferred = (await Promise.all(transfers)).reduce((sum, bytes) => sum + bytes, 0);
    console.log(`== H5 首页首次加载传输量（本地服务压缩后，含 HTML/CSS/JS/接口，${transfers.length} 个请求）：${kb(transferred)}`);
    await context.close();

    await homePaint(browser, server.url, '首页渲染（Chromium，CPU 降速 4 倍，375×667，5 次取中位数）', null);
    await homePaint(browser, server.url, '首页渲染（CPU 降速 4 倍 + DevTools “Slow 3G”：往返 2000 ms、400 kbit/s，5 次取中位数）', SLOW_3G);

    console.log('== 各页面元素数与最大深度（H5，对照微信 < 1000 节点、深度 < 30）');
    for (const pagePath of CANDIDATE_PAGES) {
      const phone = await newPhone(browser, server.url);
      await phone.page.goto(pagePath);
      await phone.page.waitForLoadState('networkidle');
      await phone.page.waitForTimeout(900);
      // Passed as source text: tsx would wrap named inner functions in a helper the page lacks.
      const shape = (await phone.page.evaluate(`(() => {
        const root = document.querySelector('.taro_page:not([style*="display: none"])') || document.body;
        let depth = 0;
        const walk = (node, level) => {
          depth = Math.max(depth, level);
          for (const child of Array.from(node.children)) walk(child, level + 1);
        };
        walk(root, 0);
        return { nodes: root.querySelectorAll('*').length, depth };
      })()`)) as { nodes: number; depth: number };
      console.log(`${pagePath}: ${shape.nodes} 个元素，深度 ${shape.depth}`);
      await phone.context.close();
    }
  } finally {
    await close();
  }
}

/** Chrome DevTools' "Slow 3G" preset: 400 kbit/s each way (80% of 500), 2000 ms round trip. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50000, uploadThroughput: 50000 };

/** FCP and LCP of the home page, median of RUNS fresh loads, with 4x CPU throttling and optionally a slow network. */
async function homePaint(browser: Browser, url: string, title: string, network: typeof SLOW_3G | null): Promise<void> {
  const fcp: number[] = [];
  const lcp: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const phone = await newPhone(browser, url);
    const cdp = await phone.context.newCDPSession(phone.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await phone.page.addInitScript(() => {
      const store = window as unknown as { __lcp: number };
      store.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await phone.page.goto('/', { timeout: 120000 });
    await phone.page.getByText('最新公告').waitFor({ timeout: 120000 });
    await phone.page.waitForLoadState('networkidle', { timeout: 120000 });
    await phone.page.waitForTimeout(500);
    const figures = await phone.page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      lcp: (window as unknown as { __lcp: number }).__lcp,
    }));
    fcp.push(figures.fcp);
    lcp.push(figures.lcp);
    await phone.context.close();
  }
  console.log(`== ${title}`);
  console.log(`FCP ${median(fcp).toFixed(0)} ms（各次 ${fcp.map((v) => v.toFixed(0)).join(' / ')}）`);
  console.log(`LCP ${median(lcp).toFixed(0)} ms（各次 ${lcp.map((v) => v.toFixed(0)).join(' / ')}；目标 < 1500 ms，未限速网络）`);
}

async function main(): Promise<void> {
  // BENCH_H5_ONLY=1: the browser figures alone (the WeChat build takes a while).
  if (process.env.BENCH_H5_ONLY !== '1') {
    weappSizes();
    await weappPageFigures();
  }
  await browserFigures();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
