/**
 * Every collection the CloudBase adapter uses, with the indexes its queries need. CloudBase answers
 * DATABASE_COLLECTION_NOT_EXIST until a collection is created, so `npm run cloudbase:setup` creates
 * them all, and these indexes, before the first call.
 *
 * A query hits an index when its conditions' fields are the index's first fields, and its sort
 * the fields right after (CloudBase 索引管理 › 组合索引: https://cloud.tencent.com/document/product/876/19371).
 * So each index lists a `where`'s fields, then its `orderBy`; reads of every match page in `_id`
 * order (CloudbaseStore `all`), hence the trailing `_id`. `_id` alone is always indexed.
 * The store contract test checks every query the adapter makes against the indexes setup created.
 */
export interface CollectionSpec {
  name: string;
  /** Compound indexes, each a list of fields in query order. */
  indexes: string[][];
}

/** An index's name as MongoDB names one by default: each field with its direction (all ascending here). */
export function indexName(fields: string[]): string {
  return fields.map((f) => `${f}_1`).join('_');
}

export const COLLECTIONS: CollectionSpec[] = [
  { name: 'meta', indexes: [] },
  { name: 'staff', indexes: [['identity', '_id'], ['orgId', '_id']] },
  { name: 'profiles', indexes: [] },
  { name: 'persons', indexes: [['idHash', '_id']] },
  { name: 'bindings', indexes: [['idHash', '_id']] },
  { name: 'failures', indexes: [['key', 'at'], ['at']] },
  { name: 'attempts', indexes: [['key', 'at'], ['at']] },
  // Occupation and track are filtered in memory: an organisation's sessions of a month are few.
  { name: 'sessions', indexes: [['orgId', '_id'], ['orgId', 'month', '_id']] },
  { name: 'candidates', indexes: [['idHash', '_id']] },
  {
    name: 'tickets',
    indexes: [['idHash', '_id'], ['ticketNumber', '_id'], ['orgId', '_id'], ['orgId', 'sessionId', 'ticketNumber'], ['sessionId', '_id']],
  },
  { name: 'results', indexes: [['ticketId', '_id']] },
  { name: 'previews', indexes: [['expiresAt']] },
  { name: 'previewChunks', indexes: [['previewId'], ['expiresAt', 'previewId']] },
  { name: 'documents', indexes: [['orgId', '_id'], ['documentId', '_id'], ['blobKey', '_id']] },
  { name: 'announcements', indexes: [['orgId', '_id'], ['orgId', 'withdrawn', '_id']] },
  { name: 'subscriptions', indexes: [['identity', '_id'], ['identity', 'orgId', '_id']] },
  { name: 'outbox', indexes: [['numericId', 'sentAt'], ['orgId', 'numericId']] },
  { name: 'audit', indexes: [['orgId', 'id']] },
  { name: 'signing_keys', indexes: [] },
  { name: 'checkins', indexes: [['sessionId', '_id']] },
  { name: 'notices', indexes: [['orgId', '_id'], ['orgId', 'version', 'status'], ['status', '_id']] },
  { name: 'organisations', indexes: [] },
  // One document per year, read whole (a few years at most).
  { name: 'holidays', indexes: [] },
];
