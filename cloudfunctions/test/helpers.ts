/** Test fixtures: an in-memory runtime with a pinned today, demo data, and one staff member per organisation. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiAnswer } from '@skills/shared';
import { createServer } from '../src/server/server';
import type { Caller } from '../src/core/app';
import { seedDemo } from '../src/demo/seed';
import { dispatch } from '../src/functions';
import { createLocalRuntime, type LocalRuntime } from '../src/runtime/local';
import type { CloudbaseStore } from '../src/adapters/cloudbase';
import { standinFixture, type StandinFixture } from './cloudbase-standin/fixture';

export const TODAY = '2026-11-21';
export const TEST_SECRETS = { idHashKey: 'test-id-hash-key-0123456789', cookieKey: 'test-cookie-key-0123456789', urlKey: 'test-url-key-0123456789' };

export const ANONYMOUS: Caller = { identity: null };
export const CANDIDATE_A: Caller = { identity: 'candidate-a' };
export const CANDIDATE_B: Caller = { identity: 'candidate-b' };
export const STAFF_SJTU: Caller = { identity: 'staff-sjtu' };
export const STAFF_KUPASI: Caller = { identity: 'staff-kupasi' };

export interface TestRuntime extends LocalRuntime {
  call<T = unknown>(fn: string, event: unknown, caller?: Caller): Promise<ApiAnswer<T>>;
  /** Moves the clock's "now" (rate limits, expiry) without changing today. */
  advance(ms: number): void;
}

/** Which adapter the app runs on: SQLite, or the CloudBase adapter over the real SDK talking to the stand-in of CloudBase. */
export type StoreKind = 'sqlite' | 'cloudbase';
export const STORE_KINDS: StoreKind[] = ['sqlite', 'cloudbase'];

// One stand-in per test file, started by the first CloudBase store and stopped after the file's tests.
let standin: Promise<StandinFixture> | null = null;
/** A CloudBase adapter over fresh collections of this file's stand-in. */
export async function cloudbaseStore(): Promise<CloudbaseStore> {
  standin ??= standinFixture();
  return (await standin).store();
}
if (typeof afterAll === 'function') {
  afterAll(async () => {
    const running = standin;
    standin = null;
    if (running) await (await running).close();
  });
}

export async function makeRuntime(options: { today?: string; demo?: boolean; store?: StoreKind } = {}): Promise<TestRuntime> {
  let offset = 0;
  const local = createLocalRuntime({
    dataDir: null,
    fixedToday: options.today ?? TODAY,
    now: () => Date.now() + offset,
    secrets: TEST_SECRETS,
  });
  const runtime: LocalRuntime = options.store === 'cloudbase' ? { ...local, app: { ...local.app, store: await cloudbaseStore() } } : local;
  if (options.demo !== false) await seedDemo(runtime.app);
  await runtime.app.store.addStaff('sjtu', STAFF_SJTU.identity!, '2026-11-01T00:00:00Z');
  await runtime.app.store.addStaff('kupasi', STAFF_KUPASI.identity!, '2026-11-01T00:00:00Z');
  return {
    ...runtime,
    // Every answer is checked against the contract's data schema (off in production).
    call: <T>(fn: string, event: unknown, caller: Caller = ANONYMOUS) =>
      dispatch(fn, event, caller, runtime.app, { checkAnswers: true }) as Promise<ApiAnswer<T>>,
    advance: (ms: number) => {
      offset += ms;
    },
  };
}

/** The local runner's HTTP server over a test runtime, on a free port of 127.0.0.1. */
export async function listen(rt: TestRuntime, staticDir: string | null = null): Promise<{ server: http.Server; base: string }> {
  const server = createServer({ app: rt.app, cookieKey: TEST_SECRETS.cookieKey, urlKey: TEST_SECRETS.urlKey, staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Narrows an answer to ok and returns its data, failing the test with the code otherwise. */
export function dataOf<T>(answer: ApiAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected ok, got ${answer.code}: ${answer.message}`);
  return answer.data;
}

export function codeOf(answer: ApiAnswer<unknown>): string {
  return answer.ok ? 'OK' : answer.code;
}
