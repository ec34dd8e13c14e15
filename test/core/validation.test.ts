// The shared validation rules for document numbers and phones (GB 11643-1999, ISO 7064), and
// how typed text is normalised.
import { describe, expect, it } from 'vitest';
import {
  maskDocumentNumber,
  maskMobile,
  normaliseLine,
  normaliseName,
  parseMobile,
  parseResidentId,
  residentIdCheckChar,
} from '../../electron/contract/validation';

describe('resident ID numbers', () => {
  it('computes the check character of the worked example in DOMAIN.md', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('accepts a valid number and reads birth date and sex from it', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'F' });
  });

  it('reads an odd 17th digit as male', () => {
    const first17 = '44051319900307001';
    const id = parseResidentId(first17 + residentIdCheckChar(first17));
    expect(id.ok && id.sex).toBe('M');
    expect(id.ok && id.birthDate).toBe('1990-03-07');
  });

  it('normalises a lower-case x, full-width digits and spaces', () => {
    expect(parseResidentId('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId(' 110105 19491231 002X ')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('converts a legacy 15-digit number by inserting 19 and computing the check character', () => {
    expect(parseResidentId('110105491231002')).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'F' });
  });

  it('names each problem: format, checksum, impossible birth date', () => {
    expect(parseResidentId('11010519491231002')).toEqual({ ok: false, problem: 'ID_FORMAT' });
    expect(parseResidentId('1101051949123100AX')).toEqual({ ok: false, problem: 'ID_FORMAT' });
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, problem: 'ID_CHECKSUM' });
    const feb30 = '11010519490230002';
    expect(parseResidentId(feb30 + residentIdCheckChar(feb30))).toEqual({ ok: false, problem: 'ID_BIRTHDATE' });
    const future = '11010520991231002';
    expect(parseResidentId(future + residentIdCheckChar(future), new Date('2026-11-28'))).toEqual({ ok: false, problem: 'ID_BIRTHDATE' });
  });

  it('catches every single mistyped digit', () => {
    const valid = '11010519491231002X';
    for (let i = 0; i < 17; i += 1) {
      const digit = Number(valid[i]);
      const typo = valid.slice(0, i) + String((digit + 1) % 10) + valid.slice(i + 1);
      const result = parseResidentId(typo);
      expect(result.ok, `typo at position ${i + 1}: ${typo}`).toBe(false);
    }
  });

  it('masks all but the first and last four characters', () => {
    expect(maskDocumentNumber('44051319900307001X')).toBe('4405**********001X');
  });
});

describe('mobile numbers', () => {
  it('accepts the ways people write them', () => {
    for (const raw of ['13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '008613812345678', '8613812345678', '１３８１２３４５６７８']) {
      expect(parseMobile(raw), raw).toBe('13812345678');
    }
  });

  it('rejects numbers that are not mainland mobiles', () => {
    for (const raw of ['12812345678', '1381234567', '138123456789', '0754-88123456', 'abc']) expect(parseMobile(raw), raw).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});

describe('names and single lines of text', () => {
  it('drop control characters a bad paste brings in, so a name of only those is empty and refused', () => {
    expect(normaliseName('王\u0000芳')).toBe('王芳');
    expect(normaliseName('\u0000')).toBe('');
    expect(normaliseLine(' 东村\u0007 第3网格\u007F ')).toBe('东村 第3网格');
  });
});
