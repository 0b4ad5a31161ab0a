import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/adapters/sqlite';

// Cached answers (ticket lookups) are keyed on the store's data version, so a write by
// another connection to the same file, such as the staff command run while the server
// is up, must change it too.
describe('SQLite data version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skills-version-'));
  const file = join(dir, 'skills.db');
  const server = new SqliteStore(file);
  const otherProcess = new SqliteStore(file);
  afterAll(async () => {
    await server.close();
    await otherProcess.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays the same while nothing is written', () => {
    expect(server.dataVersion()).toBe(server.dataVersion());
  });

  it('changes after a write through this connection', async () => {
    const before = server.dataVersion();
    await server.addStaff('sjtu', 'local_self', '2026-11-21T00:00:00Z');
    expect(server.dataVersion()).not.toBe(before);
  });

  it('changes after another connection commits to the same file', async () => {
    const before = server.dataVersion();
    await otherProcess.addStaff('sjtu', 'local_other', '2026-11-21T00:00:00Z');
    expect(server.dataVersion()).not.toBe(before);
  });
});
