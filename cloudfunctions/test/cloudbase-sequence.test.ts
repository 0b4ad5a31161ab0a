/**
 * Audit entries and outbox messages on CloudBase are listed by a number the adapter gives them
 * (newest first). Entries written within one millisecond must keep the order they were written in.
 */
import { nextSequenceId } from '../src/adapters/cloudbase';

describe('CloudBase sequence numbers', () => {
  it('strictly increase within one instance, even within the same millisecond', () => {
    const ids = Array.from({ length: 200 }, () => nextSequenceId(1_764_547_200_000));
    for (let i = 1; i < ids.length; i += 1) expect(ids[i]).toBeGreaterThan(ids[i - 1]);
  });

  it('follow the clock: a later millisecond gives a larger number', () => {
    const earlier = nextSequenceId(1_764_547_300_000);
    expect(nextSequenceId(1_764_547_300_001)).toBeGreaterThan(earlier);
    expect(Number.isSafeInteger(nextSequenceId(Date.now()))).toBe(true);
  });
});
