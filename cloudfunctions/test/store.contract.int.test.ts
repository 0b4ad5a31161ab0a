/**
 * The repository contract: one suite, every adapter. SQLite always; CloudBase only
 * when credentials are in the environment (TCB_ENV plus TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY), otherwise it is not registered and a line says so.
 */
import type { Store } from '../src/ports';
import { SqliteStore } from '../src/adapters/sqlite';
import { CloudbaseStore, credentialsPresent, loadCloudbase } from '../src/adapters/cloudbase';

const ticket = (n: number, idHash = 'hash-a') => ({
  id: `t_${n}`,
  orgId: 'sjtu',
  ticketNumber: `N${n}`,
  idHash,
  occupationId: '4-04-05-05',
  track: 4 as const,
  channel: 'group' as const,
  sessionId: 's1',
  examDate: '2027-01-09',
  examTime: '09:00-11:30',
  venue: { name: 'v', address: 'a' },
  room: 'r',
  seat: '01',
  demo: false,
});

function contract(name: string, makeStore: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(() => store.close());

    it('staff allow-list: add once, list, remove', async () => {
      expect(await store.addStaff('sjtu', 'u1', '2026-11-21T00:00:00Z')).toBe(true);
      expect(await store.addStaff('sjtu', 'u1', '2026-11-21T00:00:00Z')).toBe(false);
      expect(await store.staffOrgs('u1')).toEqual(['sjtu']);
      expect(await store.removeStaff('sjtu', 'u1')).toBe(true);
      expect(await store.staffOrgs('u1')).toEqual([]);
    });

    it('imports: added, then unchanged, then updated; tracks round-trip', async () => {
      const plan = { orgId: 'sjtu', kind: 'tickets' as const, persons: [{ idHash: 'hash-a', name: '甲', maskedIdNumber: 'm' }], candidates: [], tickets: [ticket(1), ticket(2)], results: [] };
      expect(await store.diffImport(plan)).toEqual({ added: 2, updated: 0, unchanged: 0 });
      expect(await store.applyImport(plan)).toEqual({ added: 2, updated: 0, unchanged: 0 });
      expect(await store.applyImport(plan)).toEqual({ added: 0, updated: 0, unchanged: 2 });
      expect(await store.applyImport({ ...plan, tickets: [{ ...ticket(1), seat: '02' }] })).toEqual({ added: 0, updated: 1, unchanged: 0 });
      const mine = await store.ticketsOf('hash-a');
      expect(mine.map((t) => [t.ticketNumber, t.seat, t.track])).toEqual([['N1', '02', 4], ['N2', '01', 4]]);
      expect(await store.getPerson('hash-a')).toEqual({ idHash: 'hash-a', name: '甲', maskedIdNumber: 'm' });
    });

    it('outbox claims are unique per key', async () => {
      const m = { orgId: 'sjtu', kind: 'window-opens' as const, dedupeKey: 'k1', recipient: 'u', fields: { thing1: 'x' } };
      const first = await store.claimOutbox(m, '2026-11-21T00:00:00Z');
      expect(first).not.toBeNull();
      expect(await store.claimOutbox(m, '2026-11-21T00:00:01Z')).toBeNull();
      await store.markSent(first!, '2026-11-21T00:00:02Z');
      expect((await store.listOutbox('sjtu', 10))[0]).toMatchObject({ dedupeKey: 'k1', sentAt: '2026-11-21T00:00:02Z' });
    });

    it('previews are taken once and expire', async () => {
      const now = Date.now();
      await store.savePreview({ id: 'p1', orgId: 'sjtu', actor: 'u', kind: 'tickets', fileName: 'f', rowsJson: '[]', expiresAt: now + 60_000 });
      await store.savePreview({ id: 'p2', orgId: 'sjtu', actor: 'u', kind: 'tickets', fileName: 'f', rowsJson: '[]', expiresAt: now - 1 });
      expect(await store.takePreview('p1', 'kupasi', now)).toBeNull();
      expect((await store.takePreview('p1', 'sjtu', now))?.id).toBe('p1');
      expect(await store.takePreview('p1', 'sjtu', now)).toBeNull();
      expect(await store.takePreview('p2', 'sjtu', now)).toBeNull();
    });

    it('failures are counted within the window', async () => {
      await store.recordFailure('k', 1000);
      await store.recordFailure('k', 2000);
      expect(await store.countFailures('k', 1500)).toBe(1);
      expect(await store.countFailures('other', 0)).toBe(0);
    });

    it('documents keep every version and list the newest', async () => {
      const base = { documentId: 'd1', orgId: 'sjtu', occupationId: null, kind: 'notice' as const, title: 't', fileName: 'f.pdf', size: 3, sha256: 'x', publishedOn: '2026-11-21', demo: false };
      await store.putDocumentVersion({ ...base, version: 1, blobKey: 'b1' }, new Uint8Array([1, 2, 3]));
      await store.putDocumentVersion({ ...base, version: 2, blobKey: 'b2' }, new Uint8Array([4, 5, 6]));
      expect((await store.listDocuments({ orgId: 'sjtu' })).map((d) => d.version)).toEqual([2]);
      expect((await store.documentVersions('d1')).map((d) => d.version)).toEqual([2, 1]);
      expect(Array.from((await store.readBlob('b1'))!)).toEqual([1, 2, 3]);
    });
  });
}

contract('sqlite (:memory:)', async () => new SqliteStore(':memory:'));

if (credentialsPresent()) {
  // A fresh collection prefix per run keeps runs apart in a shared environment.
  contract('cloudbase', async () => new CloudbaseStore(loadCloudbase(), `test_${Date.now()}_`));
} else {
  console.log('CloudBase store contract not run: TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not set.');
}
