/**
 * The wire contract (shared/src/api.ts) and the handlers agree: every action the
 * contract names exists, no handler has one the contract lacks, and the core's
 * answers have the contract's types (checked by the compiler below).
 */
import type { ActionData, ActionName, FunctionName } from '@skills/shared';
import * as catalog from '../src/core/catalog';
import * as tickets from '../src/core/tickets';
import * as results from '../src/core/results';
import * as sessions from '../src/core/sessions';
import * as documents from '../src/core/documents';
import * as eligibility from '../src/core/eligibility';
import * as admin from '../src/core/admin';
import * as imports from '../src/core/imports';
import { HANDLERS } from '../src/functions';
import { makeRuntime, STAFF_SJTU, codeOf } from './helpers';

/** The compiler makes this list complete and exact for every function. */
const CONTRACT_ACTIONS: { [F in FunctionName]: { [A in ActionName<F>]: true } } = {
  catalog: { organisations: true, organisation: true, windows: true },
  eligibility: { check: true, saveProfile: true, getProfile: true, deleteProfile: true },
  sessions: { list: true },
  tickets: { binding: true, bind: true, unbind: true, mine: true },
  results: { mine: true },
  documents: { list: true, download: true },
  announcements: { list: true },
  subscriptions: { subscribe: true, list: true, cancel: true },
  admin: {
    whoami: true,
    'sessions.list': true,
    'sessions.upsert': true,
    'sessions.rollover': true,
    'import.preview': true,
    'import.confirm': true,
    'documents.list': true,
    'documents.upload': true,
    'documents.versions': true,
    'announcements.list': true,
    'announcements.publish': true,
    'announcements.update': true,
    'announcements.withdraw': true,
    'export.tickets': true,
    'export.results': true,
    'templates.download': true,
    'audit.list': true,
    'outbox.list': true,
    'keys.list': true,
    'keys.rotate': true,
    'checkin.roster': true,
    'checkin.sync': true,
    'attendance.session': true,
    'export.attendance': true,
    'templates.results': true,
  },
};

// Compile-time: the core's answers are the contract's data types.
type Returns<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>>;
const typeChecks: [
  Returns<typeof catalog.listOrganisations> extends ActionData<'catalog', 'organisations'> ? true : never,
  Returns<typeof catalog.organisationDetail> extends ActionData<'catalog', 'organisation'> ? true : never,
  Returns<typeof catalog.windows> extends ActionData<'catalog', 'windows'> ? true : never,
  Returns<typeof eligibility.check> extends ActionData<'eligibility', 'check'> ? true : never,
  Returns<typeof eligibility.getProfile> extends ActionData<'eligibility', 'getProfile'> ? true : never,
  Returns<typeof sessions.list> extends ActionData<'sessions', 'list'> ? true : never,
  Returns<typeof sessions.staffList> extends ActionData<'admin', 'sessions.list'> ? true : never,
  Returns<typeof tickets.mine> extends ActionData<'tickets', 'mine'> ? true : never,
  Returns<typeof tickets.bind> extends ActionData<'tickets', 'bind'> ? true : never,
  Returns<typeof results.mine> extends ActionData<'results', 'mine'> ? true : never,
  Returns<typeof documents.list> extends ActionData<'documents', 'list'> ? true : never,
  Returns<typeof documents.download> extends ActionData<'documents', 'download'> ? true : never,
  Returns<typeof admin.whoami> extends ActionData<'admin', 'whoami'> ? true : never,
  Returns<typeof admin.exportTickets> extends ActionData<'admin', 'export.tickets'> ? true : never,
  Returns<typeof imports.preview> extends ActionData<'admin', 'import.preview'> ? true : never,
  Returns<typeof imports.confirm> extends ActionData<'admin', 'import.confirm'> ? true : never,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

describe('wire contract and handlers agree', () => {
  it('the type checks above compiled', () => {
    expect(typeChecks.every((check) => check === true)).toBe(true);
  });

  it.each(Object.entries(CONTRACT_ACTIONS))('%s: every contract action is handled, nothing else is', async (fn, actions) => {
    const rt = await makeRuntime({ demo: false });
    for (const action of Object.keys(actions)) {
      expect(codeOf(await rt.call(fn, { action }, STAFF_SJTU))).not.toBe('UNKNOWN_ACTION');
    }
    expect(codeOf(await rt.call(fn, { action: 'notInTheContract' }, STAFF_SJTU))).toBe('UNKNOWN_ACTION');
    expect([...HANDLERS[fn as FunctionName].actions].sort()).toEqual(Object.keys(actions).sort());
  });
});
