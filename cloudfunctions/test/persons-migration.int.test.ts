/**
 * People were one record per 身份证号 for every organisation; they are now one per organisation.
 * Existing data moves on both adapters: each person goes to every organisation that has an
 * application or a ticket for them, a person nobody refers to is dropped, the rest is kept.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/adapters/sqlite';
import { MIGRATIONS } from '../src/adapters/sqlite/migrations';
import { CloudbaseStore } from '../src/adapters/cloudbase';
import { COLLECTIONS } from '../src/adapters/cloudbase/collections';
import { standinFixture } from './cloudbase-standin/fixture';

const TICKET_ROW = ['t1', 'kupasi', 'K1', 'hash-both', 'ai-data-labelling', 'special', 'group', 's1', '2026-12-05', '09:00', '{"name":"v","address":"a"}', 'r', '1', 0];

describe('people per organisation: migrating existing data', () => {
  it('SQLite: schema 1 to the current one, the person copied to each organisation that refers to them, 0600', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-migrate-'));
    const file = path.join(dir, 'skills.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]);
    old.pragma('user_version = 1');
    const person = old.prepare('INSERT INTO persons (id_hash, name, masked_id) VALUES (?, ?, ?)');
    person.run('hash-both', '文婕英', '3101**********123*');
    person.run('hash-orphan', '无主', '3101**********999*');
    old.prepare('INSERT INTO candidates (org_id, id_hash, occupation_id, track, channel, via) VALUES (?, ?, ?, ?, ?, ?)').run('sjtu', 'hash-both', '4-04-05-05', '4', 'group', '');
    old.prepare(`INSERT INTO tickets VALUES (${TICKET_ROW.map(() => '?').join(',')})`).run(...TICKET_ROW);
    old.close();
    fs.chmodSync(file, 0o644);

    const store = new SqliteStore(file);
    expect((await store.personsOf('hash-both')).map((p) => [p.orgId, p.name])).toEqual([['kupasi', '文婕英'], ['sjtu', '文婕英']]);
    expect(await store.personsOf('hash-orphan')).toEqual([]);
    expect((await store.ticketsOf('hash-both')).map((t) => t.ticketNumber)).toEqual(['K1']);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('CloudBase: legacy person documents become one per organisation on the first read, once', async () => {
    const fixture = await standinFixture();
    try {
      const prefix = 'migrate_';
      const store = new CloudbaseStore(fixture.tcb, prefix);
      await store.createCollections(COLLECTIONS.map((c) => c.name));
      const db = fixture.tcb.database();
      const collection = (name: string) => db.collection(`${prefix}${name}`);
      await collection('persons').doc('hash-both').set({ idHash: 'hash-both', name: '文婕英', maskedIdNumber: 'm' });
      await collection('persons').doc('hash-orphan').set({ idHash: 'hash-orphan', name: '无主', maskedIdNumber: 'm' });
      await collection('candidates').doc('sjtu:hash-both:4-04-05-05:4').set({ orgId: 'sjtu', idHash: 'hash-both', occupationId: '4-04-05-05', track: '4', channel: 'group', via: '' });
      await collection('tickets').doc('t1').set({ orgId: 'kupasi', idHash: 'hash-both', ticketNumber: 'K1' });

      expect((await store.personsByHash('sjtu', ['hash-both'])).map((p) => p.name)).toEqual(['文婕英']);
      expect((await store.personsOf('hash-both')).map((p) => p.orgId)).toEqual(['kupasi', 'sjtu']);
      expect(await store.personsOf('hash-orphan')).toEqual([]);
      expect((await collection('persons').count()).total).toBe(2);
      expect(await store.getMeta('personsPerOrganisation')).toBe('done');
    } finally {
      await fixture.close();
    }
  });
});
