/** results: the caller's own published results, and when the rest are expected. */
import { results as contract } from '@skills/shared/src/contract/results';
import * as results from '../../core/results';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('results', contract, {
  mine: (_p, caller, app) => results.mine(app, caller),
});

export const main = cloudEntry(handler);
