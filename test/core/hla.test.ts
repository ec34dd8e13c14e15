// HLA allele names (WHO nomenclature since 2010), as forms, imports and the API check them.
import { describe, expect, it } from 'vitest';
import { TypingInput } from '../../electron/contract/stemcell';
import { parseHlaAllele, type HlaLocus } from '../../electron/contract/validation/hla';

describe('HLA allele names', () => {
  it.each<[HlaLocus, string, string, number]>([
    ['A', 'A*02', 'A*02', 1],
    ['A', 'A*02:01', 'A*02:01', 2],
    ['A', 'A*02:01:01', 'A*02:01:01', 3],
    ['A', 'A*02:01:01:01', 'A*02:01:01:01', 4],
    ['A', 'A*24:09N', 'A*24:09N', 2],
    ['A', 'A*24:02:01:02L', 'A*24:02:01:02L', 4],
    ['B', 'B*44:02:01:02S', 'B*44:02:01:02S', 4],
    ['A', 'A*32:11Q', 'A*32:11Q', 2],
    ['B', 'B*15:101', 'B*15:101', 2],
    ['A', 'A*02:1001', 'A*02:1001', 2],
    ['C', 'C*07:02:01:03', 'C*07:02:01:03', 4],
    ['DRB1', 'DRB1*15:01:01', 'DRB1*15:01:01', 3],
    ['DQB1', 'DQB1*06:02', 'DQB1*06:02', 2],
    ['DPB1', 'DPB1*05:01', 'DPB1*05:01', 2],
    // As people type it: lower case, spaces, full-width, the HLA- prefix, or the fields alone.
    ['A', ' a*02:01 ', 'A*02:01', 2],
    ['DRB1', 'drb1*15:01', 'DRB1*15:01', 2],
    ['A', 'ＨＬＡ－Ａ＊０２：０１', 'A*02:01', 2],
    ['A', 'HLA-A*11:01', 'A*11:01', 2],
    ['B', '46:01', 'B*46:01', 2],
    ['DRB1', '09', 'DRB1*09', 1],
  ])('accepts %s %s', (locus, raw, value, fields) => {
    expect(parseHlaAllele(raw, locus)).toEqual({ ok: true, value, fields });
  });

  it.each<[HlaLocus, string, string, string]>([
    ['A', '', 'HLA_EMPTY', '请填写 HLA-A 等位基因'],
    ['A', '   ', 'HLA_EMPTY', '请填写 HLA-A 等位基因'],
    ['A', 'A02:01', 'HLA_NO_STAR', '位点名与等位基因之间应有星号，如 A*02:01'],
    ['DRB1', 'DRB115:01', 'HLA_NO_STAR', '位点名与等位基因之间应有星号，如 DRB1*15:01'],
    ['A', 'B*07:02', 'HLA_WRONG_LOCUS', '位点不符：此处应填 HLA-A，填写的是 B'],
    ['DQB1', 'DRB1*15:01', 'HLA_WRONG_LOCUS', '位点不符：此处应填 HLA-DQB1，填写的是 DRB1'],
    ['DRB1', 'DRB3*01:01', 'HLA_UNKNOWN_LOCUS', '无法识别的位点“DRB3”，此处应为 HLA-DRB1，如 DRB1*15:01'],
    ['A', 'X*01:01', 'HLA_UNKNOWN_LOCUS', '无法识别的位点“X”，此处应为 HLA-A，如 A*02:01'],
    ['A', 'hello', 'HLA_UNKNOWN_LOCUS', '无法识别的位点“HELLO”，此处应为 HLA-A，如 A*02:01'],
    ['A', 'A*0201', 'HLA_OLD_FORMAT', '这是 2010 年以前的写法，请用冒号分隔各字段，如 A*02:01'],
    ['B', '4601', 'HLA_OLD_FORMAT', '这是 2010 年以前的写法，请用冒号分隔各字段，如 B*46:01'],
    ['A', 'A*2:01', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02:1', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02:', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02::01', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*0201:01', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02:AB', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02.01', 'HLA_FIELD', '每个字段应为 2–4 位数字（第一字段 2–3 位），以冒号分隔，如 A*02:01'],
    ['A', 'A*02:01:01:01:01', 'HLA_TOO_MANY_FIELDS', '等位基因最多四个字段，如 A*02:01:01:01'],
    ['A', 'A*02:01G', 'HLA_SUFFIX', '表达后缀只能是 N、L、S 或 Q'],
    ['A', 'A*02:01X', 'HLA_SUFFIX', '表达后缀只能是 N、L、S 或 Q'],
    ['A', 'A*24N', 'HLA_SUFFIX_GROUP', '表达后缀只能用于至少两个字段的等位基因，如 A*24:09N'],
  ])('refuses %s %j as %s with a Chinese message', (locus, raw, problem, message) => {
    expect(parseHlaAllele(raw, locus)).toMatchObject({ ok: false, problem, message });
  });
});

describe('a typing as the API takes it', () => {
  const base = { enrollmentId: 1, typedOn: '2024-05-01', lab: '中华骨髓库广东分库 HLA 实验室' };

  it('normalises the alleles, accepts a homozygous locus and leaves untyped optional loci out', () => {
    const parsed = TypingInput.parse({
      ...base,
      resolution: 'low',
      alleles: { A: ['a*02', '11'], B: ['B*46', 'B*46'], DRB1: ['DRB1*09', 'drb1*15'], C: ['', ''] },
    });
    expect(parsed.alleles).toEqual({ A: ['A*02', 'A*11'], B: ['B*46', 'B*46'], DRB1: ['DRB1*09', 'DRB1*15'] });
  });

  it('says which locus was written when it is the wrong one or unknown', () => {
    expect(parseHlaAllele('B*07:02', 'A')).toMatchObject({ problem: 'HLA_WRONG_LOCUS', found: 'B' });
    expect(parseHlaAllele('DRB3*01:01', 'DRB1')).toMatchObject({ problem: 'HLA_UNKNOWN_LOCUS', found: 'DRB3' });
  });

  it('names the locus and the allele of each problem, and requires A, B and DRB1', () => {
    const result = TypingInput.safeParse({
      ...base,
      resolution: 'high',
      alleles: { A: ['A*02:01', 'B*07:02'], B: ['B*46', 'B*46:01'], DQB1: ['DQB1*06:02', ''] },
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['alleles.A.1', 'HLA-A 第 2 个等位基因：位点不符：此处应填 HLA-A，填写的是 B'],
      ['alleles.B.0', 'HLA-B 第 1 个等位基因：高分辨分型应至少精确到两个字段，如 B*46:01'],
      ['alleles.DRB1.0', 'HLA-DRB1 为必填位点'],
      ['alleles.DQB1.1', 'HLA-DQB1 第 2 个等位基因：请填写 HLA-DQB1 等位基因'],
    ]);
  });
});
