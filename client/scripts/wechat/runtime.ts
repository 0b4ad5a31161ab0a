/* eslint-disable @typescript-eslint/no-explicit-any -- the logic layer's objects are the build's untyped JavaScript */
/* eslint-disable @typescript-eslint/no-this-alias -- wx APIs and page methods are plain functions (their `this` is the page), so they name the runtime */
/**
 * A WeChat-like runtime for the built mini program (client/dist/weapp), in two layers as
 * WeChat runs it:
 * - logic: app.js, the chunks and each page's script in a Node `vm` context that holds
 *   only ECMAScript built-ins and what WeChat's logic layer adds (wx, App, Page, Component,
 *   getApp, getCurrentPages, require, timers): no window, document, localStorage, fetch,
 *   atob or Blob;
 * - view: each page's WXML compiled by WeChat's `wcc` and rendered by WeChat's component
 *   framework (miniprogram-exparser, through j-component) in jsdom.
 * setData crosses from logic to view as JSON text; taps and input cross back as
 * WeChat-shaped event objects, also as JSON. `wx.cloud.callFunction` goes to the local
 * runner (`POST /api/<name>`); every other wx.* call is recorded and answered as WeChat
 * would on a phone where the user says yes.
 *
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { compileWxml } from './compilers';

import { JSDOM } from 'jsdom';

type JComponent = { register: (definition: any) => string; create: (id: string, props?: any) => any };
let jComponent: JComponent;
let exparser: any;

/**
 * The view layer's document: exparser and j-component render into the global `document`,
 * so it is jsdom's, made once per process (the logic layer never sees it: it runs in its
 * own vm context).
 */
