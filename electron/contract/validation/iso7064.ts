// ISO 7064 MOD 11-2: the check character of the resident ID number (GB 11643) and of our band
// codes. A pure system with a prime modulus and distinct weights (powers of 2 mod 11), so it
// catches every single misread digit and every swap of neighbours. Written by hand: a dozen
// lines of published arithmetic, used by two validators.

/** The check character ('0'–'9' or 'X') for a string of digits. */
export function mod112Check(digits: string): string {
  let sum = 0;
  // The check character has weight 1; each digit to its left doubles the weight (mod 11).
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    sum += Number(digits[i]) * weight;
    weight = (weight * 2) % 11;
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}
