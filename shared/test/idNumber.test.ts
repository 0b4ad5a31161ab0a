import { idCheckCharacter, maskIdNumber, parseIdNumber } from '../src';

/** Builds a valid number from its first 17 digits. */
const valid = (first17: string) => first17 + idCheckCharacter(first17);

describe('parseIdNumber (GB 11643-1999)', () => {
  it('reads the standard example 11010519491231002X', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({ birthDate: '1949-12-31', normalized: '11010519491231002X' });
  });

  it.each([
    ['lower-case x', '11010519491231002x'],
    ['surrounding spaces', '  11010519491231002X \t'],
    ['full-width digits and Ｘ', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('accepts %s', (_name, input) => {
    expect(parseIdNumber(input).normalized).toBe('11010519491231002X');
  });

  it('reads a leap-day birth date', () => {
    const id = valid('31010420080229123');
    expect(parseIdNumber(id).birthDate).toBe('2008-02-29');
  });

  it.each([
    ['too short', '1101051949123100', '应为18位'],
    ['15-digit old form', '110105491231002', '应为18位'],
    ['a letter inside', '1101051949123A002X', '前17位应为数字'],
    ['X not last', 'X10105194912310021', '前17位应为数字'],
    ['unknown province 99', valid('99010519491231002'), '行政区划代码'],
    ['impossible birth date 2月30日', valid('31010420090230123'), '出生日期'],
    ['non-leap 2月29日', valid('31010420090229123'), '出生日期'],
    ['wrong check character', '110105194912310021', '校验位'],
  ])('rejects %s', (_name, input, words) => {
    expect(() => parseIdNumber(input)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining(words) }));
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 visible', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
  });

  it('refuses to mask an invalid number', () => {
    expect(() => maskIdNumber('110105194912310021')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
