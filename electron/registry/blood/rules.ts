// The blood rules from the versioned rule table, gathered for the pure functions that use them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { getRule } from '../rules/repository';
import type { EligibilityRules } from './eligibility';
import type { HonourRules } from './honours';

/** The eligibility rules in force on a date: a past donation is judged by its own day's rules. */
export function eligibilityRules(db: Database, onDate: string): EligibilityRules {
  return { age: getRule(db, 'blood.age', onDate), intervals: getRule(db, 'blood.intervals', onDate), platelets: getRule(db, 'blood.platelets', onDate) };
}

export function honourRules(db: Database, onDate: string): HonourRules {
  return {
    counting: getRule(db, 'blood.honourCounting', onDate),
    national: getRule(db, 'blood.nationalHonours', onDate),
    provincial: getRule(db, 'blood.provincialHonour', onDate),
  };
}
