/**
 * Properties over random applicants: `eligibleFrom` is exactly the first eligible day, and
 * answers never depend on the machine's time zone (the suite also runs under
 * TZ=America/Los_Angeles; see package.json).
 */
import fc from 'fast-check';
import { addDays, checkEligibility, fromDayNumber, toDayNumber, type Applicant, type Level, type Track } from '../src';

const AS_OF_FROM = toDayNumber('2024-01-01');
const AS_OF_TO = toDayNumber('2027-12-31');

const dayIn = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

/** A random applicant and an asOf that every dated fact precedes. */
const scenario = fc
  .record({
    asOf: fc.integer({ min: AS_OF_FROM, max: AS_OF_TO }).map(fromDayNumber),
    birthDate: dayIn('1960-01-01', '2011-12-31'),
    work: fc.array(
      fc.record({ from: dayIn('2005-01-01', '2027-12-31'), length: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }) }),
      { maxLength: 4 },
    ),
    certificates: fc.array(fc.record({ level: fc.constantFrom<Level>(5, 4, 3, 2, 1), obtainedOn: dayIn('2005-01-01', '2027-12-31') }), {
      maxLength: 3,
    }),
    titles: fc.array(
      fc.record({ grade: fc.constantFrom('junior', 'intermediate', 'senior' as const), obtainedOn: dayIn('2005-01-01', '2027-12-31') }),
      { maxLength: 2 },
    ),
    schooling: fc.array(
      fc.record({
        school: fc.constantFrom(
          'technical',
          'senior-technical',
          'technician-college',
          'secondary-vocational',
          'higher-vocational',
          'university' as const,
        ),
        programme: fc.option(fc.constantFrom('intermediate', 'senior', 'preparatory-technician', 'technician' as const), {
          nil: undefined,
        }),
        relatedMajor: fc.boolean(),
        evaluated: fc.option(fc.boolean(), { nil: undefined }),
        status: fc.constantFrom('graduated', 'final-year', 'enrolled' as const),
      }),
      { maxLength: 2 },
    ),
    track: fc.constantFrom<Track>(5, 4, 3, 2, 1, 'special'),
  })
  .map(({ asOf, birthDate, work, certificates, titles, schooling, track }) => {
    const notAfter = (date: string) => date <= asOf;
    const applicant: Applicant = {
      birthDate: birthDate <= asOf ? birthDate : asOf,
      work: work
        .filter((w) => notAfter(w.from))
        .map((w) => (w.length === undefined ? { from: w.from } : { from: w.from, to: addDays(w.from, w.length) })),
      certificates: certificates.filter((c) => notAfter(c.obtainedOn)),
      titles: titles.filter((t) => notAfter(t.obtainedOn)),
      schooling,
    };
    return { applicant, track, asOf };
  });

it('draws enough applicants who become eligible later for the property to bite', () => {
  const samples = fc.sample(scenario, { numRuns: 2000, seed: 20250226 });
  const later = samples.filter((s) => {
    const result = checkEligibility(s.applicant, s.track, s.asOf);
    return !result.eligible && result.eligibleFrom !== null;
  });
  expect(later.length).toBeGreaterThan(100);
});

it('eligibleFrom is a day on which the applicant is eligible, and the day before it is not', () => {
  fc.assert(
    fc.property(scenario, ({ applicant, track, asOf }) => {
      const result = checkEligibility(applicant, track, asOf);
      if (result.eligible) {
        expect(result.eligibleFrom).toBeNull();
        expect(result.clauses.length).toBeGreaterThan(0);
        expect(result.unmet).toEqual([]);
        return;
      }
      if (result.eligibleFrom === null) return;
      expect(result.eligibleFrom > asOf).toBe(true);
      expect(checkEligibility(applicant, track, result.eligibleFrom).eligible).toBe(true);
      const dayBefore = addDays(result.eligibleFrom, -1);
      expect(checkEligibility(applicant, track, dayBefore).eligible).toBe(false);
    }),
    { numRuns: 2000, seed: 20250226 },
  );
});

it('when time alone never suffices, it still does not a decade later', () => {
  fc.assert(
    fc.property(scenario, ({ applicant, track, asOf }) => {
      const result = checkEligibility(applicant, track, asOf);
      if (result.eligible || result.eligibleFrom !== null) return;
      expect(checkEligibility(applicant, track, addDays(asOf, 3650)).eligible).toBe(false);
    }),
    { numRuns: 1000, seed: 7 },
  );
});

it('answers the same fixed cases in every time zone', () => {
  // Figures computed by hand; the suite runs under the default TZ and America/Los_Angeles.
  expect(checkEligibility({ birthDate: '1990-01-01', work: [{ from: '2020-03-01' }] }, 4, '2025-03-01').eligible).toBe(true);
  expect(checkEligibility({ birthDate: '1990-01-01', work: [{ from: '2020-03-01' }] }, 4, '2025-02-28').eligibleFrom).toBe(
    '2025-03-01',
  );
  expect(checkEligibility({ birthDate: '2009-12-31' }, 'special', '2025-12-30').eligibleFrom).toBe('2025-12-31');
});
