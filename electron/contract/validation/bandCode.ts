// Care-wristband codes: `AX-000123-X` (prefix, serial, check character).
//
// - `AX` (爱心) says what the number is when someone reads it off a wrist; a code from another
//   scheme (a pledge card, a phone number) is refused instead of looked up.
// - six serial digits, issued in order (a district office will not issue a million bands).
// - one check character, ISO 7064 MOD 11-2 over the serial: the scheme of the resident ID
//   number's last character, so staff already know that it is a digit or X. Why a check
//   character at all: a finder reads the number out over the phone, or staff type it from a worn
//   band, and the errors to expect are one character misread and two neighbours swapped. MOD
//   11-2 is a pure system with a prime modulus and distinct weights (powers of 2 mod 11), so it
//   detects every single substitution and every adjacent transposition (the tests try each for
//   sample codes). (The alphanumeric hybrid MOD 37,36 was tried first and misses some
//   transpositions of neighbouring digits; the pure MOD 37-2 needs a '*' check character.)
//   The prefix is fixed, so it is checked literally rather than through the check character.
//
// Codes arrive typed (lower case, full-width from a Chinese input method, spaces) or scanned
// (the QR payload starts with the code): normaliseBandCode reduces them to the canonical form.

import { mod112Check } from './iso7064';

export const BAND_PREFIX = 'AX';
export const BAND_SERIAL_DIGITS = 6;
export const MAX_BAND_SERIAL = 10 ** BAND_SERIAL_DIGITS - 1;

export function formatBandCode(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_BAND_SERIAL) throw new Error(`band serial out of range: ${serial}`);
  const digits = String(serial).padStart(BAND_SERIAL_DIGITS, '0');
  return `${BAND_PREFIX}-${digits}-${mod112Check(digits)}`;
}

export type BandCodeCheck =
  | { readonly ok: true; readonly code: string; readonly serial: number }
  | { readonly ok: false; readonly reason: 'format' | 'check'; readonly message: string };

// Dashes in their look-alikes (Chinese input methods type －, —, ‐), underscores and dots are
// read as separators; after NFKC the full-width letters and digits are ordinary ones.
const SEPARATORS = /[\s\-_.\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g;

/** Upper case, half-width, without spaces or separators: `ax 000123 k` → `AX000123K`. */
function compact(raw: string): string {
  // A scanned QR payload carries the code on its first line, then the hotline.
  const firstLine = raw.normalize('NFKC').trim().split(/\r?\n/)[0] ?? '';
  return firstLine.replace(SEPARATORS, '').toUpperCase();
}

const SHAPE = new RegExp(`^${BAND_PREFIX}(\\d{${BAND_SERIAL_DIGITS}})([0-9X])$`);

/** Reads a typed or scanned band code; says in Chinese what is wrong with one that is not valid. */
export function parseBandCode(raw: string): BandCodeCheck {
  const text = compact(raw);
  const match = SHAPE.exec(text);
  if (!match || Number(match[1]) === 0) {
    return { ok: false, reason: 'format', message: `手环编号格式不正确，应为 ${BAND_PREFIX}-六位数字-校验位（如 ${formatBandCode(123)}）` };
  }
  const serial = Number(match[1]);
  if (mod112Check(match[1]) !== match[2]) {
    return { ok: false, reason: 'check', message: '手环编号校验位不符，可能有字符看错或输错，请核对' };
  }
  return { ok: true, code: formatBandCode(serial), serial };
}

/** The canonical code, or null when `raw` is not a valid band code. */
export function normaliseBandCode(raw: string): string | null {
  const parsed = parseBandCode(raw);
  return parsed.ok ? parsed.code : null;
}
