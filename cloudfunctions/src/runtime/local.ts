/**
 * The local runtime's composition root: one SQLite adapter under DATA_DIR (or in memory) as the
 * store (every port), keys from the environment or DATA_DIR, China's today (or SKILLS_TODAY),
 * signed local download URLs, and an outbox in place of WeChat subscribe messages. The CloudBase
 * counterpart is runtime/cloudbase.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../adapters/sqlite';
import { makeIdHasher, newRandomId, type App, type FileUrls, type ReminderSender } from '../core/app';
import { createClock } from '../core/clock';
import type { DocumentVersionRecord } from '../ports';
import { loadSecrets, type Secrets } from './secrets';

/** Download links live this long. */
export const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

/** The repository root: the nearest folder above this file holding cloudbaserc.json (works from src/ and from a bundle in dist/). */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'cloudbaserc.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..', '..');
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || path.join(REPO_ROOT, '.data'));
}

export function signDownload(urlKey: string, documentId: string, version: number, expires: number): string {
  return crypto.createHmac('sha256', urlKey).update(`${documentId}:${version}:${expires}`).digest('hex');
}

export function localFileUrls(urlKey: string): FileUrls {
  return {
    async urlFor(document: DocumentVersionRecord, now: number) {
      const expires = now + DOWNLOAD_TTL_MS;
      const sig = signDownload(urlKey, document.documentId, document.version, expires);
      const url = `/files/${encodeURIComponent(document.documentId)}/${document.version}/${encodeURIComponent(document.fileName)}?expires=${expires}&sig=${sig}`;
      return { url, expiresAt: new Date(expires).toISOString() };
    },
  };
}

/** Locally a reminder is "sent" by being in the outbox; nothing leaves the machine. */
export const outboxOnlySender: ReminderSender = { async send() {} };

export interface LocalRuntime {
  app: App;
  store: SqliteStore;
  secrets: Secrets;
  dataDir: string | null;
}

export function createLocalRuntime(options: {
  dataDir?: string | null;
  fixedToday?: string;
  now?: () => number;
  secrets?: Secrets;
  sender?: ReminderSender;
} = {}): LocalRuntime {
  const dataDir = options.dataDir === undefined ? defaultDataDir() : options.dataDir;
  const secrets = options.secrets ?? loadSecrets(dataDir);
  const store = new SqliteStore(dataDir ? path.join(dataDir, 'skills.db') : ':memory:');
  const app: App = {
    store,
    clock: createClock({ fixedToday: options.fixedToday, now: options.now }),
    hashIdNumber: makeIdHasher(secrets.idHashKey),
    fileUrls: localFileUrls(secrets.urlKey),
    sender: options.sender ?? outboxOnlySender,
    newId: newRandomId,
  };
  return { app, store, secrets, dataDir };
}
