/**
 * `npm run cloudbase:setup`: prepares a CloudBase environment for the functions through CloudBase's
 * management API (@cloudbase/manager-node's database service: CreateTable, DescribeTable,
 * UpdateTable). Creates every collection the CloudBase adapter uses (CloudBase answers
 * DATABASE_COLLECTION_NOT_EXIST until one exists) and every index its queries need
 * (src/adapters/cloudbase/collections.ts). What is there already is left alone: an index with the
 * same fields, directions and uniqueness counts as present whatever its name; only an index of
 * ours whose definition changed is dropped and created again. Running it twice changes nothing.
 * Needs TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY; COLLECTION_PREFIX as the functions use it.
 */
import { credentialsPresent } from '../src/adapters/cloudbase';
import { COLLECTIONS, indexName } from '../src/adapters/cloudbase/collections';

interface IndexKey {
  Name?: string;
  Direction?: string;
}
interface IndexInfo {
  Name: string;
  Unique: boolean;
  Keys: IndexKey[];
}
interface CreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
}

/** The parts of @cloudbase/manager-node's DatabaseService used here, typed structurally. */
export interface DatabaseManager {
  createCollectionIfNotExists(name: string): Promise<{ IsCreated: boolean }>;
  describeCollection(name: string): Promise<{ Indexes?: IndexInfo[] }>;
  updateCollection(name: string, change: { CreateIndexes?: CreateIndex[]; DropIndexes?: { IndexName: string }[] }): Promise<unknown>;
}

/** The manager for the environment in TCB_ENV, with the API keys of the environment variables. */
export function loadManager(env: NodeJS.ProcessEnv = process.env): DatabaseManager {
  // Required here only: the functions never load the management SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const CloudBase = require('@cloudbase/manager-node') as new (config: object) => { database: DatabaseManager };
  return new CloudBase({
    secretId: env.TENCENTCLOUD_SECRETID,
    secretKey: env.TENCENTCLOUD_SECRETKEY,
    token: env.TENCENTCLOUD_SESSIONTOKEN || undefined,
    envId: env.TCB_ENV,
  }).database;
}

export interface SetupReport {
  created: string[];
  existing: string[];
  /** `collection.index`, each created by this run. */
  indexesCreated: string[];
  /** Ours by name, with another definition: dropped and created as declared. */
  indexesReplaced: string[];
  /** Already there with the declared definition (under any name). */
  indexesPresent: string[];
}

function wanted(fields: string[]): CreateIndex {
  return { IndexName: indexName(fields), MgoKeySchema: { MgoIndexKeys: fields.map((Name) => ({ Name, Direction: '1' })), MgoIsUnique: false } };
}

function sameDefinition(existing: IndexInfo, index: CreateIndex): boolean {
  const keys = existing.Keys.map((k) => [k.Name, String(k.Direction)]);
  return Boolean(existing.Unique) === index.MgoKeySchema.MgoIsUnique && JSON.stringify(keys) === JSON.stringify(index.MgoKeySchema.MgoIndexKeys.map((k) => [k.Name, k.Direction]));
}

/** Brings the environment to the declared collections and indexes; one UpdateTable per collection that lacks any. */
export async function setupCloudbase(manager: DatabaseManager = loadManager(), prefix = process.env.COLLECTION_PREFIX ?? ''): Promise<SetupReport> {
  const report: SetupReport = { created: [], existing: [], indexesCreated: [], indexesReplaced: [], indexesPresent: [] };
  for (const collection of COLLECTIONS) {
    const name = `${prefix}${collection.name}`;
    const { IsCreated } = await manager.createCollectionIfNotExists(name);
    (IsCreated ? report.created : report.existing).push(collection.name);
    // A new collection has `_id_` only (DescribeTable: https://cloud.tencent.com/document/api/876/127966).
    const present = IsCreated ? [] : ((await manager.describeCollection(name)).Indexes ?? []);
    const create: CreateIndex[] = [];
    const drop: { IndexName: string }[] = [];
    for (const fields of collection.indexes) {
      const index = wanted(fields);
      const label = `${collection.name}.${index.IndexName}`;
      if (present.some((p) => sameDefinition(p, index))) {
        report.indexesPresent.push(label);
        continue;
      }
      if (present.some((p) => p.Name === index.IndexName)) {
        drop.push({ IndexName: index.IndexName });
        report.indexesReplaced.push(label);
      } else {
        report.indexesCreated.push(label);
      }
      create.push(index);
    }
    if (create.length > 0) await manager.updateCollection(name, { CreateIndexes: create, DropIndexes: drop.length > 0 ? drop : undefined });
  }
  return report;
}

/** What a run did, in the operator's words. */
export function reportLines(report: SetupReport): string[] {
  const list = (items: string[]) => (items.length > 0 ? `：${items.join('、')}` : '');
  return [
    `新建集合 ${report.created.length} 个${list(report.created)}；已存在 ${report.existing.length} 个。`,
    `新建索引 ${report.indexesCreated.length} 个${list(report.indexesCreated)}。`,
    ...(report.indexesReplaced.length > 0 ? [`按声明重建索引 ${report.indexesReplaced.length} 个${list(report.indexesReplaced)}。`] : []),
    `已有索引 ${report.indexesPresent.length} 个，未改动。`,
  ];
}

if (require.main === module) {
  (async () => {
    if (!credentialsPresent()) throw new Error('需要环境变量 TCB_ENV、TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY');
    for (const line of reportLines(await setupCloudbase())) console.log(line);
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
