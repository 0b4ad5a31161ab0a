/**
 * The signed ticket code a ticket's QR carries, and the check a staff device runs on it
 * at the exam room door without network.
 *
 * Layout (version 1), then base64url without padding:
 *   1 byte version · org id · ticket number · exam date (uint16, days since 1970-01-01)
 *   · room · seat · key id · 64-byte Ed25519 signature
 * Each text is one length byte then its UTF-8 bytes. The signature covers
 * SIGNING_CONTEXT followed by every byte before it, so a code cannot be re-used as
 * any other kind of signed message.
 *
 * Pure and dependency-free: the signature primitive is a parameter (Node's crypto on
 * the server, a small pure-JS Ed25519 on the phone, where WeChat has neither).
 */
import { fromDayNumber, isValidDate, toDayNumber } from './dates';
import type { IsoDate } from './types';

export const TICKET_CODE_VERSION = 1;
export const SIGNATURE_BYTES = 64;
/** Prepended to the signed bytes (not carried in the code). */
export const SIGNING_CONTEXT = 'skills-ticket-code-v1:';

export interface TicketCodePayload {
  orgId: string;
  /** Unique within the organisation and printed beside the QR; shorter than the opaque ticket id. */
  ticketNumber: string;
  examDate: IsoDate;
  room: string;
  seat: string;
  keyId: string;
}

export interface DecodedTicketCode {
  payload: TicketCodePayload;
  /** The bytes the signature covers (context included). */
  signed: Uint8Array;
  signature: Uint8Array;
}

/** (message, signature, public key) → true when the signature is valid. */
export type VerifySignature = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => boolean;

// ---------------------------------------------------------------- bytes

/** UTF-8 without TextEncoder (WeChat's logic layer lacks it on older base libraries). */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(out);
}

export function utf8Decode(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (extra < 0 || i + extra >= bytes.length) throw new Error('bad utf-8');
    let code = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k += 1) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) throw new Error('bad utf-8');
      code = (code << 6) | (next & 63);
    }
    text += String.fromCodePoint(code);
    i += extra + 1;
  }
  return text;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64[n & 63];
  }
  return out;
}

/** Null for anything that is not unpadded base64url. */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const index = B64_INDEX.get(char);
    if (index === undefined) return null;
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function field(text: string): Uint8Array {
  const bytes = utf8Encode(text);
  if (bytes.length > 255) throw new Error('ticket code field too long');
  return concat([Uint8Array.of(bytes.length), bytes]);
}

// ---------------------------------------------------------------- encode / decode

/** The bytes a signer signs for this payload (context included). */
export function ticketCodeBody(payload: TicketCodePayload): { body: Uint8Array; signed: Uint8Array } {
  const day = toDayNumber(payload.examDate);
  const body = concat([
    Uint8Array.of(TICKET_CODE_VERSION),
    field(payload.orgId),
    field(payload.ticketNumber),
    Uint8Array.of((day >> 8) & 255, day & 255),
    field(payload.room),
    field(payload.seat),
    field(payload.keyId),
  ]);
  return { body, signed: concat([utf8Encode(SIGNING_CONTEXT), body]) };
}

/**
 * The code for a payload, given its signature over `ticketCodeBody(payload).signed`.
 *
 * @example encodeTicketCode({ orgId: 'sjtu', ticketNumber: 'YS-SJTU-0001', examDate: '2025-10-09', room: '第3考场', seat: '12', keyId: 'k1' }, new Uint8Array(64)).slice(0, 8)
 *   // 'AQRzanR1' (version 1, then 'sjtu' after its length 4)
 */
export function encodeTicketCode(payload: TicketCodePayload, signature: Uint8Array): string {
  if (signature.length !== SIGNATURE_BYTES) throw new Error('an Ed25519 signature is 64 bytes');
  return base64UrlEncode(concat([ticketCodeBody(payload).body, signature]));
}

