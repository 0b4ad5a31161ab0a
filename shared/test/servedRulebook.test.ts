/**
 * The rulebook an app builds from what catalog.rulebook serves (the bundled documents and holiday
 * arrangements, sent as JSON) answers every day exactly as the bundled rules do: the new path
 * changes where the notices come from, not one answer.
 */
import {
  BUNDLED_NOTICES,
  HOLIDAY_ARRANGEMENTS,
  addDays,
  applicationWindow,
  createRulebook,
  examNotice,
  getOrganisation,
  isRulesError,
  isWorkday,
  resultsExpectedBy,
  retakeValidUntil,
  ticketReleaseDate,
  upcomingWindows,
  type Rulebook,
} from '../src';

/** What the app receives: the served body, through JSON. */
const served: Rulebook = (() => {
  const body = JSON.parse(JSON.stringify({ notices: BUNDLED_NOTICES, holidays: HOLIDAY_ARRANGEMENTS })) as { notices: typeof BUNDLED_NOTICES; holidays: typeof HOLIDAY_ARRANGEMENTS };
  return createRulebook({ notices: body.notices, holidays: body.holidays });
})();

/** Every day from the last month before the 2025 notices to the first month past the year after next. */
const DAYS: string[] = [];
for (let day = '2024-12-01'; day <= '2028-01-31'; day = addDays(day, 1)) DAYS.push(day);

/** A call's answer, or the code it was refused with, so refusals are compared too. */
function answer<T>(call: () => T): T | { refused: string } {
  try {
    return call();
  } catch (error) {
    if (isRulesError(error)) return { refused: error.code };
    throw error;
  }
}

function answersEveryDay(ask: (day: string, book: Rulebook | undefined) => unknown): void {
  const bundled = DAYS.map((day) => answer(() => ask(day, undefined)));
  const fromServed = DAYS.map((day) => answer(() => ask(day, served)));
  expect(fromServed).toStrictEqual(bundled);
}

it('covers every day from 2024-12-01 to 2028-01-31', () => {
  expect(DAYS).toHaveLength(31 + 365 * 3 + 31);
});

it('isWorkday', () => answersEveryDay((day, book) => isWorkday(day, book)));
it('resultsExpectedBy, 20 working days and 30 with marking', () =>
  answersEveryDay((day, book) => [resultsExpectedBy(day, {}, book), resultsExpectedBy(day, { marking: true }, book)]));

describe.each(['sjtu', 'kupasi'])('%s', (orgId) => {
  const tracks = getOrganisation(orgId).notices[0].retake.years.map((rule) => rule.track);
  it('applicationWindow and the next three windows', () =>
    answersEveryDay((day, book) => [applicationWindow(orgId, day, book), upcomingWindows(orgId, day, 3, book)]));
  it('ticketReleaseDate, group and individual', () =>
    answersEveryDay((day, book) => [ticketReleaseDate(orgId, day, 'group', book), ticketReleaseDate(orgId, day, 'individual', book)]));
  it('the notice governing an exam that day', () => answersEveryDay((day, book) => examNotice(orgId, day, book)));
  it(`retakeValidUntil for ${tracks.join(', ')}`, () => answersEveryDay((day, book) => tracks.map((track) => retakeValidUntil(orgId, track, day, book))));
});
