/** sessions: exam sessions per organisation, occupation, track and month. */
import { sessions as contract } from '@skills/shared/src/contract/sessions';
import * as sessions from '../../core/sessions';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('sessions', contract, {
  list: (p, _caller, app) => sessions.list(app, p),
});

export const main = cloudEntry(handler);