/** Reads a code; null when it is not one of ours (any other QR, a typo, a truncated scan). */
export function decodeTicketCode(code: string): DecodedTicketCode | null {
  const bytes = base64UrlDecode(code.trim());
  if (!bytes || bytes.length < 1 + SIGNATURE_BYTES || bytes[0] !== TICKET_CODE_VERSION) return null;
  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  let at = 1;
  const text = (): string => {
    const length = body[at];
    if (length === undefined || at + 1 + length > body.length) throw new Error('short');
    const value = utf8Decode(body.subarray(at + 1, at + 1 + length));
    at += 1 + length;
    return value;
  };
  try {
    const orgId = text();
    const ticketNumber = text();
    if (at + 2 > body.length) return null;
    const examDate = fromDayNumber((body[at] << 8) | body[at + 1]);
    at += 2;
    const room = text();
    const seat = text();
    const keyId = text();
    if (at !== body.length || !isValidDate(examDate) || orgId === '' || ticketNumber === '' || keyId === '') return null;
    return {
      payload: { orgId, ticketNumber, examDate, room, seat, keyId },
      signed: concat([utf8Encode(SIGNING_CONTEXT), body]),
      signature: bytes.slice(bytes.length - SIGNATURE_BYTES),
    };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the door check

/** A public key as served to staff devices: raw 32-byte Ed25519 key in base64url. */
export interface PublicTicketKey {
  keyId: string;
  orgId: string;
  publicKey: string;
  /** Retired keys stay listed so their codes are named as such, not as forged. */
  status: 'active' | 'retired';
  createdAt: string;
}

/** One candidate of the session, as downloaded onto the device before the exam. */
export interface RosterEntry {
  ticketId: string;
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  occupationName: string;
  trackLabel: string;
  room: string;
  seat: string;
}

export interface CheckinSession {
  id: string;
  orgId: string;
  /** The session's date now (after any rollover); null while to be announced. */
  date: IsoDate | null;
  /** True once the session has been rolled over: codes of its earlier date are void. */
  rolledOver: boolean;
}

export interface DoorContext {
  session: CheckinSession;
  /** Today on the device, China's calendar. */
  today: IsoDate;
  keys: PublicTicketKey[];
  roster: RosterEntry[];
  /** Ticket id → first check-in time (ISO), from this device and the last sync. */
  checkedIn: ReadonlyMap<string, string>;
  verify: VerifySignature;
}

export type DoorAnswer =
  /** 已签到: first time; record it. */
  | { kind: 'checked-in'; entry: RosterEntry }
  /** 重复签到: already checked in at `at`. */
  | { kind: 'duplicate'; entry: RosterEntry; at: string }
  | { kind: 'unreadable' }
  | { kind: 'unknown-key' }
  /** Signed with a key since rotated away. */
  | { kind: 'retired-key' }
  | { kind: 'bad-signature' }
  | { kind: 'not-this-session'; examDate: IsoDate }
  | { kind: 'not-today'; examDate: IsoDate }
  /** The code names the session's old date; the candidate must show the current ticket. */
  | { kind: 'rolled-over'; entry: RosterEntry; signedDate: IsoDate; currentDate: IsoDate | null }
  /** The ticket changed after this code was issued (room or seat), or it is no longer on the roster. */
  | { kind: 'withdrawn'; entry: RosterEntry };

/** What the door answers once a roster entry is found (code or typed number). */
function admit(context: DoorContext, entry: RosterEntry): DoorAnswer {
  const date = context.session.date;
  if (date === null || date !== context.today) return { kind: 'not-today', examDate: date ?? context.today };
  const at = context.checkedIn.get(entry.ticketId);
  return at ? { kind: 'duplicate', entry, at } : { kind: 'checked-in', entry };
}

/**
 * The whole offline check of a scanned code against the session on this device:
 * readable, known key, valid signature, this organisation and session, today,
 * still the ticket as issued, and whether it was already checked in.
 */
export function checkTicketCode(code: string, context: DoorContext): DoorAnswer {
  const decoded = decodeTicketCode(code);
  if (!decoded) return { kind: 'unreadable' };
  const { payload } = decoded;
  const key = context.keys.find((k) => k.keyId === payload.keyId && k.orgId === context.session.orgId);
  if (!key) return { kind: 'unknown-key' };
  const publicKey = base64UrlDecode(key.publicKey);
  if (!publicKey || !context.verify(decoded.signed, decoded.signature, publicKey)) return { kind: 'bad-signature' };
  if (key.status !== 'active') return { kind: 'retired-key' };
  if (payload.orgId !== context.session.orgId) return { kind: 'not-this-session', examDate: payload.examDate };
  const entry = context.roster.find((e) => e.ticketNumber === payload.ticketNumber);
  if (!entry) {
    return payload.examDate === context.today
      ? { kind: 'not-this-session', examDate: payload.examDate }
      : { kind: 'not-today', examDate: payload.examDate };
  }
  if (payload.examDate !== context.session.date) {
    return context.session.rolledOver
      ? { kind: 'rolled-over', entry, signedDate: payload.examDate, currentDate: context.session.date }
      : { kind: 'withdrawn', entry };
  }
  if (payload.room !== entry.room || payload.seat !== entry.seat) return { kind: 'withdrawn', entry };
  return admit(context, entry);
}

/** A typed ticket number: no signature to check, so staff rely on the ID card alone. */
export function checkTicketNumber(ticketNumber: string, context: DoorContext): DoorAnswer | { kind: 'not-on-roster' } {
  const wanted = ticketNumber.trim().toUpperCase();
  const entry = context.roster.find((e) => e.ticketNumber.toUpperCase() === wanted);
  return entry ? admit(context, entry) : { kind: 'not-on-roster' };
}
