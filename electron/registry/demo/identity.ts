// Who a demo person is on paper: sex, birth date, a resident ID number that passes every check
// the real form makes (GB 11643: address code, birth date, sex in the 17th digit, MOD 11-2
// check character), a mobile, and an address in one of 潮南区's towns.
import { residentIdCheckChar, type Sex } from '../../contract/validation';
import type { Rng } from './random';

// GB/T 2260 codes of where a Shantou resident's number was first issued: mostly 潮南区 and
// 潮阳区, with the old 潮阳市 code that numbers issued before 2003 still carry.
const ADDRESS_CODES: readonly (readonly [string, number])[] = [
  ['440514', 50], // 潮南区
  ['440513', 20], // 潮阳区
  ['440582', 15], // 潮阳市, until 2003: only for those who had their first card by then
  ['440515', 5], // 澄海区
  ['440507', 4], // 龙湖区
  ['440511', 4], // 金平区
  ['440512', 2], // 濠江区
];

// 潮南区's街道 and towns, with a few of their villages and communities.
const TOWNS: readonly (readonly [string, readonly string[]])[] = [
  ['峡山街道', ['东山村', '西溪村', '洋汾陈村', '桃溪村', '南里村']],
  ['两英镇', ['西新村', '东北村', '古溪村', '高堂村', '禾皋村']],
  ['陈店镇', ['溪口村', '文光村', '新溪村', '湖东村', '陈沙村']],
  ['司马浦镇', ['司上村', '司下村', '大布村', '溪美朱村', '华里西村']],
  ['仙城镇', ['深溪村', '仙门城村', '波美村', '高楼村', '新林村']],
  ['胪岗镇', ['新庆村', '上湖村', '下湖村', '泗黄村', '新和村']],
  ['陇田镇', ['东华村', '田心村', '浩溪村', '兰苑村', '陇东村']],
  ['成田镇', ['大寮村', '家美村', '上盐村', '简朴村', '深洋村']],
  ['井都镇', ['神山村', '前美村', '古厝村', '河美村', '东仙村']],
  ['红场镇', ['红场村', '大溪坝村', '林招村', '丁湖村', '黄坑村']],
  ['雷岭镇', ['雷岭村', '小坑村', '新坡村', '更楼村', '南光村']],
];

const MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A date in [fromYear-01-01, toYear-12-31], uniformly, as YYYY-MM-DD. */
export function demoDate(rng: Rng, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const days = Math.round((Date.UTC(toYear, 11, 31) - from) / 86_400_000);
  return new Date(from + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

export interface DemoIdentity {
  readonly sex: Sex;
  readonly birthDate: string;
  readonly docNumber: string;
}

/**
 * A new identity whose ID number is not in `taken` (and is added to it). The 17th digit is odd
 * for men and even for women, as the real form checks.
 */
export function demoIdentity(rng: Rng, taken: Set<string>): DemoIdentity {
  for (;;) {
    const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
    const birthDate = demoDate(rng, 1960, 2007);
    const sequence = rng.int(0, 499) * 2 + (sex === 'M' ? 1 : 0);
    const code = rng.weighted(ADDRESS_CODES);
    const issuedAs = code === '440582' && birthDate >= '1987' ? '440514' : code;
    const first17 = issuedAs + birthDate.replaceAll('-', '') + pad(sequence, 3);
    const docNumber = first17 + residentIdCheckChar(first17);
    if (taken.has(docNumber)) continue;
    taken.add(docNumber);
    return { sex, birthDate, docNumber };
  }
}

export function demoMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
}

/** A Shantou landline, as an office writes it. */
export function demoLandline(rng: Rng): string {
  return `0754-8${pad(rng.int(0, 9_999_999), 7)}`;
}

export function demoAddress(rng: Rng): string {
  const [town, villages] = rng.pick(TOWNS);
  return `潮南区${town}${rng.pick(villages)}${rng.int(1, 30)}巷${rng.int(1, 60)}号`;
}
