import { actionLabel, actorLabel, chinaDateTime, isClockTime, rowsLabel } from './labels';
import { base64ToBytes, bytesToBase64 } from '@/lib/base64';

describe('chinaDateTime', () => {
  it.each([
    ['2026-11-20T16:30:00.000Z', '2026-11-21 00:30'],
    ['2026-11-21T01:05:00Z', '2026-11-21 09:05'],
    ['不是时间', '不是时间'],
  ])('%s → %s（北京时间，与设备时区无关）', (iso, expected) => {
    expect(chinaDateTime(iso)).toBe(expected);
  });
});

describe('isClockTime', () => {
  it.each([
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['09:60', false],
  ])('isClockTime(%s) = %s', (text, expected) => {
    expect(isClockTime(text)).toBe(expected);
  });
});

describe('actionLabel', () => {
  it('names known actions in Chinese and never shows an unknown code', () => {
    expect(actionLabel('sessions.rollover')).toBe('考期顺延');
    expect(actionLabel('import.confirm')).toBe('确认导入');
    expect(actionLabel('something.new')).toBe('其他操作');
  });
  it('names the operator command, and shows a staff identity as it is', () => {
    expect(actorLabel('operator')).toBe('系统管理员（命令行）');
    expect(actorLabel('local_abc123')).toBe('local_abc123');
  });
  it('marks the reader’s own entries', () => {
    expect(actorLabel('local_abc123', 'local_abc123')).toBe('我（local_abc123）');
    expect(actorLabel('local_other', 'local_abc123')).toBe('local_other');
  });
  it.each([
    ['import.confirm', 120, '120 行'],
    ['export.tickets', 0, '0 行'],
    ['sessions.rollover', 3, '涉及 3 张准考证'],
    ['announcements.publish', 1, ''],
    ['documents.upload', 1, ''],
    ['sessions.upsert', 1, ''],
  ])('rowsLabel(%s, %d) = %s', (action, rows, expected) => {
    expect(rowsLabel(action, rows)).toBe(expected);
  });
});

describe('base64', () => {
  it('round-trips every byte value, also past one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });
  it('encodes nothing as nothing', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
