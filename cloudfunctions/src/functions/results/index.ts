/** results: the caller's own published results, and when the rest are expected. */
import { CONTRACT } from '@skills/shared/src/contract';
import * as results from '../../core/results';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('results', CONTRACT.results, {
  mine: (_p, caller, app) => results.mine(app, caller),
});

export const main = cloudEntry(handler);
