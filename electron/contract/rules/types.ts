// A rule is a value the law or the office sets and may change: donation intervals, age limits,
// honour thresholds. Each has a schema, a default shipped with its source, and a history of
// versions staff enter, each effective from a date.
import type { z } from 'zod';

export interface RuleDefinition<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly defaultValue: z.output<S>;
  /** Where the default comes from, shown beside it. */
  readonly source: string;
}

export const rule = <S extends z.ZodType>(definition: RuleDefinition<S>): RuleDefinition<S> => definition;