function installViewLayer(): void {
  if (jComponent) return;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const names = ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'Text', 'Event', 'CustomEvent', 'TouchEvent', 'Touch', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'];
  for (const name of names) {
    const value = name === 'window' ? window : (window as any)[name];
    if (value !== undefined) (globalThis as any)[name] = typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(window) : value;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jComponent = require('j-component') as JComponent;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exparser = require('miniprogram-exparser');
}

export interface WxCall {
  api: string;
  args: unknown;
}

export interface PageAudit {
  route: string;
  setDataCalls: number;
  /** Largest single setData payload, in bytes of its JSON. */
  largestSetData: number;
  /** Element nodes rendered in the view (WXML nodes). */
  nodes: number;
}

export interface RuntimeOptions {
  dir: string;
  /** Base URL of the local runner, e.g. http://127.0.0.1:1234 */
  server: string;
}

interface LoadedPage {
  route: string;
  query: Record<string, string>;
  logic: any;
  view: any;
  audit: PageAudit;
}

/** Files a test hands to wx.chooseMessageFile. */
export interface ChosenFile {
  name: string;
  bytes: Buffer;
}

const KB = 1024;

export class WeChatRuntime {
  readonly calls: WxCall[] = [];
  readonly errors: string[] = [];
  /** wx.* calls that failed, with WeChat's errMsg. */
  readonly failures: string[] = [];
  readonly audits = new Map<string, PageAudit>();
  /** The next files wx.chooseMessageFile answers with. */
  chooseFiles: ChosenFile[] = [];
  private readonly dir: string;
  private readonly server: string;
  private readonly context: vm.Context;
  private readonly modules = new Map<string, { exports: any }>();
  private readonly pages: LoadedPage[] = [];
  private readonly storage = new Map<string, string>();
  private readonly tempFiles = new Map<string, Buffer>();
  private readonly fileIdUrls = new Map<string, string>();
  private readonly jsonParse: (text: string) => any;
  /** The logic layer's own Promise: what its code awaits must be its kind. */
  private readonly LogicPromise: PromiseConstructor;
  private readonly gwx: (file: string) => any;
  private readonly compId: string;
  private cookie = '';
  private pendingPage: { route: string; config: any } | null = null;
  private readonly pageConfigs = new Map<string, any>();
  private app: any = null;
  private compConfig: any = null;
  private pending = 0;
  private tempCount = 0;

  constructor({ dir, server }: RuntimeOptions) {
    this.dir = dir;
    this.server = server;
    // The view layer: WeChat's compiled templates, run where exparser renders (jsdom).
    installViewLayer();
    (globalThis as any).window.__webview_engine_version__ = 0.02;
    const compiled = compileWxml(dir);
    if (!compiled.ok) throw new Error(`wcc: ${compiled.error}`);
    this.gwx = new Function(`${compiled.source}; return $gwx;`)();
    this.context = vm.createContext({});
    this.jsonParse = vm.runInContext('(text) => JSON.parse(text)', this.context);
    this.LogicPromise = vm.runInContext('Promise', this.context);
    this.installGlobals();
    this.compId = this.registerComp();
  }

  // ------------------------------------------------------------------ logic layer

  private installGlobals(): void {
    const runtime = this;
    const timers = { setTimeout, clearTimeout, setInterval, clearInterval };
    const globals: Record<string, unknown> = {
      wx: this.makeWx(),
      App(config: any) {
        runtime.app = config;
      },
      Page(config: any) {
        if (!runtime.pendingPage) throw new Error('Page() called outside a page script');
        runtime.pendingPage.config = config;
      },
      Component(config: any) {
        runtime.compConfig = config;
      },
      Behavior: (definition: unknown) => definition,
      getApp: () => runtime.app,
      require: (file: string) => runtime.require(file, ''),
      getCurrentPages: () => runtime.pages.map((page) => page.logic),
      console: {
        log: () => undefined,
        info: () => undefined,
        debug: () => undefined,
        warn: (...args: unknown[]) => runtime.errors.push(`warn: ${args.map(String).join(' ')}`),
        error: (...args: unknown[]) => runtime.errors.push(`error: ${args.map(describe).join(' ')}`),
      },
      setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) => timers.setTimeout(this.guard(fn), ms, ...args),
      clearTimeout: timers.clearTimeout,
      setInterval: (fn: () => void, ms?: number, ...args: unknown[]) => timers.setInterval(this.guard(fn), ms, ...args),
      clearInterval: timers.clearInterval,
    };
    for (const [name, value] of Object.entries(globals)) this.context[name] = value;
  }

  /** Errors thrown in the logic layer's callbacks are the page's errors, not the test runner's crash. */
  private guard(fn: () => void): () => void {
    return (...args: unknown[]) => {
      try {
        (fn as (...a: unknown[]) => void)(...args);
      } catch (error) {
        this.errors.push(`uncaught: ${describe(error)}`);
      }
    };
  }

  /** CommonJS as WeChat's logic layer does it: paths relative to the requiring file, inside the package. */
  require(file: string, from = ''): any {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), file)).replace(/\.js$/, '');
    const cached = this.modules.get(resolved);
    if (cached) return cached.exports;
    const source = fs.readFileSync(path.join(this.dir, `${resolved}.js`), 'utf8');
    const module = { exports: vm.runInContext('({})', this.context) };
    this.modules.set(resolved, module);
    const wrapper = vm.runInContext(`(function (module, exports, require) {${source}\n})`, this.context, { filename: `${resolved}.js` });
    wrapper(module, module.exports, (next: string) => this.require(next, resolved));
    return module.exports;
  }

  /** app.js, as WeChat starts the mini program. */
  launch(): void {
    this.require('app');
    if (!this.app) throw new Error('app.js did not call App()');
    const options = this.jsonParse(JSON.stringify({ path: 'pages/index/index', query: {}, scene: 1001 }));
    this.app.onLaunch?.call(this.app, options);
    this.app.onShow?.call(this.app, options);
  }

  // ------------------------------------------------------------------ pages

  /** Opens a page as wx.navigateTo does: its script, then its view, then onLoad, onShow, onReady. */
  async open(url: string): Promise<void> {
    const [route, search = ''] = url.replace(/^\//, '').split('?');
    const query = Object.fromEntries(new URLSearchParams(search));
    // A page's script runs once per launch; every later opening reuses what it registered.
    if (!this.pageConfigs.has(route)) {
      this.pendingPage = { route, config: null };
      this.require(route);
      const registered = this.pendingPage.config;
      this.pendingPage = null;
      if (!registered) throw new Error(`${route}.js did not call Page()`);
      this.pageConfigs.set(route, registered);
    }
    const config = this.pageConfigs.get(route);
    const audit: PageAudit = { route, setDataCalls: 0, largestSetData: 0, nodes: 0 };
    this.audits.set(route, audit);
    const view = this.createView(route, config);
    const logic = this.createLogicPage(route, query, config, view, audit);
    const page: LoadedPage = { route, query, logic, view, audit };
    this.pages.at(-1)?.logic.onHide?.call(this.pages.at(-1)?.logic);
    this.pages.push(page);
    this.call(() => logic.onLoad?.call(logic, this.jsonParse(JSON.stringify(query))));
    this.call(() => logic.onShow?.call(logic));
    this.call(() => logic.onReady?.call(logic));
    await this.settle();
  }

  private createLogicPage(route: string, query: Record<string, string>, config: any, view: any, audit: PageAudit): any {
    const runtime = this;
    const logic = vm.runInContext('({})', this.context);
    for (const key of Object.keys(config)) logic[key] = config[key];
    logic.route = route;
    logic.options = this.jsonParse(JSON.stringify(query));
    logic.data = this.jsonParse(JSON.stringify(config.data ?? {}));
    logic.setData = function setData(data: unknown, callback?: () => void) {
      // What WeChat sends between the layers: JSON text.
      const text = JSON.stringify(data);
      audit.setDataCalls += 1;
      audit.largestSetData = Math.max(audit.largestSetData, Buffer.byteLength(text));
      runtime.pending += 1;
      setTimeout(() => {
        try {
          view.setData(JSON.parse(text));
          audit.nodes = countNodes(view.dom);
        } catch (error) {
          runtime.errors.push(`render ${route}: ${describe(error)}`);
        } finally {
          runtime.pending -= 1;
        }
        if (callback) runtime.call(() => callback.call(logic));
      }, 0);
    };
    return logic;
  }

  /** The page's view: its wcc template in exparser, with `eh` sending events back to the logic layer. */
  private createView(route: string, config: any): any {
    const runtime = this;
    const id = jComponent.register({
      template: this.gwx(`${route}.wxml`),
      usingComponents: { comp: this.compId },
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      options: { addGlobalClass: true },
      methods: {
        eh(event: any) {
          runtime.forwardEvent(event, (wxEvent) => {
            const page = runtime.pages.find((entry) => entry.route === route);
            page?.logic.eh.call(page.logic, wxEvent);
          });
        },
      },
    });
    const view = jComponent.create(id);
    const parent = document.createElement(`page-${route.replace(/\W/g, '-')}`);
    document.body.appendChild(parent);
    view.attach(parent);
    return view;
  }

  /** Taro's recursive `comp` (deep trees): its view in exparser, its events to its logic-layer methods. */
  private registerComp(): string {
    const runtime = this;
    // comp.js runs in the logic layer and calls Component(); its view gets comp.wxml.
    return jComponent.register({
      template: this.gwx('comp.wxml'),
      properties: { i: { type: Object, value: {} }, l: { type: String, value: '' } },
      options: { addGlobalClass: true },
      methods: {
        eh(event: any) {
          runtime.forwardEvent(event, (wxEvent) => {
            if (!runtime.compConfig) runtime.require('comp');
            const handler = runtime.compConfig?.methods?.eh;
            handler?.call(vm.runInContext('({})', runtime.context), wxEvent);
          });
        },
      },
    });
  }

  /** An exparser event as WeChat hands it to the logic layer: plain data, sent as JSON. */
  private forwardEvent(event: any, deliver: (wxEvent: any) => void): void {
    const target = (node: any) => ({ id: node?.id ?? '', dataset: { ...(node?.dataset ?? {}) } });
    const shaped = {
      type: event.type,
      timeStamp: Math.round(event.timeStamp ?? 0),
      target: target(event.target),
      currentTarget: target(event.currentTarget),
      detail: event.detail ?? {},
      touches: [],
      changedTouches: [],
      mark: {},
    };
    const wxEvent = this.jsonParse(JSON.stringify(shaped));
    this.call(() => deliver(wxEvent));
  }

  private call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.errors.push(`uncaught: ${describe(error)}`);
    }
  }

  /** Waits until network calls, timers that render, and setData have all finished. */
  async settle(maxMs = 8000): Promise<void> {
    const started = Date.now();
    let quiet = 0;
    while (Date.now() - started < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      quiet = this.pending === 0 ? quiet + 1 : 0;
      if (quiet >= 5) return;
    }
  }

  get current(): LoadedPage {
    const page = this.pages.at(-1);
    if (!page) throw new Error('no page open');
    return page;
  }

  // ------------------------------------------------------------------ reading and touching the view

  /** The current page's visible text. */
  text(): string {
    return (this.current.view.dom as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  }

  /** Innermost element of the current page whose text contains `text` and that handles taps. */
  private findTappable(text: string | RegExp): HTMLElement {
    const root = this.current.view.dom as HTMLElement;
    const matches = (element: Element) => {
      const content = element.textContent ?? '';
      return typeof text === 'string' ? content.includes(text) : text.test(content);
    };
    const candidates = [...root.querySelectorAll('button, view, text')].filter(
      (element) => matches(element) && (element as any).__wxElement && hasTap((element as any).__wxElement),
    );
    // The innermost: no other candidate inside it.
    const inner = candidates.filter((element) => !candidates.some((other) => other !== element && element.contains(other)));
    const found = inner.find((element) => element.tagName === 'BUTTON') ?? inner[0];
    if (!found) throw new Error(`nothing to tap with text ${String(text)} on ${this.current.route}:\n${this.text().slice(0, 800)}`);
    return found as HTMLElement;
  }

  async tap(text: string | RegExp): Promise<void> {
    const element = this.findTappable(text);
    exparser.Event.dispatchEvent(
      (element as any).__wxElement,
      exparser.Event.create('tap', { x: 0, y: 0 }, { bubbles: true, composed: true, extraFields: { touches: [], changedTouches: [] } }),
    );
    await this.settle();
  }

  /** Types into the n-th input of the page (WeChat sends `input` with detail.value). */
  async input(nth: number, value: string): Promise<void> {
    const inputs = [...(this.current.view.dom as HTMLElement).querySelectorAll('input')];
    const element = inputs[nth] as any;
    if (!element) throw new Error(`no input #${nth} on ${this.current.route}`);
    exparser.Event.dispatchEvent(
      element.__wxElement,
      exparser.Event.create('input', { value, cursor: value.length, keyCode: 0 }, { bubbles: false, composed: false }),
    );
    await this.settle();
  }

  inputCount(): number {
    return (this.current.view.dom as HTMLElement).querySelectorAll('input').length;
  }

  /** The identity the console shows to someone not on a staff list (for the operator's staff command). */
  identityShown(): string {
    return /[A-Za-z0-9_-]{12,}/.exec(this.text())?.[0] ?? '';
  }

  /** `typeof name` as the logic layer's code sees it. */
  logicTypeOf(name: string): string {
    return vm.runInContext(`typeof ${name}`, this.context) as string;
  }

  callsOf(api: string): WxCall[] {
    return this.calls.filter((call) => call.api === api);
  }

  // ------------------------------------------------------------------ wx

  private record(api: string, args: unknown): void {
    this.calls.push({ api, args: args === undefined ? undefined : JSON.parse(JSON.stringify(args, (_key, value) => (typeof value === 'function' ? undefined : value))) });
  }

  /**
   * An asynchronous wx API: success/fail/complete callbacks or, without them, a promise,
   * as WeChat's base library does. `answer` gives the result or throws an errMsg.
   */
  private asyncApi(api: string, answer: (options: any) => unknown | Promise<unknown>): (options?: any) => any {
    const runtime = this;
    return function wxApi(options: any = {}) {
      runtime.record(api, options);
      runtime.pending += 1;
      const settled = Promise.resolve()
        .then(() => answer(options))
        .then(
          (result) => ({ ok: true, value: runtime.jsonParse(JSON.stringify({ errMsg: `${api}:ok`, ...(result as object) })) }),
          (error) => {
            const errMsg = `${api}:fail ${error instanceof Error ? error.message : String(error)}`;
            runtime.failures.push(errMsg);
            return { ok: false, value: runtime.jsonParse(JSON.stringify({ errMsg })) };
          },
        )
        .finally(() => {
          runtime.pending -= 1;
        });
      if (options.success || options.fail || options.complete) {
        void settled.then((outcome) => {
          runtime.call(() => (outcome.ok ? options.success?.(outcome.value) : options.fail?.(outcome.value)));
          runtime.call(() => options.complete?.(outcome.value));
        });
        return undefined;
      }
      return new runtime.LogicPromise((resolve, reject) => void settled.then((outcome) => (outcome.ok ? resolve(outcome.value) : reject(outcome.value))));
    };
  }

  private makeWx(): any {
    const runtime = this;
    const systemInfo = {
      brand: 'devtools',
      model: 'iPhone SE',
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 667,
      windowWidth: 375,
      windowHeight: 603,
      statusBarHeight: 20,
      language: 'zh_CN',
      version: '8.0.50',
      system: 'iOS 17.0',
      platform: 'ios',
      fontSizeSetting: 16,
      SDKVersion: '3.6.0',
      safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 },
      theme: 'light',
    };
    const sync = (api: string, value: (...args: any[]) => unknown) =>
      (...args: any[]) => {
        runtime.record(api, args);
        const result = value(...args);
        return result === undefined ? undefined : runtime.jsonParse(JSON.stringify(result));
      };
    const ok = (api: string) => runtime.asyncApi(api, () => ({}));
    const navigate = (api: string) =>
      runtime.asyncApi(api, async (options) => {
        if (api === 'redirectTo' || api === 'reLaunch') runtime.pages.splice(api === 'reLaunch' ? 0 : -1);
        setTimeout(() => void runtime.open(options.url).catch((error) => runtime.errors.push(`navigate: ${describe(error)}`)), 0);
        return {};
      });
    const fileSystem = {
      readFileSync: (file: string, encoding?: string) => {
        runtime.record('FileSystemManager.readFileSync', [file, encoding]);
        const bytes = runtime.tempFiles.get(file);
        if (!bytes) throw new Error(`readFileSync:fail no such file ${file}`);
        return encoding === 'base64' ? bytes.toString('base64') : bytes.toString('utf8');
      },
      writeFileSync: (file: string, data: string, encoding?: string) => {
        runtime.record('FileSystemManager.writeFileSync', [file, encoding]);
        runtime.tempFiles.set(file, Buffer.from(data, encoding === 'base64' ? 'base64' : 'utf8'));
      },
    };
    const download = async (url: string) => {
      const response = await runtime.httpRequest('GET', url);
      const tempFilePath = `wxfile://tmp_${(runtime.tempCount += 1)}`;
      runtime.tempFiles.set(tempFilePath, response.body);
      return { statusCode: response.status, tempFilePath };
    };
    const cloud = {
      init: sync('cloud.init', () => undefined),
      callFunction: runtime.asyncApi('cloud.callFunction', async (options) => {
        const response = await runtime.httpRequest('POST', `/api/${options.name}`, JSON.stringify(options.data ?? {}));
        const result = JSON.parse(response.body.toString('utf8'));
        // CloudBase hands the mini program a storage file id for documents; the runner gives a URL.
        if (options.name === 'documents' && result?.ok && result.data?.url && !result.data.fileId) {
          const fileId = `cloud://skills-e2e.documents/${result.data.fileName}#${runtime.fileIdUrls.size}`;
          runtime.fileIdUrls.set(fileId, result.data.url);
          result.data.fileId = fileId;
        }
        return { result };
      }),
      downloadFile: runtime.asyncApi('cloud.downloadFile', async (options) => {
        const url = runtime.fileIdUrls.get(options.fileID);
        if (!url) throw new Error(`no such file id ${options.fileID}`);
        return download(url);
      }),
    };
    const answers: Record<string, unknown> = {
      cloud,
      env: { USER_DATA_PATH: 'wxfile://usr' },
      getSystemInfoSync: sync('getSystemInfoSync', () => systemInfo),
      getWindowInfo: sync('getWindowInfo', () => systemInfo),
      getDeviceInfo: sync('getDeviceInfo', () => systemInfo),
      getAppBaseInfo: sync('getAppBaseInfo', () => systemInfo),
      getSystemSetting: sync('getSystemSetting', () => ({})),
      getAppAuthorizeSetting: sync('getAppAuthorizeSetting', () => ({})),
      getSystemInfo: runtime.asyncApi('getSystemInfo', () => systemInfo),
      getLaunchOptionsSync: sync('getLaunchOptionsSync', () => ({ path: 'pages/index/index', query: {}, scene: 1001 })),
      getEnterOptionsSync: sync('getEnterOptionsSync', () => ({ path: 'pages/index/index', query: {}, scene: 1001 })),
      getMenuButtonBoundingClientRect: sync('getMenuButtonBoundingClientRect', () => ({ width: 87, height: 32, top: 24, right: 365, bottom: 56, left: 278 })),
      canIUse: sync('canIUse', () => true),
      getStorageSync: sync('getStorageSync', (key: string) => (runtime.storage.has(key) ? JSON.parse(runtime.storage.get(key) as string) : '')),
      setStorageSync: sync('setStorageSync', (key: string, value: unknown) => void runtime.storage.set(key, JSON.stringify(value))),
      removeStorageSync: sync('removeStorageSync', (key: string) => void runtime.storage.delete(key)),
      getFileSystemManager: () => {
        runtime.record('getFileSystemManager', []);
        return fileSystem;
      },
      downloadFile: runtime.asyncApi('downloadFile', (options) => download(options.url)),
      requestSubscribeMessage: runtime.asyncApi('requestSubscribeMessage', (options) => {
        const ids = options.tmplIds as string[];
        // WeChat refuses more than 3 templates in one request (errCode 20003).
        if (ids.length === 0 || ids.length > 3) throw new Error(`errCode 20003 tmplIds ${ids.length}`);
        return Object.fromEntries(ids.map((id) => [id, 'accept']));
      }),
      chooseMessageFile: runtime.asyncApi('chooseMessageFile', () => {
        const tempFiles = runtime.chooseFiles.map((file) => {
          const filePath = `wxfile://tmp_${(runtime.tempCount += 1)}`;
          runtime.tempFiles.set(filePath, file.bytes);
          return { path: filePath, size: file.bytes.length, name: file.name, type: 'file', time: 0 };
        });
        if (tempFiles.length === 0) throw new Error('cancel');
        return { tempFiles };
      }),
      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      reLaunch: navigate('reLaunch'),
      switchTab: navigate('switchTab'),
      navigateBack: runtime.asyncApi('navigateBack', () => {
        const left = runtime.pages.pop();
        left?.logic.onUnload?.call(left.logic);
        runtime.pages.at(-1)?.logic.onShow?.call(runtime.pages.at(-1)?.logic);
        return {};
      }),
      showModal: runtime.asyncApi('showModal', () => ({ confirm: true, cancel: false })),
      createSelectorQuery: () => {
        runtime.record('createSelectorQuery', []);
        const query: any = {
          select: () => query,
          selectAll: () => query,
          selectViewport: () => query,
          in: () => query,
          boundingClientRect: () => query,
          scrollOffset: () => query,
          fields: () => query,
          node: () => query,
          exec: (callback?: (result: unknown[]) => void) => setTimeout(() => callback?.(runtime.jsonParse('[]')), 0),
        };
        return query;
      },
      nextTick: (fn: () => void) => setTimeout(runtime.guard(fn), 0),
      // Named (not only answered by the proxy below): Taro lists the APIs it wraps by name.
      ...Object.fromEntries(
        ['showToast', 'hideToast', 'showLoading', 'hideLoading', 'openDocument', 'addPhoneCalendar', 'setClipboardData', 'pageScrollTo', 'setNavigationBarTitle', 'vibrateShort'].map((api) => [api, ok(api)]),
      ),
      getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined }),
    };
    const callbacks = /^(on|off)[A-Z]/;
    return new Proxy(answers, {
      has: () => true,
      get(target, key) {
        if (typeof key !== 'string') return undefined;
        if (key in target) return target[key];
        if (key === 'webpackJsonp') return undefined;
        // onAppShow, offNetworkStatusChange…: registrations, recorded.
        if (callbacks.test(key)) return (...args: unknown[]) => runtime.record(key, args.length);
        if (key.endsWith('Sync')) return sync(key, () => undefined);
        return ok(key);
      },
      set(target, key, value) {
        target[key as string] = value;
        return true;
      },
    });
  }

  /** HTTP to the local runner, with its identity cookie kept as WeChat keeps the user's openid. */
  private httpRequest(method: string, target: string, body?: string): Promise<{ status: number; body: Buffer }> {
    const url = new URL(target, this.server);
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        {
          method,
          headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
        },
        (response) => {
          const setCookie = response.headers['set-cookie'];
          if (setCookie) this.cookie = setCookie.map((line) => line.split(';')[0]).join('; ');
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Per page: largest setData against WeChat's 256 KB and node count against 1000. */
  auditReport(): PageAudit[] {
    return [...this.audits.values()];
  }
}

export const SETDATA_LIMIT_BYTES = 256 * KB;
export const NODE_LIMIT = 1000;

function hasTap(element: any): boolean {
  const listeners = element?.__wxEvents ?? element?._$eventListeners ?? null;
  if (listeners && typeof listeners === 'object') return 'tap' in listeners || Object.keys(listeners).some((key) => key.includes('tap'));
  return true;
}

function countNodes(dom: Element | undefined): number {
  return dom ? dom.querySelectorAll('*').length : 0;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
