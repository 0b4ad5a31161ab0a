/**
 * The door check of a signed ticket code, with real Ed25519 keys from Node's crypto
 * (the phone uses a pure-JS Ed25519; the check itself is the same function).
 */
import crypto from 'node:crypto';
import {
  base64UrlDecode,
  base64UrlEncode,
  checkTicketCode,
  checkTicketNumber,
  decodeTicketCode,
  encodeTicketCode,
  ticketCodeBody,
  utf8Decode,
  utf8Encode,
  type DoorContext,
  type PublicTicketKey,
  type RosterEntry,
  type TicketCodePayload,
} from '../src';

interface TestKey {
  keyId: string;
  orgId: string;
  privateKey: crypto.KeyObject;
  public: PublicTicketKey;
}

function makeKey(orgId: string, keyId: string, status: PublicTicketKey['status'] = 'active'): TestKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x as string;
  return { keyId, orgId, privateKey, public: { keyId, orgId, publicKey: x, status, createdAt: '2026-11-01T00:00:00Z' } };
}

const verify = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean =>
  crypto.verify(
    null,
    message,
    crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: base64UrlEncode(publicKey) }, format: 'jwk' }),
    signature,
  );

function sign(payload: TicketCodePayload, key: TestKey): string {
  return encodeTicketCode(payload, crypto.sign(null, ticketCodeBody(payload).signed, key.privateKey));
}

const SJTU = makeKey('sjtu', 'k1');
const KUPASI = makeKey('kupasi', 'k9');

const entry: RosterEntry = {
  ticketId: 't_abc123',
  ticketNumber: 'YS-SJTU-0001',
  name: '李演示',
  maskedIdNumber: '3101**********1237',
  occupationName: '人工智能训练师',
  trackLabel: '四级/中级工',
  room: '第3考场',
  seat: '12',
};

const payload: TicketCodePayload = { orgId: 'sjtu', ticketNumber: entry.ticketNumber, examDate: '2026-12-05', room: '第3考场', seat: '12', keyId: 'k1' };

function door(overrides: Partial<DoorContext> = {}): DoorContext {
  return {
    session: { id: 's1', orgId: 'sjtu', date: '2026-12-05', rolledOver: false },
    today: '2026-12-05',
    keys: [SJTU.public],
    roster: [entry],
    checkedIn: new Map(),
    verify,
    ...overrides,
  };
}

describe('ticket code bytes', () => {
  test('base64url and UTF-8 round-trip, Chinese and astral characters included', () => {
    for (const text of ['', 'a', '第3考场', '𠀋座', 'sjtu']) expect(utf8Decode(utf8Encode(text))).toBe(text);
    expect(Buffer.from(utf8Encode('第3考场')).toString()).toBe('第3考场');
    for (let n = 0; n < 8; n += 1) {
      const bytes = crypto.randomBytes(n * 7 + 1);
      expect(base64UrlEncode(bytes)).toBe(bytes.toString('base64url'));
      expect(Buffer.from(base64UrlDecode(bytes.toString('base64url'))!)).toEqual(bytes);
    }
    expect(base64UrlDecode('a+b/')).toBeNull();
  });

  test('a code decodes to its payload, is URL-safe and short enough for a small QR', () => {
    const code = sign(payload, SJTU);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(150);
    expect(decodeTicketCode(code)?.payload).toEqual(payload);
  });

  test.each([
    ['a bare ticket number', 'YS-SJTU-0001'],
    ['another QR (a web address)', 'https://example.com/x'],
    ['a truncated code', 'AQRzanR1'],
    ['empty', ''],
  ])('not a code: %s', (_name, text) => {
    expect(decodeTicketCode(text)).toBeNull();
    expect(checkTicketCode(text, door())).toEqual({ kind: 'unreadable' });
  });
});

