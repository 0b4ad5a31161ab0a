/**
 * CloudBase's document database as its HTTP API behaves for @cloudbase/node-sdk, held in memory.
 * Each rule cites what it follows:
 *
 * - A collection must be created before use; otherwise every call answers
 *   DATABASE_COLLECTION_NOT_EXIST (https://docs.cloudbase.net/error-code/DATABASE_COLLECTION_NOT_EXIST),
 *   and creating one twice answers DATABASE_COLLECTION_ALREADY_EXIST.
 * - Inserting an existing `_id` answers DATABASE_DUPLICATE_WRITE
 *   (https://docs.cloudbase.net/en/error-code/DATABASE_DUPLICATE_WRITE).
 * - get() returns 100 documents unless limited, and at most 1000 whatever the limit
 *   (@cloudbase/database src/query.ts `get`: `param.limit = limit < 1000 ? limit : 1000` else 100;
 *   the server applies the same ceiling to any caller).
 * - An aggregation without $limit returns 20 rows (CloudBase's Aggregate.end: "默认返回 20 条",
 *   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/Aggregate.limit.html).
 * - A document is at most 16 MB, the BSON limit under the database
 *   (https://developers.weixin.qq.com/community/develop/doc/000c6015024a20c1d6eb9af1756000: "单条记录大小受底层 BSON 限制，不超过 16mb").
 * - Transactions (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/Database.runTransaction.html):
 *   single-document operations only (no where/aggregate inside); reads see the transaction's own writes;
 *   writes are invisible to others until commit and dropped on abort; two transactions writing the
 *   same document, or a transaction writing a document changed since it began, answer
 *   DATABASE_TRANSACTION_CONFLICT (runTransaction retries only on that code, up to 3 times).
 * - Indexes (indexes.ts): a collection is created with `_id_` only; the management API's
 *   DescribeTable lists them and UpdateTable drops and creates them (see tables below). Queries are
 *   served whatever the indexes, as CloudBase serves them (slowly) without one; each query's shape
 *   is kept so a test can ask which queries no index serves.
 */
import crypto from 'node:crypto';
import { EJSON, calculateObjectSize } from 'bson';
import { PRIMARY_INDEX, fieldsOf, sameDefinition, serves, type IndexInfo, type QueryShape } from './indexes';
import { QueryError, aggregate, applyUpdate, matches, sortDocs, type Doc } from './query';

export const DEFAULT_GET_LIMIT = 100;
export const MAX_GET_LIMIT = 1000;
export const DEFAULT_AGGREGATE_LIMIT = 20;
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export class CloudbaseError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Stored {
  doc: Doc;
  /** Commit sequence number of the last write. */
  version: number;
}

interface Transaction {
  startedAt: number;
  /** Pending writes: collection/id → new document, or null for a removal. */
  writes: Map<string, { collection: string; id: string; doc: Doc | null }>;
}

/** The ids a query names through `_id` equality or `$in`, in order without repeats; null otherwise. */
function idsOf(query: Doc): string[] | null {
  const id = query._id;
  if (typeof id === 'string') return [id];
  if (typeof id === 'object' && id !== null && Array.isArray((id as Doc).$in)) return [...new Set((id as { $in: unknown[] }).$in.map(String))];
  return null;
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;
const parse = (text: unknown): Doc => (typeof text === 'string' && text !== '' ? (EJSON.parse(text, { relaxed: true }) as Doc) : {});
const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: false });

export class Database {
  private readonly collections = new Map<string, Map<string, Stored>>();
  private readonly transactions = new Map<string, Transaction>();
  /** Documents each open transaction has written: key → transaction id (a write lock). */
  private readonly locks = new Map<string, string>();
  private sequence = 0;

  /** Each collection's indexes, `_id_` first. */
  readonly indexes = new Map<string, IndexInfo[]>();
  /** The shape of every query that selected documents by their fields (not by `_id` alone), in order. */
  readonly queries: QueryShape[] = [];

