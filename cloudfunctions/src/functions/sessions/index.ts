/** sessions: exam sessions per organisation, occupation, track and month. */
import * as z from 'zod';
import * as sessions from '../../core/sessions';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { isoMonth, orgId, shortText, track } from '../schemas';

export const handler = defineFunction('sessions', {
  list: action(z.object({ orgId, occupationId: shortText.optional(), track: track.optional(), month: isoMonth.optional() }), (p, _caller, app) =>
    sessions.list(app, p),
  ),
});

export const main = cloudEntry(handler);
