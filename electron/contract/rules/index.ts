// Every rule the registry knows, by key. A domain adds its rules in its own file here.
import { z } from 'zod';
import { method } from '../spec';
import { bloodRules } from './blood';
import { cmdpRules } from './cmdp';
import { organRules } from './organ';

export type { RuleDefinition } from './types';

export const RULES = { ...bloodRules, ...cmdpRules, ...organRules } as const;
export type RuleKey = keyof typeof RULES;
export type RuleValue<K extends RuleKey> = (typeof RULES)[K]['defaultValue'];
export const RULE_KEYS = Object.keys(RULES) as RuleKey[];

export interface RuleVersion {
  /** 0 for the shipped default, which has no row of its own. */
  readonly version: number;
  readonly value: unknown;
  readonly effectiveFrom: string | null;
  readonly source: string;
  readonly note: string | null;
  readonly createdAt: string | null;
  readonly createdBy: string | null;
}

export interface RuleState {
  readonly key: RuleKey;
  readonly current: RuleVersion;
  /** Newest first; ends with the shipped default. */
  readonly history: readonly RuleVersion[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const RuleUpdateInput = z
  .object({
    key: z.enum(RULE_KEYS as [RuleKey, ...RuleKey[]]),
    value: z.unknown(),
    effectiveFrom: isoDate,
    source: z.string().trim().min(1, '请注明依据').max(300),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const parsed = RULES[input.key].schema.safeParse(input.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['value', ...issue.path.map(String)], message: issue.message });
    }
  });

export const RulesListInput = z.object({ onDate: isoDate.optional() }).strict().prefault({});

export const rulesMethods = {
  'rules.list': method<readonly RuleState[]>()(RulesListInput),
  'rules.update': method<RuleState>()(RuleUpdateInput),
} as const;
