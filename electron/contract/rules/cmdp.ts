// Stem-cell volunteers (中华骨髓库). The optional rules are provincial pilots, off by default.
import { z } from 'zod';
import { rule } from './types';

export const cmdpRules = {
  'cmdp.age': rule({
    schema: z.object({ min: z.number().int().min(16).max(70), max: z.number().int().min(16).max(70) }).strict(),
    defaultValue: { min: 18, max: 45 },
    source: '中华骨髓库入库条件：18–45 周岁，身体健康，符合献血条件',
  }),
  'cmdp.coolingOff': rule({
    schema: z.object({ enabled: z.boolean(), days: z.number().int().min(0).max(90) }).strict(),
    defaultValue: { enabled: false, days: 7 },
    source: '2025 年广西试点：入库前静思期 7 天（默认关闭）',
  }),
  'cmdp.priorBloodDonations': rule({
    schema: z.object({ enabled: z.boolean(), count: z.number().int().min(0).max(20) }).strict(),
    defaultValue: { enabled: false, count: 2 },
    source: '2025 年广西试点：入库前需有 2 次献血记录（默认关闭）',
  }),
} as const;
