/**
 * The repository contract: one suite, every adapter. SQLite always; the CloudBase adapter
 * always through the real SDK against the stand-in of CloudBase's HTTP API; and against a real
 * CloudBase environment when credentials are in the environment (TCB_ENV plus
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY), otherwise that run is not registered and a line says so.
 */
import { SJTU_2025, type SavedProfile } from '@skills/shared';
import type { SessionRecord, Store } from '../src/ports';
import { SqliteStore } from '../src/adapters/sqlite';
import { applyImport, diffImport } from '../src/core/importRules';
import { CloudbaseStore, credentialsPresent, loadCloudbase } from '../src/adapters/cloudbase';
import { loadManager, setupCloudbase } from '../scripts/cloudbase-setup';
import { standinFixture, type StandinFixture } from './cloudbase-standin/fixture';
import { bulkIdNumber } from './fixtures/bulk';
import { TEST_SECRETS, TODAY } from './helpers';

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

const session = (id: string, orgId: string, month: string): SessionRecord => ({
  id,
  orgId,
  occupationId: '4-04-05-05',
  track: 4,
  month,
  date: `${month}-09`,
  startTime: '09:00',
  endTime: '11:30',
  venue: { name: 'v', address: 'a' },
  capacity: 40,
  status: 'scheduled',
  rollovers: [],
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
      await store.addStaff('kupasi', 'u2', '2026-11-21T00:00:01Z');
      expect((await store.listStaff('sjtu')).map((x) => x.identity)).toEqual(['u1']);
      expect((await store.listStaff()).map((x) => `${x.orgId}:${x.identity}`).sort()).toEqual(['kupasi:u2', 'sjtu:u1']);
      expect(await store.removeStaff('sjtu', 'u1')).toBe(true);
      expect(await store.staffOrgs('u1')).toEqual([]);
    });

    it('imports: added, then unchanged, then updated; tracks round-trip', async () => {
      const plan = { orgId: 'sjtu', kind: 'tickets' as const, persons: [{ orgId: 'sjtu', idHash: 'hash-a', name: '甲', maskedIdNumber: 'm' }], candidates: [], tickets: [ticket(1), ticket(2)], results: [] };
      expect(await diffImport(store, plan)).toEqual({ added: 2, updated: 0, unchanged: 0 });
      expect(await applyImport(store, plan)).toEqual({ added: 2, updated: 0, unchanged: 0 });
      expect(await applyImport(store, plan)).toEqual({ added: 0, updated: 0, unchanged: 2 });
      expect(await applyImport(store, { ...plan, tickets: [{ ...ticket(1), seat: '02' }] })).toEqual({ added: 0, updated: 1, unchanged: 0 });
      const mine = await store.ticketsOf('hash-a');
      expect(mine.map((t) => [t.ticketNumber, t.seat, t.track])).toEqual([['N1', '02', 4], ['N2', '01', 4]]);
      expect(await store.personsOf('hash-a')).toEqual([{ orgId: 'sjtu', idHash: 'hash-a', name: '甲', maskedIdNumber: 'm' }]);
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

    it('people per organisation: one organisation neither reads nor renames another\'s record of the same person', async () => {
      const plan = (orgId: string, name: string) => ({ orgId, kind: 'candidates' as const, persons: [{ orgId, idHash: 'hash-p', name, maskedIdNumber: 'm' }], candidates: [], tickets: [], results: [] });
      await applyImport(store, plan('sjtu', '文婕英'));
      expect(await store.personsByHash('kupasi', ['hash-p'])).toEqual([]);
      await applyImport(store, plan('kupasi', '文 婕 英'));
      expect((await store.personsByHash('sjtu', ['hash-p'])).map((p) => p.name)).toEqual(['文婕英']);
      expect((await store.personsByHash('kupasi', ['hash-p'])).map((p) => p.name)).toEqual(['文 婕 英']);
      // The candidate's own binding joins both records.
      expect((await store.personsOf('hash-p')).map((p) => [p.orgId, p.name])).toEqual([['kupasi', '文 婕 英'], ['sjtu', '文婕英']]);
    });

    it('attempts: 30 concurrent takes under one key, at most 5 see a count within a limit of 5; a forgotten one no longer counts', async () => {
      const taken = await Promise.all(Array.from({ length: 30 }, () => store.takeAttempt('guess', 1000, 0)));
      expect(taken.filter((t) => t.count <= 5).length).toBeLessThanOrEqual(5);
      expect(new Set(taken.map((t) => t.id)).size).toBe(30);
      await store.forgetAttempt(taken[0].id);
      expect((await store.takeAttempt('guess', 1001, 0)).count).toBe(30);
      expect((await store.takeAttempt('guess', 1002, 1002)).count).toBe(1);
      expect((await store.takeAttempt('other', 1003, 0)).count).toBe(1);
    });

    it('failures are counted within the window', async () => {
      await store.recordFailure('k', 1000, 0);
      await store.recordFailure('k', 2000, 0);
      expect(await store.countFailures('k', 1500)).toBe(1);
      expect(await store.countFailures('other', 0)).toBe(0);
    });

    it('expired previews are removed, except those being imported', async () => {
      const now = Date.now();
      for (const [id, expiresAt] of [['gone', now - 1], ['writing', now - 1], ['fresh', now + 60_000]] as const) {
        await store.savePreview({ id, orgId: 'sjtu', actor: 'u', kind: 'tickets', fileName: 'f', rowsJson: '[1]', expiresAt });
      }
      await store.prunePreviews(now, ['writing']);
      expect(await store.getPreview('gone', 'sjtu', null)).toBeNull();
      expect((await store.getPreview('writing', 'sjtu', null))?.rowsJson).toBe('[1]');
      expect((await store.getPreview('fresh', 'sjtu', now))?.rowsJson).toBe('[1]');
    });

    it('failures and attempts older than the cut-off the core names are removed when the next failure is recorded', async () => {
      await store.recordFailure('old', 1000, 0);
      await store.takeAttempt('guess', 1000, 0);
      expect((await store.takeAttempt('guess', 5000, 0)).count).toBe(2);
      await store.recordFailure('k', 6000, 2000);
      expect(await store.countFailures('old', 0)).toBe(0);
      expect(await store.countFailures('k', 0)).toBe(1);
      // Counted from the beginning of time, only the recent attempt and a new one are left.
      expect((await store.takeAttempt('guess', 6000, 0)).count).toBe(2);
    });

    it('import rows: only those that changed are written; a result whose outcomes are the same keeps its publication day', async () => {
      const results = (publishedOn: string, theory: 'pass' | 'fail') => ({
        orgId: 'sjtu', kind: 'results' as const, persons: [], candidates: [], tickets: [],
        results: [{ ticketId: 't_1', orgId: 'sjtu', theory, practical: 'pass' as const, review: null, marking: false, publishedOn }],
      });
      await applyImport(store, { orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], tickets: [ticket(1)], results: [] });
      expect(await applyImport(store, results('2026-11-01', 'pass'))).toEqual({ added: 1, updated: 0, unchanged: 0 });
      expect(await applyImport(store, results('2026-11-20', 'pass'))).toEqual({ added: 0, updated: 0, unchanged: 1 });
      expect((await store.resultsOf(['t_1']))[0].publishedOn).toBe('2026-11-01');
      expect(await applyImport(store, results('2026-11-21', 'fail'))).toEqual({ added: 0, updated: 1, unchanged: 0 });
      expect((await store.resultsOf(['t_1']))[0]).toMatchObject({ theory: 'fail', publishedOn: '2026-11-21' });
    });

    it('ticket counts per session: only that organisation and month, sessions without tickets absent', async () => {
      for (const s of [session('s1', 'sjtu', '2027-01'), session('s2', 'sjtu', '2027-01'), session('s3', 'sjtu', '2027-02'), session('k1', 'kupasi', '2027-01')]) {
        await store.putSession(s);
      }
      const tickets = [
        ...[1, 2, 3].map((n) => ticket(n)),
        { ...ticket(4), sessionId: 's3' },
        { ...ticket(5), id: 'k_5', orgId: 'kupasi', sessionId: 'k1' },
        { ...ticket(6), id: 'k_6', orgId: 'kupasi', sessionId: 'k1' },
      ];
      await applyImport(store, { orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], tickets, results: [] });
      expect(Object.fromEntries(await store.ticketCountsBySession('sjtu', '2027-01'))).toEqual({ s1: 3 });
      expect(Object.fromEntries(await store.ticketCountsBySession('sjtu', '2027-02'))).toEqual({ s3: 1 });
      expect(Object.fromEntries(await store.ticketCountsBySession('kupasi', '2027-01'))).toEqual({ k1: 2 });
      expect((await store.ticketCountsBySession('sjtu', '2027-03')).size).toBe(0);
    });

    it('ticket counts per session: every session of a busy month, not just the first rows', async () => {
      const ids = Array.from({ length: 45 }, (_, i) => `m${String(i).padStart(2, '0')}`);
      for (const id of ids) await store.putSession(session(id, 'sjtu', '2027-03'));
      const tickets = ids.flatMap((sessionId, i) => Array.from({ length: (i % 3) + 1 }, (_, k) => ({ ...ticket(i * 10 + k), sessionId })));
      await applyImport(store, { orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], tickets, results: [] });
      const counts = await store.ticketCountsBySession('sjtu', '2027-03');
      expect(counts.size).toBe(45);
      expect(ids.map((id) => counts.get(id))).toEqual(ids.map((_, i) => (i % 3) + 1));
    });

    it('documents keep every version and list the newest', async () => {
      const base = { documentId: 'd1', orgId: 'sjtu', occupationId: null, kind: 'notice' as const, title: 't', fileName: 'f.pdf', size: 3, sha256: 'x', publishedOn: '2026-11-21', demo: false };
      await store.putDocumentVersion({ ...base, version: 1, blobKey: 'b1' }, new Uint8Array([1, 2, 3]));
      await store.putDocumentVersion({ ...base, version: 2, blobKey: 'b2' }, new Uint8Array([4, 5, 6]));
      expect((await store.listDocuments('sjtu')).map((d) => d.version)).toEqual([2]);
      expect((await store.documentVersions('d1')).map((d) => d.version)).toEqual([2, 1]);
      expect(Array.from((await store.readBlob('b1'))!)).toEqual([1, 2, 3]);
    });

    // One block per port not covered above, each against its documented contract (src/ports/index.ts).
    describe('ProfilePort', () => {
      it('a saved profile reads back until deleted', async () => {
        const profile = { applicant: { birthDate: '1990-01-01' }, orgId: 'sjtu', savedAt: '2026-11-21T00:00:00Z' } as unknown as SavedProfile;
        expect(await store.getProfile('u')).toBeNull();
        await store.putProfile('u', profile);
        expect(await store.getProfile('u')).toEqual(profile);
        expect(await store.deleteProfile('u')).toBe(true);
        expect(await store.deleteProfile('u')).toBe(false);
        expect(await store.getProfile('u')).toBeNull();
      });
    });

    describe('PeoplePort: bindings', () => {
      it('one binding per identity, found both ways', async () => {
        await store.putBinding('u1', 'hash-a', '2026-11-21T00:00:00Z');
        await store.putBinding('u2', 'hash-a', '2026-11-21T00:00:00Z');
        await store.putBinding('u2', 'hash-b', '2026-11-21T00:01:00Z');
        expect(await store.getBinding('u2')).toBe('hash-b');
        expect((await store.identitiesBoundTo(['hash-a', 'hash-b'])).sort((a, b) => a.identity.localeCompare(b.identity))).toEqual([{ identity: 'u1', idHash: 'hash-a' }, { identity: 'u2', idHash: 'hash-b' }]);
        expect(await store.bindingsOf(['u1', 'nobody'])).toEqual([{ identity: 'u1', idHash: 'hash-a' }]);
        expect(await store.deleteBinding('u1')).toBe(true);
        expect(await store.deleteBinding('u1')).toBe(false);
        expect(await store.getBinding('u1')).toBeNull();
      });
    });

    describe('SessionPort and TicketPort', () => {
      it('sessions filtered by occupation, track and month, in month and date order; a rollover moves its tickets', async () => {
        await store.putSession(session('s2', 'sjtu', '2027-02'));
        await store.putSession({ ...session('s1', 'sjtu', '2027-01'), track: 3 });
        await store.putSession({ ...session('s3', 'sjtu', '2027-01'), occupationId: '4-07-05-04' });
        await store.putSession(session('k1', 'kupasi', '2027-01'));
        expect((await store.listSessions({ orgId: 'sjtu' })).map((x) => x.id)).toEqual(['s1', 's3', 's2']);
        expect((await store.listSessions({ orgId: 'sjtu', month: '2027-01' })).map((x) => x.id)).toEqual(['s1', 's3']);
        expect((await store.listSessions({ orgId: 'sjtu', track: 4 })).map((x) => x.id)).toEqual(['s3', 's2']);
        expect((await store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month: '2027-02' })).map((x) => x.id)).toEqual(['s2']);
        expect((await store.sessionsByIds(['s2', 'k1', 'none'])).map((x) => x.id).sort()).toEqual(['k1', 's2']);
        await applyImport(store, { orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], tickets: [ticket(1), { ...ticket(2), sessionId: 's2' }], results: [] });
        const moved = { ...session('s1', 'sjtu', '2027-01'), date: '2027-01-16', track: 3 as const };
        expect(await store.rolloverSession(moved, '2027-01-16')).toBe(1);
        expect((await store.getSession('s1'))?.date).toBe('2027-01-16');
        expect((await store.ticketsOfSessions(['s1'])).map((t) => [t.ticketNumber, t.examDate])).toEqual([['N1', '2027-01-16']]);
      });

      it('tickets by person in date order, by organisation, month and number, by people', async () => {
        await store.putSession(session('s1', 'sjtu', '2027-01'));
        await store.putSession(session('s2', 'sjtu', '2027-02'));
        await applyImport(store, {
          orgId: 'sjtu', kind: 'tickets', persons: [], candidates: [], results: [],
          tickets: [{ ...ticket(3), sessionId: 's2', examDate: '2027-02-06' }, ticket(2), { ...ticket(1, 'hash-b') }],
        });
        expect((await store.ticketsOf('hash-a')).map((t) => t.ticketNumber)).toEqual(['N2', 'N3']);
        expect((await store.ticketsOfOrg('sjtu')).map((t) => t.ticketNumber)).toEqual(['N1', 'N2', 'N3']);
        expect((await store.ticketsOfOrg('sjtu', { month: '2027-01' })).map((t) => t.ticketNumber)).toEqual(['N1', 'N2']);
        expect((await store.ticketsOfOrg('sjtu', { ticketNumbers: ['N3', 'N9'] })).map((t) => t.ticketNumber)).toEqual(['N3']);
        expect(await store.ticketsOfOrg('kupasi', { ticketNumbers: ['N3'] })).toEqual([]);
        expect((await store.ticketsOfPeople(['hash-b'])).map((t) => t.ticketNumber)).toEqual(['N1']);
      });
    });

    describe('AnnouncementPort', () => {
      it('newest first; withdrawn ones only when asked', async () => {
        const a = (id: string, publishedAt: string, withdrawn = false) => ({ id, orgId: 'sjtu', title: id, body: 'b', publishedAt, updatedAt: publishedAt, withdrawn, demo: false });
        await store.putAnnouncement(a('a1', '2026-11-01T00:00:00Z'));
        await store.putAnnouncement(a('a2', '2026-11-02T00:00:00Z'));
        await store.putAnnouncement(a('a3', '2026-11-03T00:00:00Z', true));
        expect((await store.listAnnouncements('sjtu', false)).map((x) => x.id)).toEqual(['a2', 'a1']);
        expect((await store.listAnnouncements('sjtu', true)).map((x) => x.id)).toEqual(['a3', 'a2', 'a1']);
        expect((await store.getAnnouncement('a3'))?.withdrawn).toBe(true);
        expect(await store.listAnnouncements('kupasi', true)).toEqual([]);
      });
    });

    describe('NoticePort', () => {
      const notice = (orgId: string, version: number) => ({
        orgId, version, status: 'published' as const, document: { ...SJTU_2025, orgId, version },
        publishedAt: `2026-11-0${String(version)}T00:00:00Z`, publishedBy: 'staff-1', pdfDocumentId: 'doc-1', withdrawnAt: null,
      });
      it('a version is stored once; published ones listed; a withdrawn one stays readable', async () => {
        expect(await store.insertNotice(notice('sjtu', 2))).toBe(true);
        expect(await store.insertNotice({ ...notice('sjtu', 2), publishedBy: 'other' })).toBe(false);
        expect(await store.insertNotice(notice('sjtu', 3))).toBe(true);
        expect(await store.insertNotice(notice('acme', 1))).toBe(true);
        expect((await store.listNotices('sjtu')).map((n) => [n.version, n.publishedBy])).toEqual([[2, 'staff-1'], [3, 'staff-1']]);
        expect((await store.listNotices('sjtu'))[0]?.document).toEqual({ ...SJTU_2025, version: 2 });
        expect(await store.withdrawNotice('sjtu', 2, '2026-11-05T00:00:00Z')).toBe(true);
        expect(await store.withdrawNotice('sjtu', 2, '2026-11-06T00:00:00Z')).toBe(false);
        expect(await store.withdrawNotice('kupasi', 3, '2026-11-06T00:00:00Z')).toBe(false);
        expect((await store.publishedNotices()).map((n) => `${n.orgId}:${String(n.version)}`)).toEqual(['acme:1', 'sjtu:3']);
        expect((await store.listNotices('sjtu')).map((n) => [n.version, n.status, n.withdrawnAt])).toEqual([
          [2, 'withdrawn', '2026-11-05T00:00:00Z'],
          [3, 'published', null],
        ]);
      });
      it('organisations are registered once', async () => {
        expect(await store.addOrganisation({ id: 'acme', name: '某评价机构', addedAt: '2026-11-01T00:00:00Z' })).toBe(true);
        expect(await store.addOrganisation({ id: 'acme', name: '另一个', addedAt: '2026-11-02T00:00:00Z' })).toBe(false);
        expect(await store.listOrganisations()).toEqual([{ id: 'acme', name: '某评价机构', addedAt: '2026-11-01T00:00:00Z' }]);
      });
    });

    describe('SubscriptionPort', () => {
      it('one per identity, organisation and kind; pages visit each once', async () => {
        const sub = (n: number, orgId: string, kind: 'window-opens' | 'ticket-released') => ({ id: `sub_${n}`, orgId, kind, createdAt: '2026-11-21T00:00:00Z' });
        await store.addSubscriptions('u1', [sub(1, 'sjtu', 'window-opens'), sub(2, 'kupasi', 'ticket-released')]);
        await store.addSubscriptions('u1', [sub(3, 'sjtu', 'window-opens')]);
        await store.addSubscriptions('u2', [sub(4, 'sjtu', 'window-opens'), sub(5, 'sjtu', 'ticket-released')]);
        expect((await store.subscriptionsOf('u1')).map((x) => `${x.orgId}:${x.kind}`)).toEqual(['kupasi:ticket-released', 'sjtu:window-opens']);
        expect((await store.subscriptionsOf('u1', 'sjtu')).map((x) => x.id)).toEqual(['sub_1']);
        const seen: string[] = [];
        for (let after: string | null = null, pages = 0; pages < 10; pages += 1) {
          const page = await store.subscriptionsPage(after, 2);
          seen.push(...page.subscriptions.map((x) => x.id));
          if (!page.next) break;
          after = page.next;
        }
        expect(seen.sort()).toEqual(['sub_1', 'sub_2', 'sub_4', 'sub_5']);
        await store.removeSubscriptions('u2', 'sjtu', ['ticket-released']);
        expect((await store.allSubscriptions()).map((x) => x.id).sort()).toEqual(['sub_1', 'sub_2', 'sub_4']);
      });
    });

    describe('OutboxPort', () => {
      it('a released claim can be claimed again; a sent one stays; newest first', async () => {
        const m = (dedupeKey: string) => ({ orgId: 'sjtu', kind: 'window-opens' as const, dedupeKey, recipient: 'u', fields: { thing1: 'x' } });
        const first = (await store.claimOutbox(m('k1'), '2026-11-21T00:00:00Z'))!;
        await store.releaseOutbox(first);
        expect(await store.claimedKeys(['k1'])).toEqual([]);
        const again = (await store.claimOutbox(m('k1'), '2026-11-21T00:01:00Z'))!;
        expect(again).not.toBeNull();
        await store.markSent(again, '2026-11-21T00:01:01Z');
        await store.releaseOutbox(again);
        expect(await store.claimedKeys(['k1', 'k2'])).toEqual(['k1']);
        await store.claimOutbox(m('k2'), '2026-11-21T00:02:00Z');
        expect((await store.listOutbox('sjtu', 10)).map((x) => [x.dedupeKey, x.sentAt])).toEqual([['k2', null], ['k1', '2026-11-21T00:01:01Z']]);
        expect(await store.listOutbox('kupasi', 10)).toEqual([]);
      });
    });

    describe('AuditPort and MetaPort', () => {
      it('audit newest first per organisation; meta values replace', async () => {
        for (const action of ['a', 'b', 'c']) await store.appendAudit({ at: '2026-11-21T00:00:00Z', actor: 's', orgId: 'sjtu', action, rows: 1, detail: '' });
        expect((await store.listAudit('sjtu', 2)).map((x) => x.action)).toEqual(['c', 'b']);
        expect(await store.listAudit('kupasi', 2)).toEqual([]);
        expect(await store.getMeta('m')).toBeNull();
        await store.setMeta('m', '1');
        await store.setMeta('m', '2');
        expect(await store.getMeta('m')).toBe('2');
      });
    });

    describe('SigningKeyPort', () => {
      it('the first active key stays; a rotation retires it and makes the new one active', async () => {
        const key = (keyId: string) => ({ keyId, orgId: 'sjtu', publicKey: `pub-${keyId}`, privateKey: `priv-${keyId}`, status: 'active' as const, createdAt: '2026-11-21T00:00:00Z', retiredAt: null });
        expect((await store.claimSigningKey(key('k1'))).keyId).toBe('k1');
        expect((await store.claimSigningKey(key('k2'))).keyId).toBe('k1');
        await store.rotateSigningKey(key('k3'), '2026-11-22T00:00:00Z');
        const keys = await store.signingKeys('sjtu');
        expect(keys.map((k) => [k.keyId, k.status, k.retiredAt]).sort()).toEqual([['k1', 'retired', '2026-11-22T00:00:00Z'], ['k3', 'active', null]]);
        expect(await store.signingKeys('kupasi')).toEqual([]);
      });
    });

    describe('CheckinPort', () => {
      it('one per ticket: an earlier time replaces a later one, a later one is a duplicate', async () => {
        const c = (ticketId: string, at: string, deviceId = 'd1') => ({ ticketId, orgId: 'sjtu', sessionId: 's1', at, method: 'code' as const, deviceId });
        expect(await store.putCheckins([c('t_1', '2027-01-09T01:05:00Z'), c('t_2', '2027-01-09T01:00:00Z')])).toEqual({ added: 2, duplicates: 0 });
        expect(await store.putCheckins([c('t_1', '2027-01-09T01:01:00Z', 'd2'), c('t_2', '2027-01-09T01:09:00Z', 'd2')])).toEqual({ added: 0, duplicates: 2 });
        expect((await store.checkinsOfSessions(['s1'])).map((x) => [x.ticketId, x.at, x.deviceId])).toEqual([
          ['t_2', '2027-01-09T01:00:00Z', 'd1'],
          ['t_1', '2027-01-09T01:01:00Z', 'd2'],
        ]);
      });
    });
  });
}

