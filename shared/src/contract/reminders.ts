/**
 * reminders: the timer-triggered sweep, which also finishes imports cut short. Not callable from
 * the mini program: a timer event carries a trigger name and no caller identity.
 */
import * as z from 'zod';
import { timerAction } from './action';
import { empty } from './shapes';

const count = z.number().int().nonnegative();

export const sweepReport = z.strictObject({
  claimed: count,
  alreadySent: count,
  failed: count,
  /** Failed sends given back to the next run (WeChat was busy); the rest stay unsent in the outbox for staff to see. */
  retrying: count,
  /** Subscriptions looked at by this run; the next run starts where this one stopped. */
  subscriptions: count,
  /** Imports whose confirm was cut short and not repeated, finished by this run. */
  importsFinished: count,
});

export const reminders = {
  sweep: timerAction(empty, sweepReport),
};
