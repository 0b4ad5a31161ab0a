/**
 * CloudBase's collection indexes as its management API describes them, and which queries they serve.
 *
 * - A new collection has one index, `_id_`, unique on `_id` (DescribeTable's example answer lists it:
 *   https://cloud.tencent.com/document/api/876/127966).
 * - An index is `{ Name, Unique, Keys: [{ Name, Direction }] }`, Direction "1" or "-1" (DescribeTable's
 *   IndexInfo; UpdateTable's CreateIndex/MgoKeySchema: https://cloud.tencent.com/document/api/876/127964).
 * - A query hits a compound index when the fields of its conditions are all the index's fields or
 *   a prefix of them (A, B, C serves A; A, B; A, B, C; never B or B, C), and a sort hits it when
 *   its fields follow in the index's order, with every direction as declared or every one reversed
 *   (CloudBase 管理数据库 › 索引管理 › 组合索引: https://cloud.tencent.com/document/product/876/19371).
 */
export interface IndexKey {
  Name: string;
  Direction: string;
}

export interface IndexInfo {
  Name: string;
  Unique: boolean;
  Keys: IndexKey[];
}

export const PRIMARY_INDEX: IndexInfo = { Name: '_id_', Unique: true, Keys: [{ Name: '_id', Direction: '1' }] };

/** What a query asks of a collection: the fields of its conditions, and its sort. */
export interface QueryShape {
  collection: string;
  action: string;
  fields: string[];
  order: [string, number][];
}

/** Top-level fields a query's conditions name (through `$and` too); `$or` branches are each a query of their own, not served here. */
export function fieldsOf(query: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and') for (const part of value as Record<string, unknown>[]) for (const f of fieldsOf(part)) out.add(f);
    else if (!key.startsWith('$')) out.add(key);
  }
  return [...out].sort();
}

/**
 * Whether the index serves the query: its first fields are the conditions' fields (in any order),
 * then the sort's fields in the sort's order, every direction as declared or every one reversed.
 * A field both filtered and sorted on (a range on the sort key) counts as a sort field.
 */
export function serves(index: IndexInfo, shape: QueryShape): boolean {
  const sort = shape.order.map(([name]) => name);
  // `_id` beside other conditions is checked on the documents those find; alone, the primary index serves it.
  const conditions = shape.fields.filter((f) => f !== '_id' && !sort.includes(f));
  const leading = index.Keys.slice(0, conditions.length).map((k) => k.Name);
  if (leading.length < conditions.length || !conditions.every((f) => leading.includes(f))) return false;
  const following = index.Keys.slice(conditions.length, conditions.length + sort.length);
  if (following.length < sort.length) return false;
  const sameWay = shape.order.every(([name, dir], i) => following[i].Name === name && Number(following[i].Direction) === dir);
  const reversed = shape.order.every(([name, dir], i) => following[i].Name === name && Number(following[i].Direction) === -dir);
  return sameWay || reversed;
}

/** The same definition: the same fields in the same order and directions, and the same uniqueness. */
export function sameDefinition(a: IndexInfo, b: IndexInfo): boolean {
  return a.Unique === b.Unique && JSON.stringify(a.Keys.map((k) => [k.Name, String(k.Direction)])) === JSON.stringify(b.Keys.map((k) => [k.Name, String(k.Direction)]));
}