contract('sqlite (:memory:)', async () => new SqliteStore(':memory:'));

const realCredentials = credentialsPresent();
let fixture: StandinFixture | null = null;
if (!realCredentials) {
  beforeAll(async () => {
    fixture = await standinFixture();
  });
  afterAll(() => fixture?.close());
  contract('cloudbase adapter, real SDK, stand-in of CloudBase', () => fixture!.store());
}

if (realCredentials) {
  // A fresh collection prefix per run keeps runs apart in a shared environment.
  contract('cloudbase', async () => {
    const prefix = `test_${Date.now()}_`;
    await setupCloudbase(loadManager(), prefix);
    return new CloudbaseStore(loadCloudbase(), prefix);
  });
} else {
  console.log('CloudBase store contract not run: TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not set.');
}

describe('the whole app over the CloudBase adapter (real SDK, stand-in)', () => {
  it('seeds, binds, shows tickets and results, imports idempotently, sends reminders once', async () => {
    if (!fixture) return; // Real credentials: the run above covers the adapter.
    const { createLocalRuntime } = await import('../src/runtime/local');
    const { seedDemo } = await import('../src/demo/seed');
    const { dispatch } = await import('../src/functions');
    const { sweep } = await import('../src/core/reminders');
    const { DEMO_RELEASED, DEMO_RESULTS } = await import('../src/demo/candidates');
    const runtime = createLocalRuntime({ dataDir: null, fixedToday: TODAY, secrets: TEST_SECRETS });
    const app = { ...runtime.app, store: await fixture.store() };
    await seedDemo(app);
    await app.store.addStaff('sjtu', 'staff-sjtu', '2026-11-01T00:00:00Z');
    const call = (fn: string, event: object, identity: string | null = 'cand') => dispatch(fn, event, { identity }, app);

    expect((await call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber })).ok).toBe(true);
    const mine = (await call('tickets', { action: 'mine' })) as { ok: true; data: { tickets: { released: boolean }[] } };
    expect(mine.data.tickets.map((t) => t.released)).toEqual([true]);
    expect((await call('tickets', { action: 'bind', name: DEMO_RESULTS.name, idNumber: DEMO_RESULTS.idNumber }, 'cand-2')).ok).toBe(true);
    const results = (await call('results', { action: 'mine' }, 'cand-2')) as { ok: true; data: { results: { published: boolean }[] } };
    expect(results.data.results.map((r) => r.published)).toEqual([true]);

    const session = (await app.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4 })).find((s) => s.date && s.month > TODAY.slice(0, 7))!;
    const file = Buffer.from(
      `准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号\nC0001,云一,${bulkIdNumber(7)},人工智能训练师,四级,团体,${session.date},09:00-11:30,考点,第1考场,01\n`,
    ).toString('base64');
    for (const expected of [{ added: 1, updated: 0, unchanged: 0 }, { added: 0, updated: 0, unchanged: 1 }]) {
      const preview = (await call('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: file }, 'staff-sjtu')) as { ok: true; data: { previewId: string; problems: unknown[] } };
      expect(preview.data.problems).toEqual([]);
      const confirmed = await call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.data.previewId }, 'staff-sjtu');
      expect(confirmed).toEqual({ ok: true, data: { kind: 'tickets', ...expected } });
    }

    expect((await call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['ticket-released', 'window-opens', 'window-closing'] })).ok).toBe(true);
    const first = await sweep(app);
    const second = await sweep(app);
    expect(first.claimed).toBeGreaterThan(0);
    expect(second.claimed).toBe(0);
  });
});