  /** Creates a collection with its primary index; false when it exists. */
  createCollection(name: string): boolean {
    if (this.collections.has(name)) return false;
    this.collections.set(name, new Map());
    this.indexes.set(name, [structuredClone(PRIMARY_INDEX)]);
    return true;
  }

  /** A collection's indexes; null when the collection does not exist. */
  indexesOf(name: string): IndexInfo[] | null {
    return this.collections.has(name) ? structuredClone(this.indexes.get(name) ?? []) : null;
  }

  /**
   * UpdateTable: drops, then creates. Creating a name that exists replaces that index (CloudBase's
   * manager documentation: "索引创建时如果已经存在，则会先删除再创建索引",
   * https://docs.cloudbase.net/api-reference/manager/php/clouddatabase); a second index with the
   * definition of another under a new name is refused, as MongoDB refuses it
   * (createIndexes: "Index already exists with a different name"). `_id_` cannot be dropped.
   */
  updateIndexes(name: string, drop: string[], create: IndexInfo[]): void {
    const current = this.indexes.get(name);
    if (!current) throw new CloudbaseError('ResourceNotFound', `table ${name} not found`);
    if (drop.includes(PRIMARY_INDEX.Name)) throw new CloudbaseError('InvalidParameter', 'cannot drop the _id_ index');
    const missing = drop.find((n) => !current.some((i) => i.Name === n));
    if (missing) throw new CloudbaseError('ResourceNotFound', `index ${missing} not found`);
    let next = current.filter((i) => !drop.includes(i.Name));
    for (const index of create) {
      if (index.Keys.length === 0) throw new CloudbaseError('InvalidParameter', `index ${index.Name} has no keys`);
      next = next.filter((i) => i.Name !== index.Name);
      const twin = next.find((i) => sameDefinition(i, index));
      if (twin) throw new CloudbaseError('InvalidParameter', `Index already exists with a different name: ${twin.Name}`);
      next.push(structuredClone(index));
    }
    this.indexes.set(name, next);
  }

  /** The queries so far that no index of their collection serves, each shape once. */
  unserved(): QueryShape[] {
    const seen = new Set<string>();
    return this.queries.filter((q) => {
      const key = JSON.stringify([q.collection, q.fields, q.order]);
      if (seen.has(key) || (this.indexes.get(q.collection) ?? []).some((i) => serves(i, q))) return false;
      seen.add(key);
      return true;
    });
  }

  private record(action: string, collection: unknown, query: Doc, order: Record<string, number> = {}): void {
    this.queries.push({ collection: String(collection), action, fields: fieldsOf(query), order: Object.entries(order) });
  }

  collectionNames(): string[] {
    return [...this.collections.keys()].sort();
  }

  /** Documents of a collection as stored, for assertions. */
  dump(collection: string): Doc[] {
    return [...(this.collections.get(collection)?.values() ?? [])].map((s) => structuredClone(s.doc));
  }

