// The validation module under random input: ID numbers, dates, phones, HLA names, band codes and
// the text normalisers. Nothing throws, whatever is typed or pasted; every valid value built at
// random is accepted and every value one mistake away from it is refused for the right reason;
// normalising twice gives what normalising once gave.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PersonInput } from '../../electron/contract/personInput';
import {
  normaliseDocumentNumber,
  normaliseLine,
  normaliseLines,
  normaliseName,
  parseLandline,
  parseMobile,
  parsePhone,
  parseResidentId,
  residentIdCheckChar,
} from '../../electron/contract/validation';
import { formatBandCode, normaliseBandCode, parseBandCode } from '../../electron/contract/validation/bandCode';
import { isCalendarDate, pastDate } from '../../electron/contract/validation/calendar';
import { HLA_LOCI, parseHlaAllele } from '../../electron/contract/validation/hla';
import { CHINESE, fuzzParams } from './helpers/config';

// zod's own messages in Chinese, as the dispatcher configures them for every caller.
z.config(z.locales.zhCN());

let cases = 0;
let properties = 0;
let failed = 0;

afterAll(() => {
  console.log(`[fuzz] validation: ${properties} properties, ${cases} cases, ${failed} failed`);
});

/** Runs a property, counting its cases for the figure printed at the end. */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs = 1000): void {
  properties += 1;
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        cases += 1;
        predicate(value);
      }),
      fuzzParams(runs),
    );
  } catch (error) {
    failed += 1;
    throw error;
  }
}

/** Whatever a person might type or paste: any Unicode, full-width forms, long runs. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[0-9０-９xX Ｘ\-+()\s]{0,24}$/),
  fc.string({ unit: fc.constantFrom(...'0123456789X*:ABCDRQNLS-ax ：＊'), maxLength: 24 }),
  fc.constant('9'.repeat(100_000)),
);

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real birth date between 1900 and 2025, as YYYYMMDD. */
const birthDate = fc
  .tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}${pad(m)}${pad(Math.min(d, daysIn(y, m)))}`);

/** A valid 18-character resident ID number. */
const residentId = fc
  .tuple(fc.stringMatching(/^[1-8]\d{5}$/), birthDate, fc.stringMatching(/^\d{3}$/))
  .map(([area, birth, order]) => `${area}${birth}${order}${residentIdCheckChar(`${area}${birth}${order}`)}`);

const ID_PROBLEMS = ['ID_FORMAT', 'ID_CHECKSUM', 'ID_BIRTHDATE'];

/** The message a form or the API shows for an ID number, through the one person validator. */
function docNumberMessage(docNumber: string): string | undefined {
  const result = PersonInput.safeParse({ name: '陈明', docNumber });
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === 'docNumber')?.message;
}

describe('resident ID numbers', () => {
  it('never throws on anything typed, and answers ok or a named problem', () => {
    check(typed, (raw) => {
      const result = parseResidentId(raw);
      if (!result.ok) expect(ID_PROBLEMS).toContain(result.problem);
    });
  });

  it('accepts every valid number however it is typed, reading birth date and sex from it', () => {
    const written = fc.tuple(residentId, fc.constantFrom('plain', 'lower', 'full-width', 'spaced'));
    check(written, ([id, how]) => {
      const raw =
        how === 'lower' ? id.toLowerCase() : how === 'full-width' ? id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : how === 'spaced' ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : id;
      const result = parseResidentId(raw);
      expect(result).toEqual({ ok: true, value: id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, sex: Number(id[16]) % 2 === 1 ? 'M' : 'F' });
      expect(normaliseDocumentNumber(raw)).toBe(id);
    });
  });

  it('refuses any one digit changed: with the checksum message whenever the birth date still holds', () => {
    const changed = fc.tuple(residentId, fc.nat(16), fc.integer({ min: 1, max: 9 }));
    check(changed, ([id, at, by]) => {
      const wrong = `${id.slice(0, at)}${(Number(id[at]) + by) % 10}${id.slice(at + 1)}`;
      const result = parseResidentId(wrong);
      expect(result.ok).toBe(false);
      if (!result.ok && result.problem !== 'ID_BIRTHDATE') {
        expect(result.problem).toBe('ID_CHECKSUM');
        expect(docNumberMessage(wrong)).toBe('身份证号码校验位错误');
      }
    });
  });

  it('refuses every wrong check character, and two neighbouring digits swapped', () => {
    check(fc.tuple(residentId, fc.constantFrom(...'0123456789X')), ([id, check]) => {
      fc.pre(check !== id[17]);
      expect(parseResidentId(id.slice(0, 17) + check)).toEqual({ ok: false, problem: 'ID_CHECKSUM' });
      expect(docNumberMessage(id.slice(0, 17) + check)).toBe('身份证号码校验位错误');
    });
    check(fc.tuple(residentId, fc.nat(16)), ([id, at]) => {
      fc.pre(id[at] !== id[at + 1]);
      const swapped = `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;
      expect(parseResidentId(swapped).ok).toBe(false);
    });
  });

  it('refuses numbers whose birth date is impossible (31 April, 29 February of a common year, month 13)', () => {
    const impossible = fc.oneof(
      fc.integer({ min: 1901, max: 2023 }).filter((y) => !isLeap(y)).map((y) => `${y}0229`),
      fc.tuple(fc.integer({ min: 1900, max: 2023 }), fc.constantFrom(4, 6, 9, 11)).map(([y, m]) => `${y}${pad(m)}31`),
      fc.tuple(fc.integer({ min: 1900, max: 2023 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}${m}${pad(d)}`),
      fc.tuple(fc.integer({ min: 1900, max: 2023 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}${pad(m)}00`),
    );
    check(fc.tuple(fc.stringMatching(/^[1-8]\d{5}$/), impossible, fc.stringMatching(/^\d{3}$/)), ([area, birth, order]) => {
      const first17 = `${area}${birth}${order}`;
      expect(parseResidentId(first17 + residentIdCheckChar(first17))).toEqual({ ok: false, problem: 'ID_BIRTHDATE' });
    });
  });
});