describe('the door check', () => {
  test('已签到: a valid code of this session, today, first time', () => {
    expect(checkTicketCode(sign(payload, SJTU), door())).toEqual({ kind: 'checked-in', entry });
  });

  test('重复签到: the same ticket again answers with the first time', () => {
    const checkedIn = new Map([[entry.ticketId, '2026-12-05T00:58:00.000Z']]);
    expect(checkTicketCode(sign(payload, SJTU), door({ checkedIn }))).toEqual({ kind: 'duplicate', entry, at: '2026-12-05T00:58:00.000Z' });
  });

  test('签名无效: a forged payload (seat changed after signing) fails the signature', () => {
    const code = sign(payload, SJTU);
    const forged = sign({ ...payload, seat: '13' }, SJTU).slice(0, -86) + code.slice(-86);
    expect(decodeTicketCode(forged)?.payload.seat).toBe('13');
    expect(checkTicketCode(forged, door())).toEqual({ kind: 'bad-signature' });
  });

  test('签名无效: a payload signed by another key under this organisation’s key id', () => {
    expect(checkTicketCode(sign(payload, KUPASI), door())).toEqual({ kind: 'bad-signature' });
  });

  test('未知密钥: a payload signed with another organisation’s key and key id', () => {
    expect(checkTicketCode(sign({ ...payload, keyId: 'k9' }, KUPASI), door())).toEqual({ kind: 'unknown-key' });
    expect(checkTicketCode(sign({ ...payload, orgId: 'kupasi', keyId: 'k9' }, KUPASI), door())).toEqual({ kind: 'unknown-key' });
  });

  test('rotated key: a code signed by a retired key is named as such, not accepted', () => {
    const retired = { ...SJTU.public, status: 'retired' as const };
    const fresh = makeKey('sjtu', 'k2');
    const context = door({ keys: [retired, fresh.public] });
    expect(checkTicketCode(sign(payload, SJTU), context)).toEqual({ kind: 'retired-key' });
    expect(checkTicketCode(sign({ ...payload, keyId: 'k2' }, fresh), context).kind).toBe('checked-in');
  });

  test('不是今天: a replay on another day, and a session opened on the wrong day', () => {
    const other = { ...payload, ticketNumber: 'YS-SJTU-0077', examDate: '2026-12-06' };
    expect(checkTicketCode(sign(other, SJTU), door())).toEqual({ kind: 'not-today', examDate: '2026-12-06' });
    expect(checkTicketCode(sign(payload, SJTU), door({ today: '2026-12-06' }))).toEqual({ kind: 'not-today', examDate: '2026-12-05' });
  });

  test('不是本场次: a valid code of today for a ticket of another session', () => {
    const other = { ...payload, ticketNumber: 'YS-SJTU-0078' };
    expect(checkTicketCode(sign(other, SJTU), door())).toEqual({ kind: 'not-this-session', examDate: '2026-12-05' });
  });

  test('rolled over: the old date’s code is refused once the session moved', () => {
    const context = door({ session: { id: 's1', orgId: 'sjtu', date: '2026-12-12', rolledOver: true }, today: '2026-12-12' });
    expect(checkTicketCode(sign(payload, SJTU), context)).toEqual({
      kind: 'rolled-over',
      entry,
      signedDate: '2026-12-05',
      currentDate: '2026-12-12',
    });
    expect(checkTicketCode(sign({ ...payload, examDate: '2026-12-12' }, SJTU), context).kind).toBe('checked-in');
  });

  test('withdrawn: a code whose room or seat no longer matches the ticket', () => {
    const moved = { ...entry, seat: '20' };
    expect(checkTicketCode(sign(payload, SJTU), door({ roster: [moved] }))).toEqual({ kind: 'withdrawn', entry: moved });
  });

  test('typed ticket number: found on the roster (any case), or not', () => {
    expect(checkTicketNumber(' ys-sjtu-0001 ', door())).toEqual({ kind: 'checked-in', entry });
    expect(checkTicketNumber('YS-SJTU-9999', door())).toEqual({ kind: 'not-on-roster' });
    expect(checkTicketNumber('YS-SJTU-0001', door({ today: '2026-12-04' })).kind).toBe('not-today');
  });
});
