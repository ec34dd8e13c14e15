// HLA allele names as the WHO nomenclature writes them since 2010: locus, '*', then two to four
// colon-separated fields, optionally an expression suffix (A*24:09N). Low-resolution typing may
// be the allele group alone (A*02). Forms, imports and the API all check names here, so staff
// see the same Chinese message wherever a name is refused.

/** The loci CMDP types, in the order typing reports list them. */
export const HLA_LOCI = ['A', 'B', 'C', 'DRB1', 'DQB1', 'DPB1'] as const;
export type HlaLocus = (typeof HLA_LOCI)[number];

/** A frequent allele of each locus in the Chinese population, used as the example in messages. */
export const HLA_EXAMPLES: Readonly<Record<HlaLocus, string>> = {
  A: 'A*02:01',
  B: 'B*46:01',
  C: 'C*01:02',
  DRB1: 'DRB1*15:01',
  DQB1: 'DQB1*06:02',
  DPB1: 'DPB1*05:01',
};

export type HlaProblem =
  | 'HLA_EMPTY'
  | 'HLA_NO_STAR'
  | 'HLA_UNKNOWN_LOCUS'
  | 'HLA_WRONG_LOCUS'
  | 'HLA_OLD_FORMAT'
  | 'HLA_FIELD'
  | 'HLA_TOO_MANY_FIELDS'
  | 'HLA_SUFFIX'
  | 'HLA_SUFFIX_GROUP'
  | 'HLA_NOT_HIGH';

export type HlaAlleleResult =
  | { readonly ok: true; readonly value: string; readonly fields: number }
  | { readonly ok: false; readonly problem: HlaProblem; readonly message: string; readonly found?: string };

const LOCUS_NAMES = new Set<string>(HLA_LOCI);
const LOCI_LONGEST_FIRST = [...HLA_LOCI].sort((a, b) => b.length - a.length);

/** The Chinese message for a problem; `found` is the locus written in the name, when it matters. */
export function hlaProblemMessage(problem: HlaProblem, locus: HlaLocus, found = ''): string {
  const example = HLA_EXAMPLES[locus];
  switch (problem) {
    case 'HLA_EMPTY':
      return `请填写 HLA-${locus} 等位基因`;
    case 'HLA_NO_STAR':
      return `位点名与等位基因之间应有星号，如 ${example}`;
    case 'HLA_UNKNOWN_LOCUS':
      return `无法识别的位点“${found}”，此处应为 HLA-${locus}，如 ${example}`;
    case 'HLA_WRONG_LOCUS':
      return `位点不符：此处应填 HLA-${locus}，填写的是 ${found}`;
    case 'HLA_OLD_FORMAT':
      return `这是 2010 年以前的写法，请用冒号分隔各字段，如 ${example}`;
    case 'HLA_FIELD':
      return `每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 ${example}`;
    case 'HLA_TOO_MANY_FIELDS':
      return `等位基因最多四个字段，如 ${example}:01:01`;
    case 'HLA_SUFFIX':
      return '表达后缀只能是 N、L、S 或 Q';
    case 'HLA_SUFFIX_GROUP':
      return `表达后缀只能用于至少两个字段的等位基因，如 ${locus}*24:09N`;
    case 'HLA_NOT_HIGH':
      return `高分辨分型应至少精确到两个字段，如 ${example}`;
  }
}

const fail = (problem: HlaProblem, locus: HlaLocus, found?: string): HlaAlleleResult => ({
  ok: false,
  problem,
  message: hlaProblemMessage(problem, locus, found),
  // The locus written in the name, for a message shown in another language.
  ...(found === undefined ? {} : { found }),
});

/**
 * Checks one allele name typed into the field of `locus`. Full-width characters, spaces,
 * lower case and an "HLA-" prefix are accepted; a name without a locus ("02:01") is taken as
 * belonging to the field's locus, since that is how typing reports list alleles under a heading.
 */
export function parseHlaAllele(raw: string, locus: HlaLocus): HlaAlleleResult {
  let name = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase().replace(/^HLA-/, '');
  if (name === '') return fail('HLA_EMPTY', locus);
  if (/^\d/.test(name)) name = `${locus}*${name}`;

  const star = name.indexOf('*');
  if (star < 0) {
    // "A0201", "DRB1 15:01": a known locus straight before the digits only lacks the star.
    const known = LOCI_LONGEST_FIRST.find((l) => name.startsWith(l) && /^[\d:]/.test(name.slice(l.length)));
    return known ? fail('HLA_NO_STAR', locus) : fail('HLA_UNKNOWN_LOCUS', locus, /^[A-Z]*/.exec(name)?.[0]);
  }
  const written = name.slice(0, star);
  if (!LOCUS_NAMES.has(written)) return fail('HLA_UNKNOWN_LOCUS', locus, written);
  if (written !== locus) return fail('HLA_WRONG_LOCUS', locus, written);

  const body = name.slice(star + 1);
  const suffixMatch = /[A-Z]$/.exec(body);
  const suffix = suffixMatch?.[0];
  const fieldsText = suffix === undefined ? body : body.slice(0, -1);
  // Letters inside the fields (NMDP codes such as A*02:AB) are not allele names at all.
  if (/[^\d:]/.test(fieldsText)) return fail('HLA_FIELD', locus);
  if (suffix !== undefined && !'NLSQ'.includes(suffix)) return fail('HLA_SUFFIX', locus);
  if (/^\d{4,8}$/.test(fieldsText)) return fail('HLA_OLD_FORMAT', locus);

  const fields = fieldsText.split(':');
  if (fields.length > 4) return fail('HLA_TOO_MANY_FIELDS', locus);
  const wellFormed = fields.every((field, i) => (i === 0 ? /^\d{2,3}$/ : /^\d{2,4}$/).test(field));
  if (!wellFormed) return fail('HLA_FIELD', locus);
  if (suffix !== undefined && fields.length < 2) return fail('HLA_SUFFIX_GROUP', locus);
  return { ok: true, value: `${locus}*${fields.join(':')}${suffix ?? ''}`, fields: fields.length };
}
