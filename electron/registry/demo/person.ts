// One demo person's whole record: identity, contact details, blood group and the rest of what
// the person form holds, in the shapes the registry stores (codes, normalised phones).
import type { Sex } from '../../contract/validation';
import { demoAddress, demoDate, demoIdentity, demoLandline, demoMobile } from './identity';
import { demoName } from './names';
import type { Rng } from './random';

export interface DemoRecord {
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly docNumber: string;
  readonly mobile: string | null;
  readonly address: string;
  readonly ethnicity: string;
  readonly employer: string | null;
  readonly occupation: string | null;
  readonly bloodAbo: string | null;
  readonly bloodRh: string | null;
  readonly createdAt: string;
  readonly landline: string | null;
  readonly contact: { readonly name: string; readonly relation: string; readonly phone: string } | null;
}

// GB 3304 codes: almost everyone is 汉族 (01); 畲族 (22) live in the Chaoshan hills.
const ETHNICITIES: readonly (readonly [string, number])[] = [['01', 9960], ['22', 15], ['08', 10], ['03', 5], ['11', 5], ['15', 5]];
// Guangdong's ABO shares; Rh negative is about 3 in 1000 among Han Chinese.
const ABO: readonly (readonly [string, number])[] = [['O', 45], ['A', 26], ['B', 23], ['AB', 6]];
// Occupations, and where those with an employer to name work.
const OCCUPATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['工人', ['潮南区纺织印染园', '峡山针织厂', '陈店电子厂', '两英内衣厂']],
  ['农民', []],
  ['个体经营', []],
  ['教师', ['陈店镇中心小学', '仙城中学', '两英中学', '峡山街道实验学校']],
  ['医务人员', ['潮南区人民医院', '潮南区民生医院', '两英镇卫生院', '峡山街道社区卫生服务中心']],
  ['公务员', ['潮南区人民政府', '峡山街道办事处', '司马浦镇人民政府', '潮南区税务局']],
  ['企业职员', ['汕头市潮南区供电局', '潮南区农村信用社', '中国移动潮南分公司']],
  ['自由职业', []],
  ['司机', []],
  ['厨师', []],
];
const RELATIONS = ['配偶', '父亲', '母亲', '子女', '兄弟姐妹', '朋友'];

export function demoRecord(rng: Rng, taken: Set<string>, today: string): DemoRecord {
  const { sex, birthDate, docNumber } = demoIdentity(rng, taken);
  const name = demoName(rng, sex);
  const todayYear = Number(today.slice(0, 4));
  // Registered as an adult, some time between 2012 (or their 18th year) and today, in office
  // hours (08:00–17:59 in China, stored as UTC).
  const adultYear = Math.min(todayYear, Math.max(2012, Number(birthDate.slice(0, 4)) + 18));
  const registered = [demoDate(rng, adultYear, todayYear), today].sort()[0];
  const time = `${String(rng.int(0, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const age = todayYear - Number(birthDate.slice(0, 4));
  const [occupation, employers] = age <= 22 ? ['学生', []] : age >= 60 && rng.chance(0.7) ? ['退休', []] : rng.pick(OCCUPATIONS);
  const bloodAbo = rng.chance(0.85) ? rng.weighted(ABO) : null;
  return {
    name,
    sex,
    birthDate,
    docNumber,
    mobile: rng.chance(0.95) ? demoMobile(rng) : null,
    address: demoAddress(rng),
    ethnicity: rng.weighted(ETHNICITIES),
    employer: employers.length > 0 && rng.chance(0.7) ? rng.pick(employers) : null,
    occupation: rng.chance(0.85) ? occupation : null,
    bloodAbo,
    bloodRh: bloodAbo === null ? null : rng.chance(0.003) ? '-' : '+',
    createdAt: `${registered}T${time}:00.000Z`,
    landline: rng.chance(0.1) ? demoLandline(rng) : null,
    contact: rng.chance(0.3) ? { name: demoName(rng, rng.chance(0.5) ? 'M' : 'F'), relation: rng.pick(RELATIONS), phone: demoMobile(rng) } : null,
  };
}
