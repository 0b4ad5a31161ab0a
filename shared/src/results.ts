/** When results can be queried (随申办), per section 三 of both notices. */
import { RESULTS_WORKDAYS, RESULTS_WORKDAYS_WITH_MARKING } from './data/results';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { Dated, IsoDate } from './types';
import { addWorkdays } from './workdays';

/**
 * The working day by which results are normally queryable: “一般20个工作日内”, or 30
 * “涉及阅卷及工件检测的项目”. `estimated` when the working-day arrangement does not cover it.
 *
 * @throws RulesError `INVALID_INPUT` for a bad date.
 * @example resultsExpectedBy('2025-09-20') // { date: '2025-10-23', estimated: false }
 * @example resultsExpectedBy('2025-09-20', { marking: true }) // { date: '2025-11-06', estimated: false }
 */
export function resultsExpectedBy(
  examDate: IsoDate,
  opts: { marking?: boolean } = {},
  rules: Rulebook = BUNDLED_RULEBOOK,
): Dated {
  return addWorkdays(examDate, opts.marking ? RESULTS_WORKDAYS_WITH_MARKING : RESULTS_WORKDAYS, rules);
}
