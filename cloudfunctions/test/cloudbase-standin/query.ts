/**
 * The MongoDB-style query, update and aggregation semantics CloudBase's database follows,
 * over plain documents: what the SDK's serialisers (@cloudbase/database `QuerySerializer`,
 * `UpdateSerializer`, `Aggregation`) send. Only the operators the SDK can emit for the
 * commands the project and its tests use; anything else is refused loudly rather than guessed.
 */
export type Doc = Record<string, unknown>;

function fieldOf(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Doc)[part];
  }
  return value;
}

function setField(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof target[part] !== 'object' || target[part] === null) target[part] = {};
    target = target[part] as Doc;
  }
  target[parts[parts.length - 1]] = value;
}

function unsetField(doc: Doc, path: string): void {
  const parts = path.split('.');
  let target: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof target !== 'object' || target === null) return;
    target = (target as Doc)[part];
  }
  if (typeof target === 'object' && target !== null) delete (target as Doc)[parts[parts.length - 1]];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** BSON comparison order, reduced to the types stored here: null < numbers < strings < booleans. */
export function compare(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : typeof v === 'boolean' ? 4 : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

function equalsOrContains(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (Array.isArray(actual) && !Array.isArray(expected)) return actual.some((item) => same(item, expected));
  if (actual === undefined) return expected === null;
  if (typeof actual !== 'object' || typeof expected !== 'object') return false;
  return same(actual, expected);
}

/** `$in` over plain values compares by identity through a set (imports ask for 500 ids at a time). */
const inSets = new WeakMap<unknown[], Set<unknown>>();
function inList(actual: unknown, list: unknown[]): boolean {
  if (actual === null || actual === undefined || typeof actual !== 'object') {
    let set = inSets.get(list);
    if (!set) inSets.set(list, (set = new Set(list)));
    if (set.has(actual)) return true;
    if (actual !== undefined) return false;
  }
  return list.some((v) => equalsOrContains(actual, v));
}

function matchOperator(actual: unknown, op: string, operand: unknown): boolean {
  switch (op) {
    case '$eq':
      return equalsOrContains(actual, operand);
    case '$ne':
      return !equalsOrContains(actual, operand);
    case '$in':
      return inList(actual, operand as unknown[]);
    case '$nin':
      return !inList(actual, operand as unknown[]);
    case '$gt':
      return actual !== undefined && actual !== null && compare(actual, operand) > 0;
    case '$gte':
      return actual !== undefined && actual !== null && compare(actual, operand) >= 0;
    case '$lt':
      return actual !== undefined && actual !== null && compare(actual, operand) < 0;
    case '$lte':
      return actual !== undefined && actual !== null && compare(actual, operand) <= 0;
    case '$exists':
      return (actual !== undefined) === Boolean(operand);
    default:
      throw new QueryError(`unsupported query operator ${op}`);
  }
}

export class QueryError extends Error {}

export function matches(doc: Doc, query: Doc): boolean {
  return Object.entries(query).every(([key, expected]) => {
    if (key === '$and') return (expected as Doc[]).every((q) => matches(doc, q));
    if (key === '$or') return (expected as Doc[]).some((q) => matches(doc, q));
    if (key === '$nor') return !(expected as Doc[]).some((q) => matches(doc, q));
    const actual = fieldOf(doc, key);
    if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) {
      const entries = Object.entries(expected as Doc);
      if (entries.length > 0 && entries.every(([k]) => k.startsWith('$'))) {
        return entries.every(([op, operand]) => matchOperator(actual, op, operand));
      }
    }
    return equalsOrContains(actual, expected);
  });
}

