// Unpaid blood donation (献血法 arts. 2 and 9; GB 18467-2011, in force 2012-07-01).
import { z } from 'zod';
import { rule } from './types';

const days = z.number().int().min(0).max(3650);

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
    schema: z.object({ maxUnitsPerDonation: z.number().min(0.5).max(4), maxDonationsPerYear: z.number().int().min(1).max(52) }).strict(),
    defaultValue: { maxUnitsPerDonation: 2, maxDonationsPerYear: 24 },
    source: 'GB 18467-2011：单采血小板每次 1–2 个治疗量，每年不超过 24 次',
  }),
  'blood.wholeBloodVolumes': rule({
    schema: z.array(z.number().int().min(50).max(600)).min(1).max(10),
    defaultValue: [200, 300, 400],
    source: '献血法第九条：每次采集 200 毫升，最多不超过 400 毫升',
  }),
} as const;
