/**
 * Two function instances can give their claims the same outbox number (the same millisecond and
 * random tail). Marking one sent, or releasing it after a busy answer, must touch only that claim.
 */
import { CloudbaseStore } from '../src/adapters/cloudbase';
import { loadManager, setupCloudbase } from '../scripts/cloudbase-setup';
import { standinFixture, type StandinFixture } from './cloudbase-standin/fixture';

const PREFIX = 'collide_';
const AT = '2026-11-21T00:00:00Z';
let fixture: StandinFixture;

function message(dedupeKey: string) {
  return { orgId: 'sjtu', kind: 'ticket-released' as const, dedupeKey, recipient: `o-${dedupeKey}`, fields: {} };
}

/** Another instance's claim under the same number, written as that instance's adapter writes it. */
async function otherInstanceClaims(dedupeKey: string, numericId: number): Promise<void> {
  await fixture.tcb.database().collection(`${PREFIX}outbox`).add({ ...message(dedupeKey), _id: dedupeKey, numericId, createdAt: AT, sentAt: null });
}

beforeAll(async () => {
  fixture = await standinFixture();
  await setupCloudbase(loadManager(), PREFIX);
});
afterAll(() => fixture.close());

describe('CloudBase outbox claims that share a number', () => {
  it('marking one sent leaves the other unsent; releasing one leaves the other claimed', async () => {
    const store = new CloudbaseStore(fixture.tcb, PREFIX);
    const first = await store.claimOutbox(message('mine-1'), AT);
    expect(first).not.toBeNull();
    await otherInstanceClaims('theirs-1', first!);
    await store.markSent(first!, '2026-11-21T00:01:00Z');

    const second = await store.claimOutbox(message('mine-2'), AT);
    await otherInstanceClaims('theirs-2', second!);
    await store.releaseOutbox(second!);

    const listed = await store.listOutbox('sjtu', 10);
    expect(listed.map((m) => [m.dedupeKey, m.sentAt]).sort()).toEqual([
      ['mine-1', '2026-11-21T00:01:00Z'],
      ['theirs-1', null],
      ['theirs-2', null],
    ]);
  });
});
