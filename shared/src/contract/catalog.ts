/** catalog: organisations, offerings, fees and application windows. */
import * as z from 'zod';
import { publicAction } from './action';
import { applicationWindow, empty, holidayArrangement, isoDate, noticeDocument, orgId, organisation } from './shapes';

export const organisationSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  /** The window open today, or null between windows. */
  currentWindow: applicationWindow.nullable(),
  /** The next window that has not opened yet. */
  nextWindow: applicationWindow.nullable(),
});

export const catalogOrganisationData = z.strictObject({
  /** Today in China's calendar, as the server sees it. */
  today: isoDate,
  /** The rules module's data for the organisation: notices, offerings, fees, office, conduct rules. */
  organisation,
  currentWindow: applicationWindow.nullable(),
  /** Windows from today on (the current one first when open). */
  upcomingWindows: z.array(applicationWindow),
});

export const catalogWindowsData = z.strictObject({ today: isoDate, windows: z.array(applicationWindow) });

/** Every notice in force (bundled and published) and the holiday arrangements; `version` changes when they do. */
export const catalogRulebookData = z.strictObject({
  version: z.string(),
  notices: z.array(noticeDocument),
  holidays: z.array(holidayArrangement),
});

export const catalog = {
  organisations: publicAction(empty, z.strictObject({ today: isoDate, organisations: z.array(organisationSummary) })),
  organisation: publicAction(z.object({ orgId }), catalogOrganisationData),
  windows: publicAction(z.object({ orgId, count: z.number().int().min(1).max(24).optional() }), catalogWindowsData),
  rulebook: publicAction(empty, catalogRulebookData),
};
