/**
 * The door's offline store: each downloaded session's roster and public keys, and the
 * check-ins taken on this device, kept in Taro storage so the door works without
 * network. Check-ins wait in `pending` until a sync is answered; the server keeps one
 * per ticket (the earliest), so sending a batch twice or from two devices is harmless.
 */
import Taro from '@tarojs/taro';
import {
  checkTicketCode,
  checkTicketNumber,
  decodeTicketCode,
  type Checkin,
  type CheckinMethod,
  type CheckinRosterData,
  type DoorContext,
  type RosterEntry,
} from '@skills/shared';
import { readStored, writeStored } from '@/services/storage';
import type { DoorVerdict } from './doorWords';
import { verifyEd25519 } from './ed25519';
import { staffCall } from '@/services/staff';

export interface SavedSession {
  data: CheckinRosterData;
  /** Check-ins taken on this device and not yet answered by a sync. */
  pending: Checkin[];
}

const DEVICE_KEY = 'skills.checkin.device';
const sessionKey = (orgId: string, sessionId: string) => `skills.checkin.${orgId}.${sessionId}`;
const indexKey = (orgId: string) => `skills.checkin.index.${orgId}`;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
function isSaved(value: unknown): value is SavedSession {
  return isObject(value) && isObject(value.data) && Array.isArray(value.pending) && Array.isArray((value.data as { roster?: unknown }).roster);
}
function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A random id for this device, made once (two doors, two devices, one merged list). */
export function deviceId(): string {
  const known = readStored(DEVICE_KEY, '', (v): v is string => typeof v === 'string');
  if (known) return known;
  const made = `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  writeStored(DEVICE_KEY, made);
  return made;
}

export function readSaved(orgId: string, sessionId: string): SavedSession | null {
  return readStored<SavedSession | null>(sessionKey(orgId, sessionId), null, (v): v is SavedSession | null => v === null || isSaved(v));
}

function save(orgId: string, saved: SavedSession): void {
  const key = sessionKey(orgId, saved.data.session.id);
  // A roster that cannot be stored must say so: the door would otherwise lose it offline.
  Taro.setStorageSync(key, saved);
  const index = readStored(indexKey(orgId), [] as string[], isStringList);
  if (!index.includes(saved.data.session.id)) writeStored(indexKey(orgId), [...index, saved.data.session.id]);
}

/** Sessions whose roster is on this device, newest date first. */
export function savedSessions(orgId: string): SavedSession[] {
  return readStored(indexKey(orgId), [] as string[], isStringList)
    .map((id) => readSaved(orgId, id))
    .filter((s): s is SavedSession => s !== null)
    .sort((a, b) => (b.data.session.date ?? '').localeCompare(a.data.session.date ?? ''));
}

export function forgetSession(orgId: string, sessionId: string): void {
  Taro.removeStorageSync(sessionKey(orgId, sessionId));
  writeStored(indexKey(orgId), readStored(indexKey(orgId), [] as string[], isStringList).filter((id) => id !== sessionId));
}

/** Downloads (or refreshes) a session's roster and keys; check-ins not yet synced stay. */
export async function downloadSession(orgId: string, sessionId: string): Promise<SavedSession> {
  const data = await staffCall('checkin.roster', { orgId, sessionId });
  const saved = { data, pending: readSaved(orgId, sessionId)?.pending ?? [] };
  save(orgId, saved);
  return saved;
}

/** Ticket id → first check-in time, from the last sync and this device's pending ones. */
export function checkedInTimes(saved: SavedSession): Map<string, string> {
  const times = new Map<string, string>();
  for (const c of [...saved.data.checkins, ...saved.pending]) {
    const known = times.get(c.ticketId);
    if (!known || c.at < known) times.set(c.ticketId, c.at);
  }
  return times;
}

export function doorContext(saved: SavedSession, today: string): DoorContext {
  return {
    session: saved.data.session,
    today,
    keys: saved.data.keys,
    roster: saved.data.roster,
    checkedIn: checkedInTimes(saved),
    verify: verifyEd25519,
  };
}

/**
 * What the door says for what was scanned or typed: a signed code is checked in full;
 * anything else is taken as a ticket number (a keyboard-style scanner types the code).
 */
export function judge(saved: SavedSession, input: string, today: string): { verdict: DoorVerdict; method: CheckinMethod } {
  const text = input.trim();
  if (decodeTicketCode(text)) return { verdict: checkTicketCode(text, doorContext(saved, today)), method: 'code' };
  const typed = checkTicketNumber(text, doorContext(saved, today));
  return { verdict: typed.kind === 'not-on-roster' ? { kind: 'not-on-roster', typed: text } : typed, method: 'number' };
}

/** Records a first check-in on the device; answers the updated session. */
export function recordCheckin(orgId: string, saved: SavedSession, entry: RosterEntry, method: CheckinMethod, at: Date): SavedSession {
  const checkin: Checkin = { ticketId: entry.ticketId, sessionId: saved.data.session.id, at: at.toISOString(), method, deviceId: deviceId() };
  const next = { ...saved, pending: [...saved.pending, checkin] };
  save(orgId, next);
  return next;
}

/**
 * Sends this device's pending check-ins and takes the server's whole list back (other
 * doors' check-ins included). Pending ones recorded while the call was out stay pending.
 */
export async function syncSession(orgId: string, sessionId: string): Promise<{ saved: SavedSession; added: number }> {
  const before = readSaved(orgId, sessionId);
  if (!before) throw new Error('session not on this device');
  const sent = before.pending;
  const answer = await staffCall('checkin.sync', { orgId, sessionId, checkins: sent });
  const latest = readSaved(orgId, sessionId) ?? before;
  const sentKeys = new Set(sent.map((c) => `${c.ticketId}|${c.at}`));
  const saved = {
    data: { ...latest.data, checkins: answer.checkins },
    pending: latest.pending.filter((c) => !sentKeys.has(`${c.ticketId}|${c.at}`)),
  };
  save(orgId, saved);
  return { saved, added: answer.added };
}