  private collection(name: unknown): Map<string, Stored> {
    const found = typeof name === 'string' ? this.collections.get(name) : undefined;
    if (!found) throw new CloudbaseError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${String(name)}`);
    return found;
  }

  private transaction(id: unknown): Transaction | null {
    if (id === undefined || id === null || id === '') return null;
    const found = this.transactions.get(id as string);
    if (!found) throw new CloudbaseError('DATABASE_TRANSACTION_FAIL', 'transaction not found or already ended');
    return found;
  }

  private checkSize(doc: Doc): void {
    if (calculateObjectSize(doc) > MAX_DOCUMENT_BYTES) {
      throw new CloudbaseError('DATABASE_REQUEST_FAILED', 'document is larger than the maximum size 16777216');
    }
  }

  /** What a reader sees: the transaction's own pending writes over committed data. */
  private visible(name: string, tx: Transaction | null): Doc[] {
    const coll = this.collection(name);
    if (!tx || ![...tx.writes.values()].some((w) => w.collection === name)) return [...coll.values()].map((s) => s.doc);
    const docs = new Map([...coll.entries()].map(([id, s]) => [id, s.doc]));
    for (const w of tx.writes.values()) {
      if (w.collection !== name) continue;
      if (w.doc) docs.set(w.id, w.doc);
      else docs.delete(w.id);
    }
    return [...docs.values()];
  }

  /** Writes one document now, or records it in the transaction after the conflict rules. */
  private write(name: string, id: string, doc: Doc | null, tx: Transaction | null, txId: string | null): void {
    const coll = this.collection(name);
    if (doc) this.checkSize(doc);
    const key = keyOf(name, id);
    if (tx && txId) {
      const holder = this.locks.get(key);
      const stored = coll.get(id);
      if ((holder && holder !== txId) || (stored && stored.version > tx.startedAt)) {
        throw new CloudbaseError('DATABASE_TRANSACTION_CONFLICT', 'transaction write conflict');
      }
      this.locks.set(key, txId);
      tx.writes.set(key, { collection: name, id, doc });
      return;
    }
    this.sequence += 1;
    if (doc) coll.set(id, { doc, version: this.sequence });
    else coll.delete(id);
  }

  handle(action: string, params: Doc): Doc {
    try {
      return this.dispatch(action, params);
    } catch (error) {
      if (error instanceof QueryError) throw new CloudbaseError('DATABASE_REQUEST_FAILED', error.message);
      throw error;
    }
  }

  private dispatch(action: string, p: Doc): Doc {
    switch (action) {
      case 'database.addCollection': {
        const name = p.collectionName as string;
        if (!this.createCollection(name)) throw new CloudbaseError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`);
        return { data: {} };
      }
      case 'database.startTransaction': {
        const id = crypto.randomBytes(12).toString('hex');
        this.transactions.set(id, { startedAt: this.sequence, writes: new Map() });
        return { transactionId: id };
      }
      case 'database.commitTransaction':
        return this.endTransaction(p.transactionId as string, true);
      case 'database.abortTransaction':
        return this.endTransaction(p.transactionId as string, false);
      case 'database.getDocument':
        return this.get(p);
      case 'database.calculateDocument': {
        const query = parse(p.query);
        const docs = this.visible(p.collectionName as string, null);
        this.record(action, p.collectionName, query);
        return { data: { total: docs.filter((d) => matches(d, query)).length } };
      }
      case 'database.insertDocument':
        return this.insert(p);
      case 'database.modifyDocument':
        return this.modify(p);
      case 'database.removeDocument':
        return this.remove(p);
      case 'database.aggregateDocuments': {
        const stages = (p.stages as { stageKey: string; stageValue: string }[]).map((s) => ({ stageKey: s.stageKey, value: EJSON.parse(s.stageValue, { relaxed: true }) }));
        const limited = stages.some((s) => s.stageKey === '$limit') ? stages : [...stages, { stageKey: '$limit', value: DEFAULT_AGGREGATE_LIMIT }];
        const docs = this.visible(p.collectionName as string, null);
        // The first stages are what an index can serve: a leading $match, and a $sort right after it.
        const [first, second] = stages;
        if (first?.stageKey === '$match') this.record(action, p.collectionName, first.value as Doc, second?.stageKey === '$sort' ? (second.value as Record<string, number>) : {});
        return { data: { list: aggregate(docs, limited).map(encode) } };
      }
      default:
        throw new CloudbaseError('INVALID_PARAM', `action ${action} is not served by this stand-in`);
    }
  }

  private endTransaction(id: string, commit: boolean): Doc {
    const tx = this.transaction(id)!;
    this.transactions.delete(id);
    for (const key of tx.writes.keys()) if (this.locks.get(key) === id) this.locks.delete(key);
    if (!commit) return {};
    for (const w of tx.writes.values()) {
      const stored = this.collection(w.collection).get(w.id);
      if (stored && stored.version > tx.startedAt) throw new CloudbaseError('DATABASE_TRANSACTION_CONFLICT', 'transaction write conflict at commit');
    }
    this.sequence += 1;
    for (const w of tx.writes.values()) {
      const coll = this.collection(w.collection);
      if (w.doc) coll.set(w.id, { doc: w.doc, version: this.sequence });
      else coll.delete(w.id);
    }
    return {};
  }

  /** Single-document calls carry queryType DOC and `{ _id }`; only those are allowed in a transaction. */
  private selected(p: Doc, tx: Transaction | null): Doc[] {
    if (tx && p.queryType !== 'DOC') throw new CloudbaseError('DATABASE_TRANSACTION_FAIL', 'only single-document operations are allowed in a transaction');
    const query = parse(p.query);
    const ids = idsOf(query);
    this.collection(p.collectionName);
    if (!tx && p.queryType !== 'DOC') this.record(String(p.action ?? ''), p.collectionName, query, typeof p.order === 'string' && p.order !== '' ? (parse(p.order) as Record<string, number>) : {});
    if (ids && !tx) {
      // The primary index: `_id` (alone or with `$in`) is a lookup, as on the real service.
      const coll = this.collection(p.collectionName);
      return ids.flatMap((id): Doc[] => { const found = coll.get(id); return found ? [found.doc] : []; }).filter((d) => matches(d, query));
    }
    return this.visible(p.collectionName as string, tx).filter((d) => matches(d, query));
  }

  private get(p: Doc): Doc {
    const tx = this.transaction(p.transactionId);
    let docs = this.selected(p, tx);
    if (typeof p.order === 'string' && p.order !== '') docs = sortDocs(docs, parse(p.order) as Record<string, number>);
    const offset = typeof p.offset === 'number' ? p.offset : 0;
    const limit = Math.min(typeof p.limit === 'number' && p.limit > 0 ? p.limit : DEFAULT_GET_LIMIT, MAX_GET_LIMIT);
    return { data: { list: docs.slice(offset, offset + limit).map(encode) }, limit, offset };
  }

  private insert(p: Doc): Doc {
    const tx = this.transaction(p.transactionId);
    const name = p.collectionName as string;
    const coll = this.collection(name);
    const ids: string[] = [];
    for (const text of p.data as string[]) {
      const doc = parse(text);
      const id = typeof doc._id === 'string' || typeof doc._id === 'number' ? String(doc._id) : crypto.randomBytes(16).toString('hex');
      const exists = tx ? this.visible(name, tx).some((d) => d._id === id) : coll.has(id);
      if (exists || ids.includes(id)) throw new CloudbaseError('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error: _id ${id}`);
      this.write(name, id, { ...doc, _id: id }, tx, tx ? (p.transactionId as string) : null);
      ids.push(id);
    }
    return { data: { insertedIds: ids } };
  }

  private modify(p: Doc): Doc {
    const tx = this.transaction(p.transactionId);
    const name = p.collectionName as string;
    const update = parse(p.data);
    const found = this.selected(p, tx);
    const targets = p.multi ? found : found.slice(0, 1);
    for (const doc of targets) this.write(name, doc._id as string, applyUpdate(doc, update, Boolean(p.merge)), tx, tx ? (p.transactionId as string) : null);
    if (targets.length === 0 && p.upsert) {
      const query = parse(p.query);
      const id = typeof query._id === 'string' ? query._id : crypto.randomBytes(16).toString('hex');
      this.write(name, id, { ...applyUpdate({}, update, Boolean(p.merge)), _id: id }, tx, tx ? (p.transactionId as string) : null);
      return { data: { updated: 0, upsert_id: id } };
    }
    return { data: { updated: targets.length } };
  }

  private remove(p: Doc): Doc {
    const tx = this.transaction(p.transactionId);
    const found = this.selected(p, tx);
    const targets = p.multi ? found : found.slice(0, 1);
    for (const doc of targets) this.write(p.collectionName as string, doc._id as string, null, tx, tx ? (p.transactionId as string) : null);
    return { data: { deleted: targets.length } };
  }
}
