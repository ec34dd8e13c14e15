// GB 11643-1999 resident ID numbers. Written by hand because no maintained npm package covers
// the rules we need together (full-width input, 15→18 conversion, the HK/Macau/Taiwan permit
// codes) and the algorithm is a dozen lines of published arithmetic.

import { mod112Check } from './iso7064';

export type Sex = 'M' | 'F';

export type ResidentIdProblem = 'ID_FORMAT' | 'ID_CHECKSUM' | 'ID_BIRTHDATE';

export type ResidentIdResult =
  | { readonly ok: true; readonly value: string; readonly birthDate: string; readonly sex: Sex }
  | { readonly ok: false; readonly problem: ResidentIdProblem };

/** Full-width digits and letters become ASCII, spaces vanish, a lower-case x is upper-cased. */
export function normaliseDocumentNumber(raw: string): string {
  // Upper-casing can decompose a letter (ῒ → Ϊ̀): NFKC after it too, so the result is stable.
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase().normalize('NFKC');
}

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  return mod112Check(first17);
}

/** A real calendar date, not in the future, not before 1900. */
export function isPlausibleBirthDate(yyyymmdd: string, today = new Date()): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1900 && date.getTime() <= today.getTime();
}

/**
 * Parses a resident ID (or an HK/Macau/Taiwan residence permit number, which uses the same
 * scheme). Legacy 15-digit numbers are converted to 18 digits by inserting "19".
 */
export function parseResidentId(raw: string, today = new Date()): ResidentIdResult {
  let id = normaliseDocumentNumber(raw);
  if (/^\d{15}$/.test(id)) {
    const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
    id = first17 + residentIdCheckChar(first17);
  }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'ID_FORMAT' };
  const birth = id.slice(6, 14);
  if (!isPlausibleBirthDate(birth, today)) return { ok: false, problem: 'ID_BIRTHDATE' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'ID_CHECKSUM' };
  return {
    ok: true,
    value: id,
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/** Shows the first four and last four characters: 4405**********123X. */
export function maskDocumentNumber(value: string): string {
  if (value.length <= 8) return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-1)}`;
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
