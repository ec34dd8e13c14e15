// Who may give blood when: a pure function of a donor's history and the rules in force. It
// touches no database, so the recording check, the donor list, the dashboard and the
// benchmark all ask the same question the same way.
import type { DonationKind, Eligibility, KindEligibility, RuleBreak } from '../../contract/blood';
import type { RuleValue } from '../../contract/rules';
import { addDays, ageOn } from '../../contract/validation/calendar';
import { daysBetween } from '../../contract/validation/calendar';
import { birthdayAt, laterOf } from './dates';

export interface EligibilityRules {
  readonly age: RuleValue<'blood.age'>;
  readonly intervals: RuleValue<'blood.intervals'>;
  readonly platelets: RuleValue<'blood.platelets'>;
}

/** A donation that happened (deferred visits are not donations and never count). */
export interface PastDonation {
  readonly date: string;
  readonly kind: DonationKind;
  readonly adverseReaction: boolean;
  readonly physicianApproved: boolean;
}

export interface DonorHistory {
  readonly birthDate: string | null;
  readonly donations: readonly PastDonation[];
}

export interface Candidate {
  readonly date: string;
  readonly kind: DonationKind;
  readonly physicianApproved?: boolean;
}

// The rolling year for the platelet limit: a window of 365 days ending on the donation day.
const YEAR_DAYS = 365;

const INTERVAL_RULE = {
  whole_blood: { whole_blood: 'interval.wholeToWhole', platelets: 'interval.wholeToPlatelets' },
  platelets: { whole_blood: 'interval.plateletsToWhole', platelets: 'interval.plateletsToPlatelets' },
} as const;

function intervalDays(rules: EligibilityRules, from: DonationKind, to: DonationKind, approved: boolean): number {
  const i = rules.intervals;
  if (from === 'whole_blood') return to === 'whole_blood' ? i.wholeToWholeDays : i.wholeToPlateletsDays;
  if (to === 'whole_blood') return i.plateletsToWholeDays;
  return approved ? i.plateletsToPlateletsApprovedDays : i.plateletsToPlateletsDays;
}

function ageBreaks(history: DonorHistory, c: Candidate, rules: EligibilityRules): RuleBreak[] {
  const { birthDate } = history;
  if (birthDate === null) return [{ rule: 'age.unknown', allowedFrom: null, otherDate: null, limit: null }];
  const age = ageOn(birthDate, c.date);
  if (age < rules.age.min) return [{ rule: 'age.min', allowedFrom: birthdayAt(birthDate, rules.age.min), otherDate: null, limit: rules.age.min }];
  // A repeat donor is one who has given before and never had an adverse reaction.
  const earlier = history.donations.filter((d) => d.date < c.date);
  const repeat = earlier.length > 0 && earlier.every((d) => !d.adverseReaction);
  const max = repeat ? Math.max(rules.age.max, rules.age.repeatDonorMax) : rules.age.max;
  return age > max ? [{ rule: 'age.max', allowedFrom: null, otherDate: null, limit: max }] : [];
}

function intervalBreaks(history: DonorHistory, c: Candidate, rules: EligibilityRules): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  for (const kind of ['whole_blood', 'platelets'] as const) {
    let before: PastDonation | undefined;
    let after: PastDonation | undefined;
    for (const d of history.donations) {
      if (d.kind !== kind) continue;
      // The latest one on or before the day (a second donation the same day breaks every
      // interval) and the earliest one after it.
      if (d.date <= c.date && (before === undefined || d.date > before.date)) before = d;
      if (d.date > c.date && (after === undefined || d.date < after.date)) after = d;
    }
    if (before) {
      const days = intervalDays(rules, kind, c.kind, c.physicianApproved ?? false);
      if (daysBetween(before.date, c.date) < days) {
        breaks.push({ rule: INTERVAL_RULE[kind][c.kind], allowedFrom: addDays(before.date, days), otherDate: before.date, limit: days });
      }
    }
    // Entering an older paper record: it must also leave room before the donations after it.
    if (after) {
      const days = intervalDays(rules, c.kind, kind, after.physicianApproved);
      if (daysBetween(c.date, after.date) < days) {
        breaks.push({ rule: INTERVAL_RULE[c.kind][kind], allowedFrom: null, otherDate: after.date, limit: days });
      }
    }
  }
  return breaks;
}

