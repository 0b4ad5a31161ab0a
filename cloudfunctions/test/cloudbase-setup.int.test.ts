/**
 * `npm run cloudbase:setup` over CloudBase's management API: the real @cloudbase/manager-node,
 * pointed at the stand-in through its own TCB_BASE_URL, creates every collection and index on a
 * fresh environment, changes nothing on a second run, and leaves an index already there alone.
 * That the indexes serve the adapter's queries is checked where the adapter runs
 * (store.contract.int.test.ts, cloudbase-e2e.int.test.ts).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { COLLECTIONS } from '../src/adapters/cloudbase/collections';
import { loadManager, setupCloudbase } from '../scripts/cloudbase-setup';
import { startStandin, type Standin } from './cloudbase-standin';

let standin: Standin;
let restore: () => void;

beforeAll(async () => {
  standin = await startStandin();
  restore = standin.install();
});
afterAll(async () => {
  restore();
  await standin.close();
});

/** Management calls by action since the last reset. */
function managementCalls(): Record<string, number> {
  return Object.fromEntries(Object.entries(standin.counts()).filter(([action]) => action.startsWith('tcb.')));
}

/** A collection's indexes as CloudBase lists them: each name with its fields. */
function indexesOf(name: string): [string, string[]][] {
  return (standin.db.indexesOf(name) ?? []).map((i) => [i.Name, i.Keys.map((k) => `${k.Name}:${k.Direction}`)]);
}

describe('cloudbase:setup through CloudBase\'s management API', () => {
  it('a fresh environment: every collection, and each with _id_ and the indexes its queries need', async () => {
    standin.resetCounts();
    const report = await setupCloudbase(loadManager(), 'fresh_');
    expect(report.created).toHaveLength(COLLECTIONS.length);
    expect(report.existing).toEqual([]);
    expect(report.indexesPresent).toEqual([]);
    expect(standin.db.collectionNames().filter((n) => n.startsWith('fresh_'))).toEqual(COLLECTIONS.map((c) => `fresh_${c.name}`).sort());
    // Literal expectations for two collections, as CloudBase's DescribeTable would list them.
    expect(indexesOf('fresh_tickets')).toEqual([
      ['_id_', ['_id:1']],
      ['idHash_1__id_1', ['idHash:1', '_id:1']],
      ['ticketNumber_1__id_1', ['ticketNumber:1', '_id:1']],
      ['orgId_1__id_1', ['orgId:1', '_id:1']],
      ['orgId_1_sessionId_1_ticketNumber_1', ['orgId:1', 'sessionId:1', 'ticketNumber:1']],
      ['sessionId_1__id_1', ['sessionId:1', '_id:1']],
    ]);
    expect(indexesOf('fresh_failures')).toEqual([
      ['_id_', ['_id:1']],
      ['key_1_at_1', ['key:1', 'at:1']],
      ['at_1', ['at:1']],
    ]);
    const declared = COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0);
    expect(report.indexesCreated).toHaveLength(declared);
    for (const c of COLLECTIONS) expect(standin.db.indexesOf(`fresh_${c.name}`)).toHaveLength(c.indexes.length + 1);
    // One UpdateTable per collection with indexes to create; a created collection is not described twice.
    expect(managementCalls()['tcb.CreateTable']).toBe(COLLECTIONS.length);
    expect(managementCalls()['tcb.UpdateTable']).toBe(COLLECTIONS.filter((c) => c.indexes.length > 0).length);
  });

  it('a second run changes nothing: no collection or index created, no UpdateTable sent', async () => {
    const before = COLLECTIONS.map((c) => indexesOf(`fresh_${c.name}`));
    standin.resetCounts();
    const again = await setupCloudbase(loadManager(), 'fresh_');
    expect(again.created).toEqual([]);
    expect(again.indexesCreated).toEqual([]);
    expect(again.indexesReplaced).toEqual([]);
    expect(again.indexesPresent).toHaveLength(COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0));
    expect(managementCalls()['tcb.CreateTable']).toBeUndefined();
    expect(managementCalls()['tcb.UpdateTable']).toBeUndefined();
    expect(COLLECTIONS.map((c) => indexesOf(`fresh_${c.name}`))).toEqual(before);
  });

  it('an index already there with the same definition under another name is left alone; ours with another definition is rebuilt', async () => {
    const manager = loadManager();
    await manager.createCollectionIfNotExists('old_failures');
    await manager.updateCollection('old_failures', {
      CreateIndexes: [
        { IndexName: 'by_key_and_time', MgoKeySchema: { MgoIndexKeys: [{ Name: 'key', Direction: '1' }, { Name: 'at', Direction: '1' }], MgoIsUnique: false } },
        { IndexName: 'at_1', MgoKeySchema: { MgoIndexKeys: [{ Name: 'at', Direction: '-1' }], MgoIsUnique: false } },
      ],
    });
    const report = await setupCloudbase(manager, 'old_');
    expect(report.indexesPresent).toContain('failures.key_1_at_1');
    expect(report.indexesReplaced).toEqual(['failures.at_1']);
    expect(indexesOf('old_failures')).toEqual([
      ['_id_', ['_id:1']],
      ['by_key_and_time', ['key:1', 'at:1']],
      ['at_1', ['at:1']],
    ]);
  });

  it('the management API refuses a request signed with the wrong key, and a second index of the same definition', async () => {
    const forged = loadManager({ ...process.env, TENCENTCLOUD_SECRETKEY: 'not-the-key' });
    await expect(forged.describeCollection('fresh_tickets')).rejects.toMatchObject({ code: 'AuthFailure.SignatureFailure' });
    const manager = loadManager();
    await expect(
      manager.updateCollection('fresh_failures', { CreateIndexes: [{ IndexName: 'again', MgoKeySchema: { MgoIndexKeys: [{ Name: 'at', Direction: '1' }], MgoIsUnique: false } }] }),
    ).rejects.toMatchObject({ code: 'InvalidParameter' });
  });

  it('the command itself prints what it created, then that nothing was left to do', async () => {
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'scripts', 'cloudbase-setup.ts')], {
        env: { ...process.env, ...standin.env(), COLLECTION_PREFIX: 'cli_' },
      });
    const first = await run();
    expect(first.stdout).toContain(`新建集合 ${COLLECTIONS.length} 个`);
    expect(first.stdout).toContain(`新建索引 ${COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0)} 个`);
    const second = await run();
    expect(second.stdout).toContain(`新建集合 0 个；已存在 ${COLLECTIONS.length} 个。`);
    expect(second.stdout).toContain('新建索引 0 个。');
  }, 30_000);
});
