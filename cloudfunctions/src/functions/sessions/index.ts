/** sessions: exam sessions per organisation, occupation, track and month. */
import { CONTRACT } from '@skills/shared/src/contract';
import * as sessions from '../../core/sessions';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('sessions', CONTRACT.sessions, {
  list: (p, _caller, app) => sessions.list(app, p),
});

export const main = cloudEntry(handler);