function perYearBreaks(history: DonorHistory, c: Candidate, rules: EligibilityRules): RuleBreak[] {
  if (c.kind !== 'platelets') return [];
  const max = rules.platelets.maxDonationsPerYear;
  // Only donations within a year either side can share a 365-day window with the new one.
  const dates = history.donations
    .filter((d) => d.kind === 'platelets' && Math.abs(daysBetween(d.date, c.date)) < YEAR_DAYS)
    .map((d) => d.date);
  if (dates.length < max) return [];
  const all = [...dates, c.date];
  // The busiest 365-day window that contains the new donation; it can start at one of the dates.
  const starts = all.filter((s) => daysBetween(s, c.date) >= 0 && daysBetween(s, c.date) < YEAR_DAYS);
  const busiest = Math.max(...starts.map((s) => all.filter((d) => daysBetween(s, d) >= 0 && daysBetween(s, d) < YEAR_DAYS).length));
  if (busiest <= max) return [];
  const earlierInYear = dates.filter((d) => d <= c.date && daysBetween(d, c.date) < YEAR_DAYS).sort().reverse();
  // Allowed once the max-th most recent earlier donation has left the window (unless later ones fill it).
  const allowedFrom = earlierInYear.length >= max ? addDays(earlierInYear[max - 1], YEAR_DAYS) : null;
  return [{ rule: 'platelets.perYear', allowedFrom, otherDate: null, limit: max }];
}

/** Every rule the donation would break; empty means it may go ahead. */
export function ruleBreaks(history: DonorHistory, candidate: Candidate, rules: EligibilityRules): RuleBreak[] {
  return [...ageBreaks(history, candidate, rules), ...intervalBreaks(history, candidate, rules), ...perYearBreaks(history, candidate, rules)];
}

/**
 * The first date from `onDate` on which no rule is broken (null: never), as the rules stand on
 * `onDate`: a rule version that starts later is applied when its day comes.
 */
function nextDate(history: DonorHistory, kind: DonationKind, approved: boolean, rules: EligibilityRules, onDate: string): string | null {
  const past: DonorHistory = { ...history, donations: history.donations.filter((d) => d.date <= onDate) };
  let date = onDate;
  // Each round moves past every break found; moving on may cross an age limit, hence the loop.
  for (let round = 0; round < 10; round += 1) {
    const breaks = ruleBreaks(past, { date, kind, physicianApproved: approved }, rules);
    if (breaks.length === 0) return date;
    if (breaks.some((b) => b.allowedFrom === null)) return null;
    date = breaks.reduce((latest, b) => laterOf(latest, b.allowedFrom!), date);
  }
  return null;
}

function kindEligibility(history: DonorHistory, kind: DonationKind, rules: EligibilityRules, onDate: string): KindEligibility {
  const reasons = ruleBreaks(history, { date: onDate, kind }, rules);
  return { eligible: reasons.length === 0, nextDate: nextDate(history, kind, false, rules, onDate), reasons };
}

/**
 * Whether the donor may give whole blood and platelets on `onDate`, and if not, from when.
 * `rules` are those in force on `onDate` (see rules.ts `eligibilityRules`).
 */
export function eligibilityOn(history: DonorHistory, rules: EligibilityRules, onDate: string): Eligibility {
  const platelets = kindEligibility(history, 'platelets', rules, onDate);
  const withApproval = nextDate(history, 'platelets', true, rules, onDate);
  return {
    onDate,
    wholeBlood: kindEligibility(history, 'whole_blood', rules, onDate),
    platelets: { ...platelets, nextDateWithApproval: withApproval !== platelets.nextDate ? withApproval : null },
  };
}
