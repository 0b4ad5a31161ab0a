/**
 * reminders: the timer-triggered sweep (see cloudbaserc.json's trigger), which also finishes
 * imports cut short. Not callable from the mini program: a timer event carries a trigger name
 * and no caller identity.
 */
import * as z from 'zod';
import * as imports from '../../core/imports';
import * as reminders from '../../core/reminders';
import { ApiError } from '../../core/errors';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';

export const handler = defineFunction('reminders', {
  sweep: action(z.object({}), async (_p, caller, app) => {
    // Callers with an identity are people; the sweep belongs to the timer alone.
    if (caller.identity !== null) throw new ApiError('FORBIDDEN', '仅定时任务可以发送提醒');
    const report = await reminders.sweep(app);
    // The same timer finishes imports whose confirm was cut short and not repeated.
    const importsFinished = await imports.finishOpenImports(app);
    await imports.removeExpiredPreviews(app);
    return { ...report, importsFinished };
  }),
});

/** CloudBase timer events look like `{ Type: 'Timer', TriggerName, Time }`: map them to the sweep. */
export const main = cloudEntry(handler, (event) =>
  typeof event === 'object' && event !== null && (event as Record<string, unknown>).Type === 'Timer' ? { action: 'sweep' } : event,
);
