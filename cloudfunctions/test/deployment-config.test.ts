/** The template ids are configured once: cloudbaserc.json hands `reminders` exactly the variables the rules module names (the mini program's build reads them from there too). */
import fs from 'node:fs';
import path from 'node:path';
import { REMINDER_KINDS, reminderTemplateVariable } from '@skills/shared';
import { subscribeTemplateFor } from '../src/runtime/cloud-config';

interface CloudbaseRc {
  envId: string;
  functions: { name: string; envVariables?: Record<string, string> }[];
}

const rc = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'cloudbaserc.json'), 'utf8')) as CloudbaseRc;

describe('deployment configuration', () => {
  it('passes every template variable, and only those, from the deployment to the reminders function', () => {
    const reminders = rc.functions.find((fn) => fn.name === 'reminders');
    const passed = Object.entries(reminders?.envVariables ?? {}).filter(([name]) => name.startsWith('TEMPLATE_'));
    const expected = REMINDER_KINDS.map(reminderTemplateVariable);
    expect(passed.map(([name]) => name).sort()).toEqual([...expected].sort());
    expect(passed.every(([name, value]) => value === `{{env.${name}}}`)).toBe(true);
  });

  it('the environment id comes from TCB_ENV, which the mini program build reads too', () => {
    expect(rc.envId).toBe('{{env.TCB_ENV}}');
  });

  it('reads a kind’s template id from its variable', () => {
    const name = reminderTemplateVariable('results-published');
    const before = process.env[name];
    process.env[name] = 'tmpl-results';
    try {
      expect(subscribeTemplateFor('results-published')).toBe('tmpl-results');
      expect(subscribeTemplateFor('no-such-kind')).toBeNull();
    } finally {
      if (before === undefined) delete process.env[name];
      else process.env[name] = before;
    }
  });
});
