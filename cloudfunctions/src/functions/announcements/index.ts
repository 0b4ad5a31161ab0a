/** announcements: each organisation's notices feed. */
import { CONTRACT } from '@skills/shared/src/contract';
import * as announcements from '../../core/announcements';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('announcements', CONTRACT.announcements, {
  list: (p, _caller, app) => announcements.list(app, p.orgId),
});

export const main = cloudEntry(handler);
