/**
 * What the rules functions read: the notices and the holiday arrangements. Every function takes
 * a rulebook as its last, optional argument; without one it reads the bundled 2025 notices and
 * the arrangements in data/holidays.ts, so bundled and published notices go through the same code.
 */
import { HOLIDAY_ARRANGEMENTS, type HolidayArrangement } from './data/holidays';
import { BUNDLED_NOTICE_REGISTRY } from './data/organisations';
import { createHolidayRegistry, type HolidayRegistry } from './holidayRegistry';
import { createNoticeRegistry, type NoticeRegistry } from './notice/registry';
import type { NoticeDocument } from './types';

export interface Rulebook {
  notices: NoticeRegistry;
  holidays: HolidayRegistry;
}

/**
 * A rulebook of the given documents; a part left out is the bundled one.
 * @example createRulebook({ notices: [] }).notices.organisations // []
 */
export function createRulebook(parts: {
  notices?: readonly NoticeDocument[];
  holidays?: readonly HolidayArrangement[];
}): Rulebook {
  return {
    notices: parts.notices ? createNoticeRegistry(parts.notices) : BUNDLED_NOTICE_REGISTRY,
    holidays: createHolidayRegistry(parts.holidays ?? HOLIDAY_ARRANGEMENTS),
  };
}

/** The bundled notices and arrangements: what every rules function reads by default. */
export const BUNDLED_RULEBOOK: Rulebook = createRulebook({});