/** `set()` replaces; `update()` sends `$set`-style operators (UpdateSerializer, merge: true). */
export function applyUpdate(doc: Doc, update: Doc, merge: boolean): Doc {
  if (!merge) return { _id: doc._id, ...structuredClone(update) };
  const out = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    if (!op.startsWith('$')) {
      setField(out, op, structuredClone(fields));
      continue;
    }
    for (const [path, value] of Object.entries(fields as Doc)) {
      if (op === '$set') setField(out, path, structuredClone(value));
      else if (op === '$unset') unsetField(out, path);
      else if (op === '$inc') setField(out, path, ((fieldOf(out, path) as number | undefined) ?? 0) + (value as number));
      else if (op === '$max') setField(out, path, compare(fieldOf(out, path), value) < 0 ? value : fieldOf(out, path));
      else if (op === '$push') {
        const each = typeof value === 'object' && value !== null && '$each' in value ? ((value as Doc).$each as unknown[]) : [value];
        setField(out, path, [...((fieldOf(out, path) as unknown[] | undefined) ?? []), ...each]);
      } else throw new QueryError(`unsupported update operator ${op}`);
    }
  }
  return out;
}

export function sortDocs(docs: Doc[], order: Record<string, number>): Doc[] {
  const keys = Object.entries(order);
  return [...docs].sort((a, b) => {
    for (const [key, direction] of keys) {
      const c = compare(fieldOf(a, key), fieldOf(b, key));
      if (c !== 0) return c * direction;
    }
    return 0;
  });
}

function evaluate(doc: Doc, expression: unknown): unknown {
  if (typeof expression === 'string' && expression.startsWith('$')) return fieldOf(doc, expression.slice(1));
  return expression;
}

/** The aggregation stages the SDK's `Aggregation` builder emits: match, group (sum/first/max/min), sort, skip, limit, project, count. */
export function aggregate(docs: Doc[], stages: { stageKey: string; value: unknown }[]): Doc[] {
  let rows = docs;
  for (const { stageKey, value } of stages) {
    switch (stageKey) {
      case '$match':
        rows = rows.filter((d) => matches(d, value as Doc));
        break;
      case '$sort':
        rows = sortDocs(rows, value as Record<string, number>);
        break;
      case '$skip':
        rows = rows.slice(value as number);
        break;
      case '$limit':
        rows = rows.slice(0, value as number);
        break;
      case '$count':
        rows = [{ [value as string]: rows.length }];
        break;
      case '$project': {
        const spec = value as Record<string, unknown>;
        rows = rows.map((d) => {
          const out: Doc = spec._id === 0 || spec._id === false ? {} : { _id: d._id };
          for (const [k, v] of Object.entries(spec)) if (k !== '_id' && v) out[k] = v === 1 || v === true ? fieldOf(d, k) : evaluate(d, v);
          return out;
        });
        break;
      }
      case '$group': {
        const { _id: key, ...accumulators } = value as Doc;
        const groups = new Map<string, { id: unknown; members: Doc[] }>();
        for (const d of rows) {
          const id = evaluate(d, key);
          const k = JSON.stringify(id ?? null);
          if (!groups.has(k)) groups.set(k, { id: id ?? null, members: [] });
          groups.get(k)!.members.push(d);
        }
        rows = [...groups.values()].map(({ id, members }) => {
          const out: Doc = { _id: id };
          for (const [field, accumulator] of Object.entries(accumulators)) {
            const [[op, operand]] = Object.entries(accumulator as Doc);
            const values = members.map((m) => evaluate(m, operand));
            if (op === '$sum') out[field] = values.reduce((t: number, v) => t + (typeof v === 'number' ? v : 0), 0);
            else if (op === '$first') out[field] = values[0];
            else if (op === '$max') out[field] = values.reduce((m, v) => (compare(v, m) > 0 ? v : m));
            else if (op === '$min') out[field] = values.reduce((m, v) => (compare(v, m) < 0 ? v : m));
            else throw new QueryError(`unsupported accumulator ${op}`);
          }
          return out;
        });
        break;
      }
      default:
        throw new QueryError(`unsupported aggregation stage ${stageKey}`);
    }
  }
  return rows;
}
