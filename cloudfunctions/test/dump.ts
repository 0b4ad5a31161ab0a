/** Every row of every data table, in a stable order: to compare a database before and after. */
import type Database from 'better-sqlite3';
import type { LocalRuntime } from '../src/runtime/local';

export const DATA_TABLES = ['persons', 'candidates', 'tickets', 'results', 'sessions', 'document_versions', 'announcements', 'bindings'];

export function dumpDb(db: Database.Database): string {
  return JSON.stringify(DATA_TABLES.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
}

export function dumpData(rt: LocalRuntime): string {
  return dumpDb(rt.store.db);
}
