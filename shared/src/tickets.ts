/** When the admission ticket (准考证) is out, per the organisation's notice and channel. */
import { addDays } from './dates';
import { RulesError } from './errors';
import { examNotice } from './organisations';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { Channel, Dated, IsoDate } from './types';
import { addWorkdays } from './workdays';

/**
 * The day the ticket is released for an exam on `examDate`.
 * sjtu group: 考试前五个工作日 (the 5th working day before, the exam day not counted);
 * sjtu individual: 考前一周 (7 calendar days before); kupasi: 考试前3天 (3 calendar days before).
 * `estimated` when no notice leads to the exam's month or year, or the working-day arrangement
 * does not cover the days counted.
 *
 * @throws RulesError `UNKNOWN_ORG`; `INVALID_INPUT` for a bad date or channel.
 * @example ticketReleaseDate('sjtu', '2025-10-09', 'group') // { date: '2025-09-25', estimated: false } (国庆 not counted, 9月28日调休上班 counted)
 * @example ticketReleaseDate('kupasi', '2025-10-09', 'individual') // { date: '2025-10-06', estimated: false }
 */
export function ticketReleaseDate(
  orgId: string,
  examDate: IsoDate,
  channel: Channel,
  rules: Rulebook = BUNDLED_RULEBOOK,
): Dated {
  const { notice, estimated: noticeEstimated } = examNotice(orgId, examDate, rules);
  if (channel !== 'group' && channel !== 'individual') {
    throw new RulesError('INVALID_INPUT', `申报方式“${String(channel)}”无效，应为团体申报（group）或个人申报（individual）`);
  }
  const rule = notice.tickets.find((t) => t.channel === channel);
  if (!rule) throw new RulesError('NOT_OFFERED', `${notice.title}未规定该申报方式的准考证发放时间`);
  if (rule.timing.kind === 'workdays-before') {
    const answer = addWorkdays(examDate, -rule.timing.n, rules);
    return { date: answer.date, estimated: noticeEstimated || answer.estimated };
  }
  return { date: addDays(examDate, -rule.timing.n), estimated: noticeEstimated };
}
