/** announcements: each organisation's notices feed. */
import { announcements as contract } from '@skills/shared/src/contract/announcements';
import * as announcements from '../../core/announcements';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('announcements', contract, {
  list: (p, _caller, app) => announcements.list(app, p.orgId),
});

export const main = cloudEntry(handler);
