/** sessions: exam sessions per organisation, occupation, track and month. */
import * as z from 'zod';
import { publicAction } from './action';
import { isoMonth, orgId, session, shortText, track } from './shapes';

export const sessionsListData = z.strictObject({ sessions: z.array(session) });

export const sessions = {
  /** With `month`, also the sessions rolled over out of that month. */
  list: publicAction(z.object({ orgId, occupationId: shortText.optional(), track: track.optional(), month: isoMonth.optional() }), sessionsListData),
};
