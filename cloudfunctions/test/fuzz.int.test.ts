/**
 * Property-based fuzzing of every function's event and of the HTTP layer: random and
 * malformed JSON, huge strings, wrong types. Always an answer with a stable code
 * (never INTERNAL), never a crash, never a 5xx.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { API_ERROR_CODES } from '@skills/shared';
import { CONTRACT_ACTIONS, FUNCTION_NAMES } from '@skills/shared/src/contract';
import type * as z from 'zod';
import { createServer } from '../src/server/server';
import { ANONYMOUS, CANDIDATE_A, STAFF_SJTU, TEST_SECRETS, makeRuntime, type TestRuntime } from './helpers';

const ACTION_NAMES = [...new Set(CONTRACT_ACTIONS.map((a) => a.action))];

/** Every field some action's params name (from the contract's schemas), and two that attack prototypes. */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as { def?: { shape?: Record<string, unknown>; options?: z.ZodType[] } }).def;
  if (def?.shape) return Object.keys(def.shape);
  return (def?.options ?? []).flatMap(fieldsOf);
}
const FIELD_NAMES = [...new Set(CONTRACT_ACTIONS.flatMap((a) => fieldsOf(a.spec.params))), '__proto__', 'constructor'];

const hugeString = fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'あ'.repeat(n));
const value = fc.oneof(
  fc.anything(),
  hugeString,
  fc.constantFrom('sjtu', 'kupasi', 'nowhere', '2026-02-30', '2027-01', '4-04-05-05', 'special', '310101199503151237', '%PDF-', '', ' '),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}, 4, 'special', Number.NaN),
);
const event = fc.oneof(
  fc.anything(),
  fc.record({ action: fc.oneof(fc.string(), fc.constantFrom(...ACTION_NAMES)) }),
  fc
    .tuple(fc.constantFrom(...ACTION_NAMES), fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 6 }))
    .map(([action, params]) => ({ ...params, action })),
);

function assertWellFormed(answer: unknown): void {
  expect(typeof answer).toBe('object');
  const a = answer as { ok: boolean; code?: string; message?: string };
  if (a.ok) return;
  expect(API_ERROR_CODES).toContain(a.code);
  expect(a.code).not.toBe('INTERNAL');
  expect(typeof a.message).toBe('string');
  expect(a.message).not.toMatch(/\n\s+at /); // no stack trace
}

describe('fuzzing every function’s event', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await makeRuntime();
  });
  afterAll(() => rt.store.close());

  it.each(FUNCTION_NAMES.map((name) => [name]))('%s: any event gets an answer with a code', async (name) => {
    await fc.assert(
      fc.asyncProperty(event, fc.constantFrom(ANONYMOUS, CANDIDATE_A, STAFF_SJTU), async (e, caller) => {
        assertWellFormed(await rt.call(name, e, caller));
      }),
      { numRuns: 150 },
    );
  });

  it('unknown functions and actions have their own codes', async () => {
    expect(await rt.call('nope', { action: 'x' })).toMatchObject({ ok: false, code: 'UNKNOWN_FUNCTION' });
    expect(await rt.call('catalog', { action: 'nope' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await rt.call('catalog', { action: 'toString' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await rt.call('catalog', [])).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await rt.call('catalog', { action: 'organisation', orgId: 'nowhere' })).toMatchObject({ ok: false, code: 'UNKNOWN_ORG' });
    expect(await rt.call('eligibility', { action: 'check', orgId: 'kupasi', occupationId: '4-04-05-05', applicant: { birthDate: '1990-01-01' } })).toMatchObject({ ok: false, code: 'NOT_OFFERED' });
    expect(await rt.call('eligibility', { action: 'check', orgId: 'sjtu', occupationId: '4-04-05-05', applicant: { birthDate: '1990-02-30' } })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});

describe('fuzzing the HTTP layer', () => {
  let rt: TestRuntime;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    rt = await makeRuntime();
    server = createServer({ app: rt.app, cookieKey: TEST_SECRETS.cookieKey, urlKey: TEST_SECRETS.urlKey, staticDir: null });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rt.store.close();
  });

  it('random bodies to random paths: always 2xx/4xx with a JSON code, never 5xx', async () => {
    const body = fc.oneof(
      event.map((e) => {
        try {
          return JSON.stringify(e) ?? 'undefined';
        } catch {
          return '{';
        }
      }),
      fc.string(),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.constantFrom('', '{', 'null', '[]', '"x"', '{"action":', '\u0000'),
    );
    const fnName = fc.oneof(fc.constantFrom(...FUNCTION_NAMES), fc.constantFrom('', 'x', 'a..b', '%E4', 'admin%2Fx', 'catalog%00'));
    await fc.assert(
      fc.asyncProperty(fnName, body, fc.constantFrom('POST', 'GET', 'PUT'), async (name, text, method) => {
        const response = await fetch(`${base}/api/${name}`, { method, body: method === 'GET' ? undefined : text, headers: { 'content-type': 'application/json' } });
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as { ok: boolean; code?: string };
        if (!answer.ok) expect(API_ERROR_CODES).toContain(answer.code);
        expect(response.status === 200).toBe(answer.ok);
      }),
      { numRuns: 200 },
    );
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(`${base}/api/admin`, { method: 'POST', body: 'x'.repeat(61 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
  });
});
