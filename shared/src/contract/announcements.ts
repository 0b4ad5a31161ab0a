/** announcements: each organisation's notices feed. */
import * as z from 'zod';
import { publicAction } from './action';
import { announcementsListData, orgId } from './shapes';

export const announcements = {
  /** Withdrawn ones left out. */
  list: publicAction(z.object({ orgId }), announcementsListData),
};
