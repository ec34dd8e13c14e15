// Blood group as it is written on forms and donation certificates: ABO (A, B, O, AB) and Rh
// (阳性 +, 阴性 −), each possibly unknown. Typed, pasted or imported variants are accepted.

export const ABO_GROUPS = ['A', 'B', 'O', 'AB'] as const;
export type AboGroup = (typeof ABO_GROUPS)[number];

/** Stored as ASCII '+' / '-'; the screen shows 阳性 / 阴性. */
export const RH_FACTORS = ['+', '-'] as const;
export type RhFactor = (typeof RH_FACTORS)[number];

/** 'a', 'Ａ型', 'ab 型' → the group; null when it is not one. */
export function parseAbo(raw: string): AboGroup | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '').replace(/型$/, '').toUpperCase();
  return (ABO_GROUPS as readonly string[]).includes(text) ? (text as AboGroup) : null;
}

/** '+', '＋', 'Rh+', '阳性', '阳' → '+'; '-', '−', 'Rh阴性', '阴' → '-'; null otherwise. */
export function parseRh(raw: string): RhFactor | null {
  const text = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^rh(?=.)/i, '')
    // U+2212 (minus sign) and the dashes NFKC leaves alone.
    .replace(/[\u2212\u2012-\u2015]/g, '-');
  if (text === '+' || text === '阳性' || text === '阳') return '+';
  if (text === '-' || text === '阴性' || text === '阴') return '-';
  return null;
}
