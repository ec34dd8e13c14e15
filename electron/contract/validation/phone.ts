// Chinese mobile numbers as people type them: with spaces, dashes, full-width digits or +86.

/** Returns the 11-digit mobile number, or null when the input is not a mainland mobile number. */
export function parseMobile(raw: string): string | null {
  let digits = raw.normalize('NFKC').replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 138****5678: enough to recognise a number and to call back from the detail view. */
export function maskMobile(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : value;
}
