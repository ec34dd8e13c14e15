// Chinese names for the demo registry, shaped like a Chaoshan (潮汕) district: 陈, 林, 黄 and
// 郑 lead, and the long tail holds the polyphonic surnames (单 shan, 曾 zeng, 解 xie, 区 ou,
// 仇 qiu) that search must read right. Weights are per ten thousand people, rounded from
// published Shantou surname shares; they only need to give the search realistic skew.
import type { Sex } from '../../contract/validation';
import type { Rng } from './random';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 1350], ['林', 760], ['黄', 620], ['郑', 520], ['李', 480], ['吴', 400], ['张', 380],
  ['蔡', 360], ['许', 330], ['杨', 300], ['王', 280], ['谢', 260], ['刘', 250], ['庄', 230],
  ['周', 200], ['马', 190], ['洪', 180], ['翁', 170], ['姚', 160], ['朱', 150], ['詹', 140],
  ['魏', 130], ['柯', 120], ['郭', 120], ['方', 110], ['彭', 100], ['余', 100], ['卢', 100],
  ['萧', 90], ['沈', 90], ['肖', 90], ['赖', 80], ['纪', 80], ['邱', 80], ['苏', 80],
  ['钟', 70], ['曾', 70], ['罗', 70], ['胡', 60], ['徐', 60], ['孙', 60], ['江', 60],
  ['何', 60], ['梁', 60], ['赵', 50], ['高', 50], ['辜', 40], ['佘', 40], ['麦', 30],
  ['温', 30], ['颜', 30], ['欧', 30], ['丁', 30], ['侯', 30], ['唐', 30], ['叶', 30],
  ['邓', 30], ['廖', 30], ['袁', 20], ['戴', 20], ['邢', 20], ['傅', 20], ['游', 20],
  ['单', 10], ['区', 8], ['仇', 6], ['解', 5], ['覃', 5], ['欧阳', 4], ['司马', 2],
];

// Characters of given names, by who usually bears them. Both lists appear in either sex's
// names now and then, as they do in life.
const MALE = [...'伟俊杰泽锋浩鹏志明宏少镇楚汉雄坤炜鑫晓东鸿壮銮耿华强建国平海斌文辉涛荣森伟锦彬跃腾烁旭阳立新德胜武毅豪嘉铭宇轩睿'];
const FEMALE = [...'丽娜静燕琳婷佳敏洁玉秀雪纯芝娟慧珊莹璇丹虹芳淑惠桂凤晓霞萍红梅兰英琪瑜婉琦妍欣怡楠蕾馨璐薇诗雅'];

// Characters that almost nobody's name holds: a real registry has them, and they are the
// hardest case for a short search (a LIKE finds nothing early and reads everything).
const RARE = [...'燊琇珺瑄翀彧昶煜淼焱鑫垚犇骉劼喆赟斐'];

export function demoName(rng: Rng, sex: Sex): string {
  const surname = rng.weighted(SURNAMES);
  const common = sex === 'M' ? (rng.chance(0.92) ? MALE : FEMALE) : rng.chance(0.92) ? FEMALE : MALE;
  const char = (): string => (rng.chance(0.004) ? rng.pick(RARE) : rng.pick(common));
  // About one Chaoshan name in seven has a one-character given name.
  return rng.chance(0.15) ? surname + char() : surname + char() + char();
}
