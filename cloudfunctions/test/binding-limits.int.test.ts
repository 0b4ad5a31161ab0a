/**
 * Guessing a binding is bounded however identities are made, and cannot lock the owner out:
 * per identity, per client address, for everyone together, and per ID number (failures only).
 * Over both adapters; then over HTTP, where a client without cookies is still one client.
 */
import type http from 'node:http';
import { BINDING_FAILURE_LIMIT, GLOBAL_FAILURE_LIMIT } from '../src/core/tickets';
import { DEMO_PENDING, DEMO_RELEASED } from '../src/demo/candidates';
import { bulkIdNumber } from './fixtures/bulk';
import type { AuditRefusals } from '@skills/shared';
import { STAFF_KUPASI, STAFF_SJTU, STORE_KINDS, codeOf, dataOf, listen, makeRuntime } from './helpers';

describe.each(STORE_KINDS)('binding limits (%s)', (store) => {
  it('30 concurrent wrong guesses from one identity: no more than 5 are tried', async () => {
    const rt = await makeRuntime({ store });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => rt.call('tickets', { action: 'bind', name: `猜${i}`, idNumber: bulkIdNumber(i) }, { identity: 'guesser' })),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'BINDING_MISMATCH').length).toBeLessThanOrEqual(BINDING_FAILURE_LIMIT);
    expect(codes.filter((c) => c !== 'BINDING_MISMATCH').every((c) => c === 'RATE_LIMITED')).toBe(true);
  });

  it('the owner binds after an attacker\'s failures at their number from throw-away identities', async () => {
    const rt = await makeRuntime({ store });
    for (let i = 0; i < 12; i += 1) {
      const answer = await rt.call('tickets', { action: 'bind', name: `冒名${i}`, idNumber: DEMO_PENDING.idNumber }, { identity: `throwaway-${i}`, address: `10.0.0.${i}` });
      expect(codeOf(answer)).toBe(i < BINDING_FAILURE_LIMIT ? 'BINDING_MISMATCH' : 'RATE_LIMITED');
    }
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_PENDING.name, idNumber: DEMO_PENDING.idNumber }, { identity: 'owner', address: '10.9.9.9' }))).toBe('OK');
  });

  it('a global failure budget: many identities at many addresses together get 请稍后再试', async () => {
    const rt = await makeRuntime({ store });
    const codes: string[] = [];
    for (let i = 0; i < GLOBAL_FAILURE_LIMIT + 5; i += 1) {
      codes.push(codeOf(await rt.call('tickets', { action: 'bind', name: '猜', idNumber: bulkIdNumber(i) }, { identity: `bot-${i}`, address: `10.1.${i >> 8}.${i & 255}` })));
    }
    expect(codes.filter((c) => c === 'BINDING_MISMATCH').length).toBe(GLOBAL_FAILURE_LIMIT);
    const refused = await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, { identity: 'late' });
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: '当前尝试的人数过多，请稍后再试' });
  });
});

describe.each(STORE_KINDS)('refusals in the audit view (%s)', (store) => {
  it('refused staff calls and failed binds are counted, without who or what', async () => {
    const rt = await makeRuntime({ store });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(codeOf(await rt.call('admin', { action: 'audit.list', orgId: 'sjtu' }, STAFF_KUPASI))).toBe('FORBIDDEN');
    expect(codeOf(await rt.call('admin', { action: 'export.tickets', orgId: 'sjtu', month: '2027-01' }, { identity: 'stranger' }))).toBe('FORBIDDEN');
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: '猜', idNumber: DEMO_RELEASED.idNumber }, { identity: 'x' }))).toBe('BINDING_MISMATCH');
    const logged = JSON.stringify(warn.mock.calls);
    warn.mockRestore();
    expect(logged).not.toContain(DEMO_RELEASED.idNumber);
    expect(logged).not.toContain('stranger');
    expect(logged).not.toContain('猜');
    const { refusals } = dataOf(await rt.call<{ refusals: AuditRefusals }>('admin', { action: 'audit.list', orgId: 'sjtu' }, STAFF_SJTU));
    expect(refusals).toMatchObject({ staffCalls: 2, bindFailures: 1 });
    const other = dataOf(await rt.call<{ refusals: AuditRefusals }>('admin', { action: 'audit.list', orgId: 'kupasi' }, STAFF_KUPASI));
    expect(other.refusals.staffCalls).toBe(0);
  });
});

describe('binding limits over HTTP: a client without cookies', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await listen(await makeRuntime()));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('50 cookie-less wrong binds are limited by client address, and identities are not handed out per request', async () => {
    const codes: string[] = [];
    let cookies = 0;
    for (let i = 0; i < 50; i += 1) {
      const response = await fetch(`${base}/api/tickets`, { method: 'POST', body: JSON.stringify({ action: 'bind', name: '猜', idNumber: bulkIdNumber(1000 + i) }) });
      if (response.headers.get('set-cookie')) cookies += 1;
      codes.push(((await response.json()) as { code: string }).code);
    }
    expect(codes.filter((c) => c === 'BINDING_MISMATCH').length).toBe(20);
    expect(codes.filter((c) => c !== 'BINDING_MISMATCH').every((c) => c === 'RATE_LIMITED' || c === 'UNAUTHENTICATED')).toBe(true);
    expect(cookies).toBe(30);
  });
});
