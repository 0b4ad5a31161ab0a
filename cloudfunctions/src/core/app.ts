/**
 * What every core service receives: the store, the clock, the keyed ID hash,
 * and the two outward-facing ports (download URLs, reminder sending).
 * Built once per process by the local runner or the CloudBase entry.
 */
import crypto from 'node:crypto';
import type { Store, DocumentVersionRecord } from '../ports';
import type { Clock } from './clock';
import { ApiError, MESSAGES } from './errors';

export interface FileUrls {
  /**
   * A short-lived URL that downloads exactly this version, and, in CloudBase, the storage
   * file id (the mini program downloads by id, which needs no download-domain allow-list).
   */
  urlFor(document: DocumentVersionRecord, now: number): Promise<{ url: string; expiresAt: string; fileId?: string }>;
}

export interface OutgoingReminder {
  recipient: string;
  kind: string;
  fields: Record<string, string>;
}

export interface ReminderSender {
  send(reminder: OutgoingReminder): Promise<void>;
}

export interface App {
  store: Store;
  clock: Clock;
  /** Keyed hash of a normalised 身份证号: the only form in which it is stored. */
  hashIdNumber(normalized: string): string;
  fileUrls: FileUrls;
  sender: ReminderSender;
  /** Random ids for new records. */
  newId(prefix: string): string;
}

/** Who is calling: the platform's openid or the runner's cookie identity; null when anonymous. */
export interface Caller {
  identity: string | null;
}

export function makeIdHasher(key: string): (normalized: string) => string {
  if (key.length < 16) throw new Error('ID hash key must be at least 16 characters');
  return (normalized) => crypto.createHmac('sha256', key).update(normalized).digest('hex');
}

export function newRandomId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(9).toString('base64url')}`;
}

export function requireIdentity(caller: Caller): string {
  if (!caller.identity) throw new ApiError('UNAUTHENTICATED', MESSAGES.unauthenticated);
  return caller.identity;
}

/** Staff of `orgId` only; everyone else (including staff of other organisations) is FORBIDDEN. */
export async function requireStaff(app: App, caller: Caller, orgId: string): Promise<string> {
  const identity = requireIdentity(caller);
  const orgs = await app.store.staffOrgs(identity);
  if (!orgs.includes(orgId)) throw new ApiError('FORBIDDEN', MESSAGES.forbidden);
  return identity;
}

export function isoNow(app: App): string {
  return new Date(app.clock.now()).toISOString();
}
