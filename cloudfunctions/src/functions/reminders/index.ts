/**
 * reminders: the timer-triggered sweep (see cloudbaserc.json's trigger), which also finishes
 * imports cut short. Not callable from the mini program: its contract admits the timer alone
 * (an event without a caller identity).
 */
import { reminders as contract } from '@skills/shared/src/contract/reminders';
import * as imports from '../../core/imports';
import * as reminders from '../../core/reminders';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('reminders', contract, {
  sweep: async (_p, _caller, app) => {
    const report = await reminders.sweep(app);
    // The same timer finishes imports whose confirm was cut short and not repeated.
    const importsFinished = await imports.finishOpenImports(app);
    await imports.removeExpiredPreviews(app);
    return { ...report, importsFinished };
  },
});

/** CloudBase timer events look like `{ Type: 'Timer', TriggerName, Time }`: map them to the sweep. */
export const main = cloudEntry(handler, (event) =>
  typeof event === 'object' && event !== null && (event as Record<string, unknown>).Type === 'Timer' ? { action: 'sweep' } : event,
);
