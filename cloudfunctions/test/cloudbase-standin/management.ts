/**
 * CloudBase's management API (Tencent Cloud API 3.0, service `tcb`, version 2018-06-08), the part
 * `@cloudbase/manager-node` uses to prepare a database: DescribeEnvInfo, CreateTable, DescribeTable,
 * UpdateTable. The manager posts JSON to its `tcb` endpoint, which it reads from TCB_BASE_URL
 * (manager-node lib/utils/cloud-api-request.js `baseUrl`), with the action in `X-TC-Action` and a
 * TC3-HMAC-SHA256 signature; answers are `{ Response: { ..., RequestId } }`, failures
 * `{ Response: { Error: { Code, Message }, RequestId } }` (API 3.0 返回结果).
 *
 * - CreateTable creates a collection (https://cloud.tencent.com/document/api/876/127968).
 * - DescribeTable answers its Indexes and IndexNum (https://cloud.tencent.com/document/api/876/127966);
 *   a table that does not exist is an error (the manager's checkCollectionExists reads any error as
 *   "does not exist").
 * - UpdateTable drops and creates indexes: DropIndexes[].IndexName, CreateIndexes[].{IndexName,
 *   MgoKeySchema: { MgoIndexKeys: [{ Name, Direction }], MgoIsUnique }}
 *   (https://cloud.tencent.com/document/api/876/127964).
 * - DescribeEnvInfo answers the environment's base information, whose Databases[0].InstanceId the
 *   manager sends back as MongoConnector.DatabaseName (manager-node lib/env/index.js `getEnvInfo`,
 *   lib/database/index.js `getMongoConnector`).
 */
import crypto from 'node:crypto';
import { CloudbaseError, type Database } from './database';
import type { IndexInfo } from './indexes';

export const DATABASE_INSTANCE = 'tnt-standin0';

interface MgoIndexKey {
  Name: string;
  Direction: string;
}
interface CreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: MgoIndexKey[]; MgoIsUnique?: boolean };
}

const hash = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => crypto.createHmac('sha256', key).update(data).digest();

/**
 * Checks a TC3-HMAC-SHA256 signature as Tencent Cloud API 3.0 defines it (签名方法 v3): the canonical
 * request (method, path, query, content-type and host headers, body hash) signed with a key derived
 * from the secret through the date, the service and "tc3_request".
 */
export function signatureValid(headers: Record<string, string | string[] | undefined>, method: string, url: URL, body: Buffer, secretId: string, secretKey: string): boolean {
  const authorization = String(headers.authorization ?? '');
  const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!match || match[1] !== secretId) return false;
  const [, , date, service, signature] = match;
  const timestamp = String(headers['x-tc-timestamp'] ?? '');
  if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) return false;
  const canonical = [method, url.pathname, url.search.slice(1), `content-type:${String(headers['content-type'])}\nhost:${url.hostname}\n`, 'content-type;host', hash(body)].join('\n');
  const toSign = ['TC3-HMAC-SHA256', timestamp, `${date}/${service}/tc3_request`, hash(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  return crypto.timingSafeEqual(Buffer.from(signature, 'hex'), hmac(key, toSign));
}

function indexOf(create: CreateIndex): IndexInfo {
  const keys = create.MgoKeySchema?.MgoIndexKeys ?? [];
  for (const key of keys) {
    if (!['1', '-1', '2dsphere'].includes(String(key.Direction))) throw new CloudbaseError('InvalidParameter', `index ${create.IndexName}: direction ${key.Direction}`);
  }
  return { Name: create.IndexName, Unique: Boolean(create.MgoKeySchema?.MgoIsUnique), Keys: keys.map((k) => ({ Name: k.Name, Direction: String(k.Direction) })) };
}

/** One management action on the database; the answer's fields without RequestId. */
export function manage(db: Database, envId: string, action: string, body: Record<string, unknown>): Record<string, unknown> {
  if (action === 'DescribeEnvInfo') {
    if (body.EnvId !== envId) throw new CloudbaseError('ResourceNotFound', `environment ${String(body.EnvId)} not found`);
    return {
      EnvInfo: {
        EnvBaseInfo: {
          EnvId: envId,
          Alias: envId,
          Status: 'NORMAL',
          Databases: [{ InstanceId: DATABASE_INSTANCE, Status: 'RUNNING', Region: 'ap-shanghai' }],
          Storages: [],
          Functions: [],
        },
      },
    };
  }
  if (body.EnvId !== envId) throw new CloudbaseError('ResourceNotFound', `environment ${String(body.EnvId)} not found`);
  const connector = body.MongoConnector as { DatabaseName?: string } | undefined;
  if (connector?.DatabaseName !== DATABASE_INSTANCE) throw new CloudbaseError('InvalidParameter', 'MongoConnector.DatabaseName is not this environment\'s database');
  const table = String(body.TableName ?? '');
  switch (action) {
    case 'CreateTable':
      if (!db.createCollection(table)) throw new CloudbaseError('ResourceInUse', `table ${table} already exists`);
      return {};
    case 'DescribeTable': {
      const indexes = db.indexesOf(table);
      if (!indexes) throw new CloudbaseError('ResourceNotFound', `table ${table} not found`);
      return { Indexes: indexes.map((i) => ({ ...i, Size: 4096, Accesses: { Ops: 0, Since: '2026-11-01T00:00:00.000+08:00' } })), IndexNum: indexes.length };
    }
    case 'UpdateTable': {
      const drop = ((body.DropIndexes as { IndexName: string }[] | undefined) ?? []).map((d) => d.IndexName);
      const create = ((body.CreateIndexes as CreateIndex[] | undefined) ?? []).map(indexOf);
      db.updateIndexes(table, drop, create);
      return {};
    }
    default:
      throw new CloudbaseError('InvalidAction', `action ${action} is not served by this stand-in`);
  }
}