describe('dates', () => {
  it('takes exactly the real calendar dates', () => {
    // Years before 1000 are left out: Date.UTC reads 0–99 as 1900–1999, so those are refused, as they should be.
    const parts = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }));
    check(parts, ([y, m, d]) => {
      const real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
      expect(isCalendarDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(real);
    });
  });

  it('answers anything with a date or a Chinese message, never a throw', () => {
    const schema = pastDate('出生日期');
    check(fc.oneof(typed, fc.anything(), fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString().slice(0, 10)))), (value) => {
      const result = schema.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) expect(issue.message).toMatch(CHINESE);
    });
  });
});

describe('phones', () => {
  const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);

  it('never throws, and a number read once reads the same again', () => {
    check(typed, (raw) => {
      for (const parse of [parseMobile, parseLandline, parsePhone]) {
        const value = parse(raw);
        if (value !== null) expect(parse(value)).toBe(value);
      }
    });
  });

  it('reads a mobile however it is written: +86, 0086, spaces, dashes, full width', () => {
    const written = fc.tuple(mobile, fc.constantFrom('', '+86', '0086', '86', '+86 '), fc.constantFrom('plain', 'dashes', 'spaces', 'full-width'));
    check(written, ([number, prefix, how]) => {
      const body = how === 'dashes' ? `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}` : how === 'spaces' ? `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}` : number;
      const raw = how === 'full-width' ? `${prefix}${body}`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : `${prefix}${body}`;
      expect(parseMobile(raw)).toBe(number);
      expect(parsePhone(raw)).toBe(number);
    });
  });
});

describe('HLA allele names', () => {
  const locus = fc.constantFrom(...HLA_LOCI);
  const field = (first: boolean) => fc.stringMatching(first ? /^\d{2,3}$/ : /^\d{2,4}$/);
  const allele = fc.tuple(locus, field(true), fc.array(field(false), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'N', 'L', 'S', 'Q')).map(([l, first, rest, suffix]) => ({ locus: l, name: `${l}*${[first, ...rest].join(':')}${suffix}` }));

  it('never throws on anything typed into any locus, and a name it accepts is accepted again unchanged', () => {
    check(fc.tuple(typed, locus), ([raw, l]) => {
      const result = parseHlaAllele(raw, l);
      if (result.ok) expect(parseHlaAllele(result.value, l)).toEqual(result);
      else expect(result.message).toMatch(CHINESE);
    });
  });

  it('accepts every well-formed name, typed with HLA-, lower case or full width', () => {
    check(fc.tuple(allele, fc.constantFrom('plain', 'prefixed', 'lower', 'full-width')), ([{ locus: l, name }, how]) => {
      const raw = how === 'prefixed' ? `HLA-${name}` : how === 'lower' ? name.toLowerCase() : how === 'full-width' ? name.replace(/[0-9A-Z*:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : name;
      expect(parseHlaAllele(raw, l)).toMatchObject({ ok: true, value: name });
    });
  });
});

describe('band codes', () => {
  it('never throws, and normalising twice is normalising once', () => {
    check(fc.oneof(typed, fc.integer({ min: 1, max: 999_999 }).map(formatBandCode).map((c) => ` ${c.toLowerCase()}\n热线 0754-88123456`)), (raw) => {
      const parsed = parseBandCode(raw);
      const code = normaliseBandCode(raw);
      if (parsed.ok) expect(normaliseBandCode(parsed.code)).toBe(parsed.code);
      else expect(parsed.message).toMatch(CHINESE);
      expect(code === null ? null : normaliseBandCode(code)).toBe(code);
    });
  });
});

describe('text normalisers', () => {
  it('are idempotent and never throw', () => {
    check(fc.oneof(typed, fc.string({ unit: fc.constantFrom('王', '芳', ' ', '\u3000', '·', '・', '•', 'Ａ', 'a', '\n', '\r\n', '\t'), maxLength: 30 })), (raw) => {
      for (const normalise of [normaliseName, normaliseLine, normaliseLines, normaliseDocumentNumber]) {
        const once = normalise(raw);
        expect(normalise(once)).toBe(once);
      }
    });
  });

  it('a person payload of anything is parsed or refused with Chinese messages, never thrown', () => {
    check(fc.oneof(fc.anything(), fc.record({ name: typed, docNumber: typed, mobile: typed, birthDate: typed }, { requiredKeys: [] })), (value) => {
      const result = PersonInput.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) expect(issue.message).toMatch(CHINESE);
    }, 500);
  });
});
