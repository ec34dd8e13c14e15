// Organ, cornea and body pledges (人体器官捐献和移植条例, 2024).
import { z } from 'zod';
import { rule } from './types';

export const organRules = {
  'organ.minAge': rule({
    schema: z.number().int().min(16).max(25),
    defaultValue: 18,
    source: '人体器官捐献和移植条例（2024）：具有完全民事行为能力的成年人可书面表示捐献意愿',
  }),
} as const;
