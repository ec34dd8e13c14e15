// Unpaid blood donation (献血法 arts. 2 and 9; GB 18467-2011, in force 2012-07-01) and the
// honours for donors (全国无偿献血表彰奖励办法, 2022 edition; provincial schemes vary).
import { z } from 'zod';
import { rule } from './types';

const days = z.number().int().min(0).max(3650);
const count = z.number().int().min(1).max(1000);

export const bloodRules = {
  'blood.age': rule({
    schema: z.object({ min: z.number().int().min(16).max(70), max: z.number().int().min(16).max(80), repeatDonorMax: z.number().int().min(16).max(80) }).strict(),
    defaultValue: { min: 18, max: 55, repeatDonorMax: 60 },
    source: '献血法第二条；GB 18467-2011：18–55 周岁，既往无献血反应的多次献血者可延长至 60 周岁',
  }),
  'blood.intervals': rule({
    schema: z
      .object({
        wholeToWholeDays: days,
        wholeToPlateletsDays: days,
        plateletsToWholeDays: days,
        plateletsToPlateletsDays: days,
        plateletsToPlateletsApprovedDays: days,
      })
      .strict(),
    // Months as days: 6 months = 180, 3 months = 90 (GB 18467-2011 counts months of 30 days).
    defaultValue: { wholeToWholeDays: 180, wholeToPlateletsDays: 90, plateletsToWholeDays: 28, plateletsToPlateletsDays: 14, plateletsToPlateletsApprovedDays: 7 },
    source: 'GB 18467-2011：全血间隔不少于 6 个月；全血后单采血小板不少于 3 个月；单采后全血不少于 4 周；单采间隔不少于 2 周（经医师批准 1 周）',
  }),
  'blood.platelets': rule({
    schema: z
      .object({
        minUnitsPerDonation: z.number().min(0.5).max(4),
        maxUnitsPerDonation: z.number().min(0.5).max(4),
        maxDonationsPerYear: z.number().int().min(1).max(52),
      })
      .strict(),
    defaultValue: { minUnitsPerDonation: 1, maxUnitsPerDonation: 2, maxDonationsPerYear: 24 },
    source: 'GB 18467-2011：单采血小板每次 1–2 个治疗量，每年不超过 24 次（按滚动的 365 天计）',
  }),
  'blood.wholeBloodVolumes': rule({
    schema: z.array(z.number().int().min(50).max(600)).min(1).max(10),
    defaultValue: [200, 300, 400],
    source: '献血法第九条：每次采集 200 毫升，最多不超过 400 毫升',
  }),
  // Honours count donations in "times" (次), not visits: the national scheme converts volume.
  'blood.honourCounting': rule({
    schema: z.object({ wholeBloodMlPerCount: z.number().int().min(50).max(800), countsPerPlateletUnit: z.number().min(0.5).max(10) }).strict(),
    defaultValue: { wholeBloodMlPerCount: 200, countsPerPlateletUnit: 1 },
    source: '全国无偿献血表彰奖励办法：全血每 200 毫升按 1 次计算；机采血小板每 1 个治疗单位按 1 次、2 个治疗单位按 2 次计算（请对照当期表彰通知核对）',
  }),
  'blood.nationalHonours': rule({
    schema: z.object({ bronze: count, silver: count, gold: count, lifetime: count }).strict(),
    defaultValue: { bronze: 20, silver: 30, gold: 40, lifetime: 120 },
    source:
      '全国无偿献血表彰奖励办法（2022 年版）：无偿献血奉献奖铜奖 20 次以上、银奖 30 次以上、金奖 40 次以上；终身荣誉奖为“累计获得金奖 3 次以上”，此处按 3 × 40 次估算为 120 次，待对照当期表彰通知核对',
  }),
  'blood.provincialHonour': rule({
    schema: z.object({ enabled: z.boolean(), count }).strict(),
    defaultValue: { enabled: true, count: 10 },
    source: '各省标准不同。默认值参照浙江省无偿献血表彰奖励办法：无偿献血奉献奖为累计献血 2000 毫升以上（折合 10 次）；请按本省现行办法核对修改',
  }),
} as const;
