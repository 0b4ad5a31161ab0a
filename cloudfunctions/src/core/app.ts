/**
 * What every core service receives: the store, the clock, the keyed ID hash,
 * and the two outward-facing ports (download URLs, reminder sending).
 * Built once per process by the local runner or the CloudBase entry.
 */
import crypto from 'node:crypto';
import type { DocumentVersionRecord, LimiterPort, NoticePort, StaffPort, Store } from '../ports';
import type { Clock } from './clock';
import { ApiError, MESSAGES } from './errors';
import { organisationKnown } from './organisations';

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

/**
 * WeChat answered a subscribe-message send with a non-zero errcode: nothing was delivered.
 * Only "system busy" (-1) is worth another try; the rest (43101 the user has no acceptance left,
 * 40003 bad openid, 40037 bad template, 47003 bad fields) would fail again.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
export class SendRefused extends Error {
  readonly retryable: boolean;
  constructor(readonly errcode: number, errmsg: string) {
    super(`subscribe message refused: ${errcode} ${errmsg}`);
    this.name = 'SendRefused';
    this.retryable = errcode === -1;
  }
}

export interface ReminderSender {
  send(reminder: OutgoingReminder): Promise<void>;
}

/** Files staff put in the platform's storage themselves (WeChat: wx.cloud.uploadFile), passed by file id. */
export interface Uploads {
  /** The file's path inside storage, or null when the id is not one of this environment's. */
  pathOf(fileId: string): string | null;
  read(fileId: string): Promise<Uint8Array>;
  remove(fileId: string): Promise<void>;
}

export interface App {
  store: Store;
  clock: Clock;
  /** Keyed hash of a normalised 身份证号: the only form in which it is stored. */
  hashIdNumber(normalized: string): string;
  fileUrls: FileUrls;
  sender: ReminderSender;
  /** Absent where there is no platform storage (the local runner takes files in the request). */
  uploads?: Uploads;
  /** Random ids for new records. */
  newId(prefix: string): string;
}

/** The app with only the named ports as its store: what a core function that takes it may use. */
export type AppWith<P extends object> = Omit<App, 'store'> & { store: P };

/** Who is calling: the platform's openid or the runner's cookie identity; null when anonymous. */
export interface Caller {
  identity: string | null;
  /** The client's network address where the runner knows it (local runner); limits guessing per client. */
  address?: string;
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

/**
 * How long failed guesses and binding attempts are kept: the longest window anything counts them
 * in (refused staff calls are shown for 24 hours; binding windows are shorter). Older ones are
 * removed as new ones are written, on every store.
 */
export const GUESS_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Where refused staff calls to an organisation are counted (24 hours, for the audit view). */
export function staffRefusalKey(orgId: string): string {
  return `log:staff-refused:${orgId}`;
}

/**
 * Staff of `orgId` only; everyone else (including staff of other organisations) is FORBIDDEN.
 * A refusal is logged and counted for that organisation, without the caller's identity.
 */
export async function requireStaff(app: AppWith<StaffPort & LimiterPort & NoticePort>, caller: Caller, orgId: string): Promise<string> {
  const identity = requireIdentity(caller);
  const orgs = await app.store.staffOrgs(identity);
  if (!orgs.includes(orgId)) {
    // Only organisations that exist get a counter: a made-up orgId must not grow the table.
    const exists = await organisationKnown(app.store, orgId);
    if (exists) await app.store.recordFailure(staffRefusalKey(orgId), app.clock.now(), app.clock.now() - GUESS_RETENTION_MS);
    console.warn('[admin] staff call refused', { orgId: exists ? orgId : 'unknown' });
    throw new ApiError('FORBIDDEN', MESSAGES.forbidden);
  }
  return identity;
}

export function isoNow(app: Pick<App, 'clock'>): string {
  return new Date(app.clock.now()).toISOString();
}
