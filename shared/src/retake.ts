/** How long passed subjects stay valid for a retake (补考有效期), per section 四（一）. */
import { addDays, addYears } from './dates';
import { RulesError } from './errors';
import { assertTrack, examNotice, trackLabel } from './organisations';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { IsoDate, Track } from './types';

/**
 * The last day a retake may be taken for an exam on `examDate`: the day before the
 * anniversary (years per the organisation's notice; a missing 2月29日 becomes 2月28日).
 *
 * @throws RulesError `UNKNOWN_ORG`; `NOT_OFFERED` for a track the retake rule does not name;
 *   `INVALID_INPUT` for a bad date or track.
 * @example retakeValidUntil('sjtu', 4, '2025-03-15') // '2027-03-14'
 * @example retakeValidUntil('sjtu', 2, '2025-03-15') // '2028-03-14'
 * @example retakeValidUntil('kupasi', 'special', '2024-02-29') // '2026-02-27'
 */
export function retakeValidUntil(orgId: string, track: Track, examDate: IsoDate, rules: Rulebook = BUNDLED_RULEBOOK): IsoDate {
  const { notice } = examNotice(orgId, examDate, rules);
  assertTrack(track);
  const rule = notice.retake.years.find((r) => r.track === track);
  if (!rule) {
    throw new RulesError('NOT_OFFERED', `${notice.title}未规定${trackLabel(track)}的补考有效期`);
  }
  return addDays(addYears(examDate, rule.years), -1);
}
