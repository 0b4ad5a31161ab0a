/** results: the caller's own published results, and when the rest are expected. */
import * as results from '../../core/results';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { empty } from '../schemas';

export const handler = defineFunction('results', {
  mine: action(empty, (_p, caller, app) => results.mine(app, caller)),
});

export const main = cloudEntry(handler);
