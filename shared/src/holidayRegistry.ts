/**
 * The State Council's holiday arrangements as data: a registry of one document per year, the
 * bundled ones (data/holidays.ts) or those the operator loaded, from which the working-day
 * functions read.
 */
import type { HolidayArrangement } from './data/holidays';
import { fromDayNumber, toDayNumber } from './dates';
import { RulesError } from './errors';
import type { IsoDate } from './types';

export interface YearTable {
  daysOff: ReadonlySet<IsoDate>;
  makeUp: ReadonlySet<IsoDate>;
}

export interface HolidayRegistry {
  /** Oldest year first. */
  readonly arrangements: readonly HolidayArrangement[];
  readonly tables: ReadonlyMap<number, YearTable>;
}

function yearTable(arrangement: HolidayArrangement): YearTable {
  const daysOff = new Set<IsoDate>();
  for (const period of arrangement.holidays) {
    for (let day = toDayNumber(period.from); day <= toDayNumber(period.to); day += 1) daysOff.add(fromDayNumber(day));
  }
  return { daysOff, makeUp: new Set(arrangement.makeUpWorkdays) };
}

/**
 * A registry of the given arrangements, one per year.
 * @throws RulesError `INVALID_INPUT` when two arrangements are for the same year.
 * @example [...createHolidayRegistry([]).tables.keys()] // []
 */
export function createHolidayRegistry(arrangements: readonly HolidayArrangement[]): HolidayRegistry {
  const ordered = [...arrangements].sort((a, b) => a.year - b.year);
  const tables = new Map<number, YearTable>();
  for (const arrangement of ordered) {
    if (tables.has(arrangement.year)) throw new RulesError('INVALID_INPUT', `${arrangement.year}年的节假日安排重复`);
    tables.set(arrangement.year, yearTable(arrangement));
  }
  return { arrangements: ordered, tables };
}
