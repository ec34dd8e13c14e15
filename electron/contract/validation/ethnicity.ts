// The 56 民族 of GB 3304-1991 (中国各民族名称的罗马字母拼写法和代码), in the standard's order.
// The registry stores the two-digit code; the romanised name is the standard's own, used by the
// English interface and as a search key in the form's drop-down.

export interface Ethnicity {
  readonly code: string;
  readonly name: string;
  readonly romanized: string;
}

const NAMES: readonly (readonly [name: string, romanized: string])[] = [
  ['汉族', 'Han'], ['蒙古族', 'Mongol'], ['回族', 'Hui'], ['藏族', 'Zang'], ['维吾尔族', 'Uygur'],
  ['苗族', 'Miao'], ['彝族', 'Yi'], ['壮族', 'Zhuang'], ['布依族', 'Buyei'], ['朝鲜族', 'Chosen'],
  ['满族', 'Man'], ['侗族', 'Dong'], ['瑶族', 'Yao'], ['白族', 'Bai'], ['土家族', 'Tujia'],
  ['哈尼族', 'Hani'], ['哈萨克族', 'Kazak'], ['傣族', 'Dai'], ['黎族', 'Li'], ['傈僳族', 'Lisu'],
  ['佤族', 'Va'], ['畲族', 'She'], ['高山族', 'Gaoshan'], ['拉祜族', 'Lahu'], ['水族', 'Sui'],
  ['东乡族', 'Dongxiang'], ['纳西族', 'Naxi'], ['景颇族', 'Jingpo'], ['柯尔克孜族', 'Kirgiz'], ['土族', 'Tu'],
  ['达斡尔族', 'Daur'], ['仫佬族', 'Mulao'], ['羌族', 'Qiang'], ['布朗族', 'Blang'], ['撒拉族', 'Salar'],
  ['毛南族', 'Maonan'], ['仡佬族', 'Gelao'], ['锡伯族', 'Xibe'], ['阿昌族', 'Achang'], ['普米族', 'Pumi'],
  ['塔吉克族', 'Tajik'], ['怒族', 'Nu'], ['乌孜别克族', 'Uzbek'], ['俄罗斯族', 'Russ'], ['鄂温克族', 'Ewenki'],
  ['德昂族', 'Deang'], ['保安族', 'Bonan'], ['裕固族', 'Yugur'], ['京族', 'Gin'], ['塔塔尔族', 'Tatar'],
  ['独龙族', 'Derung'], ['鄂伦春族', 'Oroqen'], ['赫哲族', 'Hezhen'], ['门巴族', 'Monba'], ['珞巴族', 'Lhoba'],
  ['基诺族', 'Jino'],
];

export const ETHNICITIES: readonly Ethnicity[] = NAMES.map(([name, romanized], i) => ({
  code: String(i + 1).padStart(2, '0'),
  name,
  romanized,
}));

export const ETHNICITY_CODES = ETHNICITIES.map((e) => e.code);

/**
 * The code for what a form, an import or a person typed: the code itself ('1' or '01'), the
 * name with or without 族 (汉族, 汉), or the romanised name (Han). Null when it is none of these.
 */
export function parseEthnicity(raw: string): string | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, '0');
    return ETHNICITY_CODES.includes(code) ? code : null;
  }
  const lower = text.toLowerCase();
  const found = ETHNICITIES.find((e) => e.name === text || e.name === `${text}族` || e.romanized.toLowerCase() === lower);
  return found?.code ?? null;
}

export function ethnicityName(code: string): string | null {
  return ETHNICITIES.find((e) => e.code === code)?.name ?? null;
}
