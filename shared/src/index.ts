/**
 * The rules module: Shanghai's social vocational skill assessment notices as data,
 * and pure functions over them. No I/O, no clock reads (today is always a parameter),
 * no dependence on the machine's time zone.
 */
export * from './types';
export * from './errors';
export * from './dates';
export * from './chinaTime';
export * from './workdays';
export * from './holidayEstimate';
export { STATUTORY_BASIS, STATUTORY_HOLIDAYS, MAKE_UP_RULE, type StatutoryHoliday } from './data/statutoryHolidays';
export { HOLIDAY_ARRANGEMENTS, type HolidayArrangement, type HolidayPeriod } from './data/holidays';
export {
  AGE_RULE,
  AGE_RULE_SOURCES,
  ANNEX1_FOOTNOTES,
  ANNEX1_HEADING,
  ELIGIBILITY_CLAUSES,
  TECHNICAL_SCHOOLS,
  clausesForLevel,
  getClause,
  type AnnexFootnote,
  type ClauseDefinition,
  type Condition,
  type WorkAfter,
} from './data/clauses';
export { ORGANISATIONS } from './data/organisations';
export { SJTU, KUPASI } from './data/organisations';
export { RESULTS_WORKDAYS, RESULTS_WORKDAYS_WITH_MARKING } from './data/results';
export * from './organisations';
export * from './calendar';
export * from './tickets';
export * from './results';
export * from './retake';
export * from './fees';
export * from './idNumber';
export * from './eligibility';
export * from './api';
export * from './ticketCode';
export * from './text';
export * from './labels';
export * from './rulebook';
export * from './notice/registry';
export * from './holidayRegistry';
export { BUNDLED_NOTICES } from './data/organisations';
export { SJTU_2025 } from './data/sjtu';
export { KUPASI_2025 } from './data/kupasi';
