/** The test people are valid by GB 11643 itself, and the rules module agrees with the standard. */
import { parseIdNumber } from '@skills/shared';
import { gb11643CheckCharacter, testIdNumber } from './fixtures/idNumbers';
import { NOBODY_ID_NUMBER, OFFICE_PEOPLE } from './fixtures/office';

describe('GB 11643-1999 公民身份号码 of the test people', () => {
  it('reproduces the standard’s worked example 11010519491231002X', () => {
    expect(gb11643CheckCharacter('11010519491231002')).toBe('X');
    expect(testIdNumber('11010519491231002')).toBe('11010519491231002X');
  });

  it.each([...OFFICE_PEOPLE.map((p) => [p.name, p.idNumber]), ['无此人', NOBODY_ID_NUMBER]])('%s %s: check character right, accepted by the rules module', (_name, idNumber) => {
    expect(gb11643CheckCharacter(idNumber.slice(0, 17))).toBe(idNumber[17]);
    expect(parseIdNumber(idNumber).normalized).toBe(idNumber);
  });

  it.each(OFFICE_PEOPLE.map((p) => [p.name, p.idNumber, p.masked]))('%s is shown as %s → %s', (_name, idNumber, masked) => {
    expect(masked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
  });
});
