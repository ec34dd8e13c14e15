// Phone numbers as people type them: with spaces, dashes, brackets, full-width digits or +86.
// The person's main number is a mainland mobile; other phones and emergency contacts may also be
// a landline with its area code.

function digitsOf(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\-()]/g, '');
}

/** Returns the 11-digit mobile number, or null when the input is not a mainland mobile number. */
export function parseMobile(raw: string): string | null {
  let digits = digitsOf(raw);
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/**
 * A mainland landline with its area code, as `0754-88123456`. Beijing (010) and the 02x cities
 * have three-digit area codes, every other area four; the local number has 7 or 8 digits.
 * Without the area code a number cannot be dialled from elsewhere, so it is refused.
 */
export function parseLandline(raw: string): string | null {
  let digits = digitsOf(raw);
  // From abroad the area code is dialled without its leading 0: +86 754 88123456.
  if (/^(\+|00)86/.test(digits)) digits = `0${digits.replace(/^(\+|00)86/, '').replace(/^0/, '')}`;
  if (!/^0\d{9,11}$/.test(digits)) return null;
  const areaLength = /^0[12]/.test(digits) ? 3 : 4;
  const local = digits.slice(areaLength);
  return /^[2-9]\d{6,7}$/.test(local) ? `${digits.slice(0, areaLength)}-${local}` : null;
}

/** A mobile (11 digits) or a landline (`0754-88123456`), normalised; null when it is neither. */
export function parsePhone(raw: string): string | null {
  return parseMobile(raw) ?? parseLandline(raw);
}

/** 138****5678: enough to recognise a number and to call back from the detail view. */
export function maskMobile(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : value;
}

/** Mobiles as maskMobile; landlines keep the area code and the last four digits: 0754-****3456. */
export function maskPhone(value: string): string {
  const dash = value.indexOf('-');
  if (dash < 0) return maskMobile(value);
  const local = value.slice(dash + 1);
  return `${value.slice(0, dash + 1)}${'*'.repeat(Math.max(0, local.length - 4))}${local.slice(-4)}`;
}
