/**
 * No answer depends on the machine's time zone: the same random inputs, run in child processes
 * with different TZ values, give identical answers.
 */
import { execFileSync } from 'child_process';
import path from 'path';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../src';

const CHILD = path.join(__dirname, 'helpers', 'tz-child.js');
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];

interface Case {
  fn: string;
  args: unknown[];
}

function runIn(zone: string, cases: Case[]): { zoneHour: number; answers: unknown[] } {
  const output = execFileSync(process.execPath, [CHILD], {
    input: JSON.stringify(cases),
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { zoneHour: number; answers: unknown[] };
}

const anyDay = fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);

function casesFor(date: string, n: number): Case[] {
  return [
    { fn: 'addWorkdays', args: [date, n] },
    { fn: 'addWorkdays', args: [date, -n] },
    { fn: 'isWorkday', args: [date] },
    { fn: 'applicationWindow', args: ['sjtu', date] },
    { fn: 'applicationWindow', args: ['kupasi', date] },
    { fn: 'ticketReleaseDate', args: ['sjtu', date, 'group'] },
    { fn: 'ticketReleaseDate', args: ['sjtu', date, 'individual'] },
    { fn: 'ticketReleaseDate', args: ['kupasi', date, 'group'] },
    { fn: 'resultsExpectedBy', args: [date, { marking: n % 2 === 0 }] },
    { fn: 'retakeValidUntil', args: ['sjtu', 3, date] },
    { fn: 'retakeValidUntil', args: ['kupasi', 'special', date] },
    { fn: 'checkEligibility', args: [{ birthDate: '2009-02-28', work: [{ from: '2020-02-29' }] }, 4, date] },
    { fn: 'checkEligibility', args: [{ birthDate: '1990-01-01', work: [{ from: '2015-01-01', to: '2017-01-01' }, { from: '2020-01-01' }] }, 4, date] },
  ];
}

it('gives identical answers under every TZ', () => {
  const samples = fc.sample(fc.tuple(anyDay, fc.integer({ min: 1, max: 40 })), { numRuns: 60, seed: 42 });
  const cases = samples.flatMap(([date, n]) => casesFor(date, n));
  const runs = ZONES.map((zone) => runIn(zone, cases));
  // The zones really differ in the child processes (local hour of the epoch).
  expect(new Set(runs.map((r) => r.zoneHour)).size).toBeGreaterThan(1);
  for (const run of runs.slice(1)) expect(run.answers).toEqual(runs[0].answers);
  // And the answers are answers, not errors.
  expect(runs[0].answers.filter((a) => typeof a === 'object' && a !== null && 'error' in a)).toEqual([]);
});
