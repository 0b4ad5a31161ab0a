/** announcements: each organisation's notices feed. */
import * as z from 'zod';
import * as announcements from '../../core/announcements';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { orgId } from '../schemas';

export const handler = defineFunction('announcements', {
  list: action(z.object({ orgId }), (p, _caller, app) => announcements.list(app, p.orgId)),
});

export const main = cloudEntry(handler);
