import { maskIdNumber, maskIdText } from '../src';

describe('the one 身份证号 mask', () => {
  it('keeps the first 4 and last 4 of an 18-character number', () => {
    expect(maskIdText('310101199503151237')).toBe('3101**********1237');
  });

  it('hides each character between them, whatever the length', () => {
    expect(maskIdText('31010119950315123')).toBe('3101*********5123');
    expect(maskIdText('310101199')).toBe('3101*1199');
  });

  it('hides 8 characters or fewer whole', () => {
    expect(maskIdText('31010119')).toBe('****');
    expect(maskIdText('')).toBe('****');
  });

  it('maskIdNumber validates, normalises, then applies the same mask', () => {
    expect(maskIdNumber(' 11010519491231002x ')).toBe('1101**********002X');
    expect(() => maskIdNumber('110105194912310021')).toThrow('校验位');
  });
});
