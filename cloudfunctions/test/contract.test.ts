/**
 * The wire contract (shared/src/contract) and the handlers agree: every action the contract names
 * is handled and nothing else; runs take the contract's params and answer its data (checked by the
 * compiler below); the framework enforces each action's access level and, in tests, checks every
 * answer against the contract's data schema; docs/api.md names every action with its access level.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { ActionParams } from '@skills/shared';
import { ACCESS_LABELS, ACCESS_LEVELS, CONTRACT, CONTRACT_ACTIONS, FUNCTION_NAMES, TIMER_CONTRACT, publicAction, staffAction, timerAction, type FunctionContract } from '@skills/shared/src/contract';
import * as announcements from '../src/core/announcements';
import { HANDLERS } from '../src/functions';
import { defineFunction } from '../src/functions/framework';
import { handler as reminders } from '../src/functions/reminders';
import { makeRuntime, ANONYMOUS, CANDIDATE_A, STAFF_KUPASI, STAFF_SJTU, codeOf } from './helpers';

// Compile-time: a run that reads params its contract does not have, or answers data of another
// shape, fails the type check; so does a caller sending params of another shape. The contract is
// the one place both sides take their types from, so a params schema changed there fails every
// run and every call that no longer fits.
export const typeChecks = [
  defineFunction('announcements', CONTRACT.announcements, {
    // @ts-expect-error announcements.list's params carry orgId, not organisation
    list: (p: { organisation: string }, _caller, app) => announcements.list(app, p.organisation),
  }),
  defineFunction('announcements', CONTRACT.announcements, {
    // @ts-expect-error announcements.list answers { announcements: Announcement[] }
    list: async () => ({ announcements: 'none' }),
  }),
  // @ts-expect-error every action of the contract needs a run
  defineFunction('announcements', CONTRACT.announcements, {}),
];
// @ts-expect-error the caller's params are the contract's too
export const wrongParams: ActionParams<'catalog', 'windows'> = { orgId: 'sjtu', count: '6' };

describe('wire contract and handlers agree', () => {
  it.each(FUNCTION_NAMES.map((fn) => [fn]))('%s: every contract action is handled, nothing else is', async (fn) => {
    const rt = await makeRuntime({ demo: false });
    const actions = Object.keys(CONTRACT[fn]);
    for (const action of actions) {
      expect(codeOf(await rt.call(fn, { action }, STAFF_SJTU))).not.toBe('UNKNOWN_ACTION');
    }
    expect(codeOf(await rt.call(fn, { action: 'notInTheContract' }, STAFF_SJTU))).toBe('UNKNOWN_ACTION');
    expect([...HANDLERS[fn].actions].sort()).toEqual(actions.sort());
  });

  it('the timer function handles its contract, and only its', () => {
    expect([...reminders.actions]).toEqual(Object.keys(TIMER_CONTRACT.reminders));
  });

  it('lists 49 actions of 9 functions, each with an access level', () => {
    expect(FUNCTION_NAMES).toHaveLength(9);
    expect(CONTRACT_ACTIONS).toHaveLength(49);
    for (const { spec } of CONTRACT_ACTIONS) expect(ACCESS_LEVELS).toContain(spec.access);
  });

  it('every staff action names its organisation in the params', () => {
    for (const { fn, action, spec } of CONTRACT_ACTIONS.filter((a) => a.spec.access === 'staff')) {
      const shape = (spec.params as { def: { shape?: object; options?: { def: { shape: object } }[] } }).def;
      const shapes = shape.shape ? [shape.shape] : (shape.options ?? []).map((o) => o.def.shape);
      expect([`${fn}.${action}`, shapes.every((s) => 'orgId' in s)]).toEqual([`${fn}.${action}`, true]);
    }
  });
});

describe('the mini program gets types, not validators', () => {
  /** The modules of node_modules/zod that loading `entry` loads, in a fresh Node process. */
  function zodModulesLoadedBy(entry: string): number {
    const script = `require(${JSON.stringify(entry)}); console.log(Object.keys(require.cache).filter((p) => /node_modules[\\\\/]zod[\\\\/]/.test(p)).length)`;
    return Number(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: __dirname, encoding: 'utf8' }).trim());
  }

  it('the rules module’s entry (what the client imports) loads no zod; the contract does', () => {
    expect(zodModulesLoadedBy('@skills/shared')).toBe(0);
    expect(zodModulesLoadedBy('@skills/shared/src/contract')).toBeGreaterThan(0);
  });
});

