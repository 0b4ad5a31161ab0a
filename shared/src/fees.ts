/** Fees per subject and in total, from the notices' fee tables. */
import { RulesError } from './errors';
import { assertTrack, getOrganisation, latestNotice, noticeFor, trackLabel } from './organisations';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { Fee, IsoDate, Track } from './types';

/**
 * The fee for one occupation and track at an organisation, from the notice in effect on
 * `date` (default: the latest notice).
 *
 * @throws RulesError `UNKNOWN_ORG`; `NOT_OFFERED` for an occupation or track the organisation
 *   does not offer; `INVALID_INPUT` for a value that is not a track.
 * @example feeFor('sjtu', '4-04-05-05', 3) // { theory: 100, practical: 400, total: 500 }
 * @example feeFor('kupasi', 'ai-data-annotation', 'special') // { theory: 95, practical: 385, total: 480 }
 */
export function feeFor(
  orgId: string,
  occupationId: string,
  track: Track,
  date?: IsoDate,
  rules: Rulebook = BUNDLED_RULEBOOK,
): Fee {
  const org = getOrganisation(orgId, rules);
  assertTrack(track);
  const notice = date === undefined ? latestNotice(orgId, rules) : noticeFor(orgId, date, rules).notice;
  const occupation = org.occupations.find((o) => o.id === occupationId);
  if (!occupation) {
    throw new RulesError('NOT_OFFERED', `${org.name}未开展职业（工种）“${String(occupationId)}”的评价`);
  }
  const offering = notice.offerings.find((o) => o.occupationId === occupationId && o.track === track);
  if (!offering) {
    throw new RulesError('NOT_OFFERED', `${org.name}未开展${occupation.name}${trackLabel(track)}的评价`);
  }
  const amount = (subject: 'theory' | 'practical' | 'review') =>
    offering.subjects.find((s) => s.subject === subject)?.amount;
  const fee: Fee = { theory: amount('theory') ?? 0, practical: amount('practical') ?? 0, total: offering.total };
  const review = amount('review');
  if (review !== undefined) fee.review = review;
  return fee;
}
