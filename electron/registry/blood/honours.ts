// Honours for donors: their donations converted to "times" the way the honour schemes count
// them, against the thresholds in the rule table.
import type { Honour, HonourStanding } from '../../contract/blood';
import type { RuleValue } from '../../contract/rules';

export interface HonourRules {
  readonly counting: RuleValue<'blood.honourCounting'>;
  readonly national: RuleValue<'blood.nationalHonours'>;
  readonly provincial: RuleValue<'blood.provincialHonour'>;
}

// Two decimals: 300 ml is 1.5 times, and sums of halves must not drift.
const round = (n: number) => Math.round(n * 100) / 100;

export function honourCounts(wholeBloodMl: number, plateletUnits: number, counting: HonourRules['counting']): number {
  return round(wholeBloodMl / counting.wholeBloodMlPerCount + plateletUnits * counting.countsPerPlateletUnit);
}

/** The honours and their thresholds, lowest first. */
export function honourThresholds(rules: HonourRules): { honour: Honour; threshold: number }[] {
  const national = (['bronze', 'silver', 'gold', 'lifetime'] as const).map((honour) => ({ honour, threshold: rules.national[honour] }));
  const provincial = rules.provincial.enabled ? [{ honour: 'provincial' as const, threshold: rules.provincial.count }] : [];
  return [...provincial, ...national].sort((a, b) => a.threshold - b.threshold);
}

export function honourStanding(wholeBloodMl: number, plateletUnits: number, rules: HonourRules): HonourStanding {
  const counts = honourCounts(wholeBloodMl, plateletUnits, rules.counting);
  const thresholds = honourThresholds(rules);
  const reached = thresholds.filter((t) => counts >= t.threshold).map((t) => t.honour);
  const next = thresholds.find((t) => counts < t.threshold);
  return { counts, reached, next: next ? { ...next, remaining: round(next.threshold - counts) } : null };
}

/** The highest honour reached, for one line in a list. */
export function highestHonour(standing: HonourStanding): Honour | null {
  return standing.reached.at(-1) ?? null;
}
