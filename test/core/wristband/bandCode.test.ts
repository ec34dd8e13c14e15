// The band code scheme: AX-NNNNNN-C with an ISO 7064 MOD 11-2 check character. A code misread
// by one character, or with two neighbours swapped, must never pass as another valid code; a
// code typed in any of the ways staff and scanners type it must be read as the same code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBandCode, normaliseBandCode, parseBandCode } from '../../../electron/contract/validation/bandCode';
import { mod112Check } from '../../../electron/contract/validation/iso7064';

const SYMBOLS = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const SAMPLES = [1, 2, 10, 123, 4567, 99_999, 100_000, 123_456, 505_050, 999_999];

/** Every code one character away from `code` (separators left as they are). */
function substitutions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '-') continue;
    for (const s of SYMBOLS) if (s !== code[i]) out.push(code.slice(0, i) + s + code.slice(i + 1));
  }
  return out;
}

/** Every code with two neighbouring characters swapped, ignoring the dashes as a reader does. */
function transpositions(code: string): string[] {
  const bare = code.replace(/-/g, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < bare.length; i++) {
    if (bare[i] !== bare[i + 1]) out.push(bare.slice(0, i) + bare[i + 1] + bare[i] + bare.slice(i + 2));
  }
  return out;
}

describe('band codes', () => {
  it('formats a serial with its check character and reads it back', () => {
    expect(formatBandCode(1)).toMatch(/^AX-000001-[0-9X]$/);
    for (const serial of SAMPLES) {
      const code = formatBandCode(serial);
      expect(parseBandCode(code)).toEqual({ ok: true, code, serial });
    }
  });

  it('computes the MOD 11-2 check character of GB 11643 (its table of weights and check characters)', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const byTable = (first17: string) => '10X98765432'[[...first17].reduce((sum, digit, i) => sum + Number(digit) * weights[i], 0) % 11];
    fc.assert(fc.property(fc.stringMatching(/^\d{17}$/), (first17) => mod112Check(first17) === byTable(first17)));
    // The standard's worked example, ISO 7064 Annex: 0794 → check character 0.
    expect(mod112Check('0794')).toBe('0');
  });

  it('detects every single-character substitution of sample codes', () => {
    for (const serial of SAMPLES) {
      const wrong = substitutions(formatBandCode(serial)).filter((c) => parseBandCode(c).ok);
      expect(wrong, formatBandCode(serial)).toEqual([]);
    }
  });

  it('detects every adjacent transposition of sample codes, the check character included', () => {
    for (const serial of SAMPLES) {
      const wrong = transpositions(formatBandCode(serial)).filter((c) => parseBandCode(c).ok);
      expect(wrong, formatBandCode(serial)).toEqual([]);
    }
  });

  it('detects both kinds of error for any serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (serial) => {
        const code = formatBandCode(serial);
        return [...substitutions(code), ...transpositions(code)].every((c) => !parseBandCode(c).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('reads codes as they are typed or scanned: case, full width, spaces, look-alike dashes, a QR payload', () => {
    const code = formatBandCode(123);
    const bare = code.replace(/-/g, '');
    const typed = [
      code.toLowerCase(),
      bare,
      ` ${code} `,
      code.replace(/-/g, ' '),
      code.replace(/-/g, '－'),
      code.replace(/-/g, '—'),
      [...code].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join(''),
      `${code}\n爱心手环热线 0754-88881234`,
    ];
    for (const raw of typed) expect(normaliseBandCode(raw), raw).toBe(code);
  });

  it('says in Chinese whether the shape or the check character is wrong', () => {
    expect(parseBandCode('AX-12345-1')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseBandCode('GD2024-00000001')).toMatchObject({ ok: false, reason: 'format', message: expect.stringMatching(/^手环编号格式不正确/) });
    expect(parseBandCode('AX-000000-' + mod112Check('000000'))).toMatchObject({ ok: false, reason: 'format' });
    const code = formatBandCode(123);
    const other = code.slice(0, -1) + (code.endsWith('1') ? '2' : '1');
    expect(parseBandCode(other)).toEqual({ ok: false, reason: 'check', message: '手环编号校验位不符，可能有字符看错或输错，请核对' });
  });
});