describe('the framework applies the contract', () => {
  const probe = {
    open: publicAction(z.object({}), z.strictObject({ n: z.number() })),
    leaky: publicAction(z.object({}), z.strictObject({ n: z.number() })),
    staffOnly: staffAction(z.object({ orgId: z.string() }), z.strictObject({ by: z.string() })),
    tick: timerAction(z.object({}), z.strictObject({ n: z.number() })),
  } satisfies FunctionContract;
  const reached: string[] = [];
  const handler = defineFunction('probe', probe, {
    open: () => ({ n: 1 }),
    // A field the data schema does not name: what a core change that leaks a stored field looks like.
    leaky: () => ({ n: 1, idHash: 'abc' }) as { n: number },
    staffOnly: (p, caller) => {
      reached.push(caller.identity);
      return { by: `${caller.identity}@${p.orgId}` };
    },
    tick: () => ({ n: 2 }),
  });

  it('checks answers against the data schema when asked (tests), and not otherwise (production)', async () => {
    const rt = await makeRuntime({ demo: false });
    const checked = await handler({ action: 'leaky' }, ANONYMOUS, rt.app, { checkAnswers: true });
    expect(checked).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(checked.ok ? '' : checked.message).toContain('idHash');
    expect(await handler({ action: 'open' }, ANONYMOUS, rt.app, { checkAnswers: true })).toEqual({ ok: true, data: { n: 1 } });
    expect(await handler({ action: 'leaky' }, ANONYMOUS, rt.app)).toEqual({ ok: true, data: { n: 1, idHash: 'abc' } });
  });

  it('admits only staff of the params’ organisation to a staff action, before it runs', async () => {
    const rt = await makeRuntime({ demo: false });
    reached.length = 0;
    expect(codeOf(await handler({ action: 'staffOnly', orgId: 'sjtu' }, ANONYMOUS, rt.app))).toBe('UNAUTHENTICATED');
    expect(codeOf(await handler({ action: 'staffOnly', orgId: 'sjtu' }, CANDIDATE_A, rt.app))).toBe('FORBIDDEN');
    expect(codeOf(await handler({ action: 'staffOnly', orgId: 'sjtu' }, STAFF_KUPASI, rt.app))).toBe('FORBIDDEN');
    expect(await handler({ action: 'staffOnly', orgId: 'sjtu' }, STAFF_SJTU, rt.app)).toEqual({ ok: true, data: { by: `${STAFF_SJTU.identity}@sjtu` } });
    expect(reached).toEqual([STAFF_SJTU.identity]);
    // Params are validated first: a call without orgId is BAD_REQUEST whoever makes it.
    expect(codeOf(await handler({ action: 'staffOnly' }, ANONYMOUS, rt.app))).toBe('BAD_REQUEST');
  });

  it('admits only the timer (no identity) to a timer action', async () => {
    const rt = await makeRuntime({ demo: false });
    expect(codeOf(await handler({ action: 'tick' }, CANDIDATE_A, rt.app))).toBe('FORBIDDEN');
    expect(await handler({ action: 'tick' }, ANONYMOUS, rt.app)).toEqual({ ok: true, data: { n: 2 } });
  });
});

describe('docs/api.md names every action with its access level', () => {
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/api.md'), 'utf8');
  const all = { ...CONTRACT, ...TIMER_CONTRACT } as Record<string, FunctionContract>;

  it.each([...ACCESS_LEVELS])('%s: the 权限 list is exactly the contract’s actions of that level', (level) => {
    const line = doc.split('\n').find((l) => l.startsWith(`- **${ACCESS_LABELS[level]}**`));
    expect(line).toBeDefined();
    // The list runs to the bullet's first full stop; what follows explains it.
    const list = (line ?? '').slice(0, (line ?? '').indexOf('。'));
    const listed = [...list.matchAll(/`([a-z]+\.[a-zA-Z.]+)`/g)].map((m) => m[1]).sort();
    const inContract = Object.entries(all)
      .flatMap(([fn, actions]) => Object.entries(actions).filter(([, spec]) => spec.access === level).map(([action]) => `${fn}.${action}`))
      .sort();
    expect(listed).toEqual(inContract);
  });

  it.each(FUNCTION_NAMES.map((fn) => [fn]))('%s: each action has a row in the function’s table', (fn) => {
    const start = doc.indexOf(`\n## ${fn}：`);
    expect(start).toBeGreaterThan(0);
    const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
    for (const action of Object.keys(CONTRACT[fn])) expect([action, section.includes(`| \`${action}\` |`)]).toEqual([action, true]);
  });
});
