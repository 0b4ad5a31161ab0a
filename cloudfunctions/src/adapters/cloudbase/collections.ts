/**
 * Every collection the CloudBase adapter uses, with the indexes its queries need (the fields of
 * each `where`, then its `orderBy`). CloudBase answers DATABASE_COLLECTION_NOT_EXIST until a
 * collection is created, so `npm run cloudbase:setup` creates them all before the first call.
 * `_id` is always indexed; the adapter keys most documents by a deterministic `_id`.
 */
export interface CollectionSpec {
  name: string;
  /** Compound indexes, each a list of fields in query order. */
  indexes: string[][];
}

export const COLLECTIONS: CollectionSpec[] = [
  { name: 'meta', indexes: [] },
  { name: 'staff', indexes: [['identity'], ['orgId']] },
  { name: 'profiles', indexes: [] },
  { name: 'persons', indexes: [['idHash']] },
  { name: 'bindings', indexes: [['idHash']] },
  { name: 'failures', indexes: [['key', 'at'], ['at']] },
  { name: 'attempts', indexes: [['key', 'at'], ['at']] },
  { name: 'sessions', indexes: [['orgId', 'month'], ['orgId', 'occupationId', 'track']] },
  { name: 'candidates', indexes: [['orgId', 'idHash']] },
  { name: 'tickets', indexes: [['idHash'], ['orgId', 'ticketNumber'], ['sessionId', 'ticketNumber'], ['orgId', 'sessionId']] },
  { name: 'results', indexes: [['ticketId']] },
  { name: 'previews', indexes: [['state', 'expiresAt'], ['expiresAt']] },
  { name: 'previewChunks', indexes: [['previewId', 'index']] },
  { name: 'documents', indexes: [['orgId'], ['documentId'], ['blobKey']] },
  { name: 'announcements', indexes: [['orgId', 'withdrawn']] },
  { name: 'subscriptions', indexes: [['identity', 'orgId']] },
  { name: 'outbox', indexes: [['orgId', 'numericId'], ['numericId']] },
  { name: 'audit', indexes: [['orgId', 'id']] },
  { name: 'signing_keys', indexes: [] },
  { name: 'checkins', indexes: [['sessionId']] },
];
