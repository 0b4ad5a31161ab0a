/**
 * The door on the device: codes signed with Node's Ed25519 (as the functions sign them),
 * checked by the pure-JS verifier the phone uses, against a roster kept in storage;
 * check-ins wait on the device and a batch sent twice is stored once.
 */
import crypto from 'node:crypto';
import { encodeTicketCode, ticketCodeBody, type Checkin, type CheckinRosterData, type TicketCodePayload } from '@skills/shared';
import { stubApi } from '@test/helpers';
import { downloadSession, judge, readSaved, recordCheckin, savedSessions, syncSession } from './checkinStore';
import { doorWords, type DoorVerdict } from './doorWords';
import { verifyEd25519 } from './ed25519';

const DAY = '2026-12-05';
const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
const other = crypto.generateKeyPairSync('ed25519');

const entry = (n: number) => ({
  ticketId: `t_${n}`,
  ticketNumber: `2026120${n}`,
  name: `考生${n}`,
  maskedIdNumber: '3101**********1237',
  occupationName: '人工智能训练师',
  trackLabel: '四级/中级工',
  room: '第1考场',
  seat: String(n).padStart(2, '0'),
});

const roster: CheckinRosterData = {
  session: { id: 's1', orgId: 'sjtu', date: DAY, rolledOver: false, occupationName: '人工智能训练师', trackLabel: '四级/中级工', startTime: '09:00', endTime: '11:00', venueName: '考点' },
  roster: [entry(1), entry(2), entry(3)],
  keys: [{ keyId: 'k1', orgId: 'sjtu', publicKey: publicKey.export({ format: 'jwk' }).x as string, status: 'active', createdAt: '2026-11-01T00:00:00Z' }],
  checkins: [],
  downloadedAt: '2026-12-04T08:00:00.000Z',
};

function code(n: number, key = privateKey, overrides: Partial<TicketCodePayload> = {}): string {
  const payload = { orgId: 'sjtu', ticketNumber: entry(n).ticketNumber, examDate: DAY, room: '第1考场', seat: entry(n).seat, keyId: 'k1', ...overrides };
  return encodeTicketCode(payload, crypto.sign(null, ticketCodeBody(payload).signed, key));
}

/** A server that keeps one check-in per ticket, the earliest; `lose` drops its next answer after storing. */
function fakeServer() {
  const stored = new Map<string, Checkin>();
  let lose = false;
  const api = stubApi({
    'admin.checkin.roster': () => ({ status: 200, body: { ok: true, data: roster } }),
    'admin.checkin.sync': (event) => {
      let added = 0;
      for (const c of event.checkins as Checkin[]) {
        const before = stored.get(c.ticketId);
        if (!before) added += 1;
        if (!before || c.at < before.at) stored.set(c.ticketId, c);
      }
      if (lose) {
        lose = false;
        return { status: 500, body: { ok: false, code: 'INTERNAL', message: '' } };
      }
      const body = { ok: true, data: { added, duplicates: (event.checkins as Checkin[]).length - added, checkins: [...stored.values()] } };
      return { status: 200, body };
    },
  });
  return { stored, api, loseNextAnswer: () => (lose = true) };
}

beforeEach(() => localStorage.clear());

test('the pure-JS verifier accepts Node’s Ed25519 signatures and nothing else', () => {
  const message = new Uint8Array(Buffer.from('skills'));
  const signature = new Uint8Array(crypto.sign(null, message, privateKey));
  const raw = new Uint8Array(Buffer.from(roster.keys[0].publicKey, 'base64url'));
  expect(verifyEd25519(message, signature, raw)).toBe(true);
  expect(verifyEd25519(new Uint8Array(Buffer.from('skillz')), signature, raw)).toBe(false);
  expect(verifyEd25519(message, signature.slice(1), raw)).toBe(false);
});

test('offline at the door: 已签到, 重复签到, a forged code and another key refused, a typed number, all kept on the device', async () => {
  fakeServer();
  let saved = await downloadSession('sjtu', 's1');
  expect(savedSessions('sjtu').map((s) => s.data.session.id)).toEqual(['s1']);

  const first = judge(saved, code(1), DAY);
  expect(first).toEqual({ verdict: { kind: 'checked-in', entry: entry(1) }, method: 'code' });
  saved = recordCheckin('sjtu', saved, entry(1), 'code', new Date(`${DAY}T00:58:00Z`));
  const again = judge(saved, code(1), DAY).verdict;
  expect(doorWords(again)).toMatchObject({ title: '重复签到', detail: expect.stringContaining('08:58') });

  const real = code(2);
  const forged = real.slice(0, -2) + (real.endsWith('AA') ? 'BA' : 'AA');
  expect(doorWords(judge(saved, forged, DAY).verdict).title).toBe('签名无效');
  expect(doorWords(judge(saved, code(2, other.privateKey), DAY).verdict).title).toBe('签名无效');
  expect(doorWords(judge(saved, code(2, other.privateKey, { keyId: 'k9' }), DAY).verdict).title).toBe('未知密钥');
  expect(doorWords(judge(saved, code(2), '2026-12-06').verdict).title).toBe('不是今天');

  const typed = judge(saved, ' 20261203 ', DAY);
  expect(typed.method).toBe('number');
  expect(doorWords(typed.verdict)).toMatchObject({ title: '已签到', entry: entry(3) });
  expect(doorWords(judge(saved, '20269999', DAY).verdict).title).toBe('不在本场名单');
  recordCheckin('sjtu', saved, entry(3), 'number', new Date(`${DAY}T01:02:00Z`));
  expect(readSaved('sjtu', 's1')?.pending.map((c) => [c.ticketId, c.method])).toEqual([['t_1', 'code'], ['t_3', 'number']]);
});

test('an offline batch synced twice (the first answer lost) is stored once and leaves nothing pending', async () => {
  const server = fakeServer();
  let saved = await downloadSession('sjtu', 's1');
  saved = recordCheckin('sjtu', saved, entry(1), 'code', new Date(`${DAY}T00:58:00Z`));
  recordCheckin('sjtu', saved, entry(2), 'code', new Date(`${DAY}T00:59:00Z`));

  server.loseNextAnswer();
  await expect(syncSession('sjtu', 's1')).rejects.toMatchObject({ code: 'INTERNAL' });
  expect(readSaved('sjtu', 's1')?.pending).toHaveLength(2);
  const { saved: after, added } = await syncSession('sjtu', 's1');
  expect(added).toBe(0);
  expect(after.pending).toEqual([]);
  expect(after.data.checkins.map((c) => c.ticketId).sort()).toEqual(['t_1', 't_2']);
  expect(server.stored.size).toBe(2);
  expect(doorWords(judge(after, code(2), DAY).verdict).title).toBe('重复签到');
});

test.each<[DoorVerdict, string]>([
  [{ kind: 'unreadable' }, '无法识别'],
  [{ kind: 'retired-key' }, '密钥已更换'],
  [{ kind: 'not-this-session', examDate: DAY }, '不是本场次'],
  [{ kind: 'rolled-over', entry: entry(1), signedDate: DAY, currentDate: '2027-01-09' }, '考期已顺延'],
  [{ kind: 'withdrawn', entry: entry(1) }, '准考证已作废'],
])('every answer has Chinese words: %o', (verdict, title) => {
  expect(doorWords(verdict).title).toBe(title);
});