describe('imports over the CloudBase adapter, in steps', () => {
  it('a confirm that runs out of time answers its progress; confirming again continues until all is written, once', async () => {
    if (!fixture) return;
    const { createLocalRuntime } = await import('../src/runtime/local');
    const { seedDemo } = await import('../src/demo/seed');
    const imports = await import('../src/core/imports');
    const { IMPORT_BATCH } = await import('../src/adapters/cloudbase');
    const { bulkTicketRows, TICKET_HEADERS } = await import('./fixtures/bulk');
    const runtime = createLocalRuntime({ dataDir: null, fixedToday: TODAY, secrets: TEST_SECRETS });
    const store = await fixture.store();
    const app = { ...runtime.app, store };
    await seedDemo(app);
    const session = (await store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month: '2027-01' }))[0];
    const rows = 2 * IMPORT_BATCH + 100;
    const bytes = Buffer.from([TICKET_HEADERS, ...bulkTicketRows(rows, session.date!, 'S')].map((r) => r.join(',')).join('\n'));
    const preview = await imports.preview(app, 'staff', 'sjtu', { kind: 'tickets', fileName: 's.csv', bytes });
    expect(preview.problems).toEqual([]);
    const answers = [];
    for (let call = 0; call < 10; call += 1) {
      // No time left after the first step of each call.
      const answer = await imports.confirm(app, 'sjtu', preview.previewId!, undefined, 0);
      answers.push(answer.progress ?? null);
      if (!answer.progress) {
        expect(answer).toEqual({ kind: 'tickets', added: rows, updated: 0, unchanged: 0 });
        break;
      }
    }
    // Persons in three steps, then tickets in three: staff saw the written rows grow.
    expect(answers).toEqual([
      { written: 0, total: rows },
      { written: 0, total: rows },
      { written: 0, total: rows },
      { written: IMPORT_BATCH, total: rows },
      { written: 2 * IMPORT_BATCH, total: rows },
      null,
    ]);
    expect((await store.ticketsOfOrg('sjtu', { month: '2027-01' })).filter((t) => t.ticketNumber.startsWith('S'))).toHaveLength(rows);
    // Confirming a finished import repeats its answer.
    expect(await imports.confirm(app, 'sjtu', preview.previewId!)).toEqual({ kind: 'tickets', added: rows, updated: 0, unchanged: 0 });
  });
});

describe('indexes over the CloudBase adapter', () => {
  // Runs after every test above: each query the adapter made on the stand-in, whatever path made it.
  it('every query the adapter made is served by an index cloudbase:setup created', () => {
    if (!fixture) return;
    expect(fixture.standin.db.queries.length).toBeGreaterThan(100);
    const described = fixture.standin.db.unserved().map((q) => `${q.collection.replace(/^t\d+_/, '')} where ${q.fields.join(',') || '-'} order ${q.order.map(([f, d]) => `${f}:${d}`).join(',') || '-'} (${q.action})`);
    expect([...new Set(described)]).toEqual([]);
  });
});
