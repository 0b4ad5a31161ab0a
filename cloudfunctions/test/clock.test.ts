import { createClock } from '../src/core/clock';

describe('the server clock: China’s calendar date, whatever the machine’s zone', () => {
  it.each([
    ['UTC 15:59 on 1 Jan is still 1 Jan in China', Date.UTC(2026, 0, 1, 15, 59), '2026-01-01'],
    ['UTC 16:00 on 1 Jan is already 2 Jan in China', Date.UTC(2026, 0, 1, 16, 0), '2026-01-02'],
    ['New Year’s Eve UTC 16:00 is New Year in China', Date.UTC(2026, 11, 31, 16, 0), '2027-01-01'],
    ['a leap day', Date.UTC(2028, 1, 29, 3, 0), '2028-02-29'],
  ])('%s', (_desc, instant, expected) => {
    expect(createClock({ now: () => instant }).today()).toBe(expected);
  });

  it('does not depend on TZ (run also under TZ=America/Los_Angeles)', () => {
    // 08:30 in Shanghai on 2 March is still 1 March in Los Angeles.
    const instant = Date.UTC(2026, 2, 2, 0, 30);
    expect(createClock({ now: () => instant }).today()).toBe('2026-03-02');
  });

  it('a fixed today (SKILLS_TODAY) wins over the clock, and time still passes for expiry', () => {
    let now = 1000;
    const clock = createClock({ fixedToday: '2027-01-05', now: () => now });
    expect(clock.today()).toBe('2027-01-05');
    now = 5000;
    expect(clock.now()).toBe(5000);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', 'today', ''])('refuses a fixed today of "%s"', (value) => {
    expect(() => createClock({ fixedToday: value })).toThrow(/SKILLS_TODAY/);
  });
});
