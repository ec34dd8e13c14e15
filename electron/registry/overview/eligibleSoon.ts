// The work list "may give again this week": donors who could not give again yesterday what they
// gave last time (whole blood or platelets) and may from a day of the coming seven: the ones to
// invite back. The summary (blood_donor) narrows them to the donors whose intervals for that kind
// are over by the week's end but were not yesterday; the blood program's own rule function
// (eligibility.ts ruleBreaks) then decides, with age and the yearly platelet limit, so the list
// agrees with what the donation form will say on that day.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DonationKind } from '../../contract/blood';
import { WORK_LIST_ROWS, type EligibleDonor, type WorkList } from '../../contract/overview';
import { addDays } from '../../contract/validation/calendar';
import { laterOf } from '../blood/dates';
import { ruleBreaks, type DonorHistory, type EligibilityRules, type PastDonation } from '../blood/eligibility';
import { eligibilityRules } from '../blood/rules';

export const WEEK_DAYS = 7;

// For one kind: both intervals over by the end of the week, not both over yesterday. The first
// term lets blood_donor_eligibility start at the earliest last donation that can matter.
const intervalsEnd = (k: string) => `coalesce(last_whole_date <= @${k}WholeBy, 1) AND coalesce(last_platelets_date <= @${k}PlateletsBy, 1)`;
const intervalsYesterday = (k: string) => `coalesce(last_whole_date <= @${k}WholeYesterday, 1) AND coalesce(last_platelets_date <= @${k}PlateletsYesterday, 1)`;

/** Exported for the query-plan test. */
export const CANDIDATES_SQL = `SELECT person_id FROM blood_donor WHERE last_date >= @earliest AND (
    (last_whole_date = last_date AND ${intervalsEnd('whole')} AND NOT (${intervalsYesterday('whole')}))
    OR (last_platelets_date = last_date AND ${intervalsEnd('platelets')} AND NOT (${intervalsYesterday('platelets')})))`;

const HISTORIES_SQL = `SELECT d.person_id, d.date, d.kind, d.adverse_reaction, d.physician_approved, p.birth_date, p.name
  FROM donation d JOIN person p ON p.id = d.person_id
  WHERE d.person_id IN (SELECT value FROM json_each(?)) AND d.outcome = 'donated' ORDER BY d.person_id, d.date`;

/** The interval from the last donation of each kind to a donation of `to`. */
function intervalsTo(rules: EligibilityRules, to: DonationKind): { whole: number; platelets: number } {
  const i = rules.intervals;
  return to === 'whole_blood' ? { whole: i.wholeToWholeDays, platelets: i.plateletsToWholeDays } : { whole: i.wholeToPlateletsDays, platelets: i.plateletsToPlateletsDays };
}

export function candidateParams(rules: EligibilityRules, today: string, weekEnd: string): Record<string, string> {
  const yesterday = addDays(today, -1);
  const params: Record<string, string> = {};
  let longest = 0;
  for (const [k, kind] of [['whole', 'whole_blood'], ['platelets', 'platelets']] as const) {
    const days = intervalsTo(rules, kind);
    longest = Math.max(longest, days.whole, days.platelets);
    Object.assign(params, {
      [`${k}WholeBy`]: addDays(weekEnd, -days.whole),
      [`${k}PlateletsBy`]: addDays(weekEnd, -days.platelets),
      [`${k}WholeYesterday`]: addDays(yesterday, -days.whole),
      [`${k}PlateletsYesterday`]: addDays(yesterday, -days.platelets),
    });
  }
  return { ...params, earliest: addDays(today, -longest) };
}

/** The first day from `today` to `weekEnd` on which a donation of `kind` breaks no rule, if one breaks yesterday. */
function firstDayThisWeek(history: DonorHistory, kind: DonationKind, rules: EligibilityRules, today: string, weekEnd: string): string | null {
  let breaks = ruleBreaks(history, { date: addDays(today, -1), kind }, rules);
  if (breaks.length === 0) return null;
  // As the donation form's next date does: move past every break; a later day may meet another rule.
  let day = today;
  for (let round = 0; round < 10 && breaks.length > 0; round += 1) {
    if (breaks.some((b) => b.allowedFrom === null)) return null;
    day = breaks.reduce((latest, b) => laterOf(latest, b.allowedFrom!), day);
    if (day > weekEnd) return null;
    breaks = ruleBreaks(history, { date: day, kind }, rules);
  }
  return breaks.length === 0 ? day : null;
}

interface HistoryRow {
  person_id: number;
  date: string;
  kind: DonationKind;
  adverse_reaction: number;
  physician_approved: number;
  birth_date: string | null;
  name: string;
}

export function eligibleThisWeek(db: Database, today: string): WorkList<EligibleDonor> & { from: string; to: string } {
  const to = addDays(today, WEEK_DAYS - 1);
  const rules = eligibilityRules(db, today);
  const ids = db.prepare(CANDIDATES_SQL).pluck().all(candidateParams(rules, today, to)) as number[];
  const people = new Map<number, { name: string; history: DonorHistory & { donations: PastDonation[] } }>();
  for (const r of db.prepare(HISTORIES_SQL).all(JSON.stringify(ids)) as HistoryRow[]) {
    const entry = people.get(r.person_id) ?? { name: r.name, history: { birthDate: r.birth_date, donations: [] } };
    entry.history.donations.push({ date: r.date, kind: r.kind, adverseReaction: r.adverse_reaction === 1, physicianApproved: r.physician_approved === 1 });
    people.set(r.person_id, entry);
  }
  const found: EligibleDonor[] = [];
  for (const [personId, { name, history }] of people) {
    const last = history.donations.at(-1)!;
    // Both kinds on one day: whole blood, the more usual.
    const kind = history.donations.some((d) => d.date === last.date && d.kind === 'whole_blood') ? 'whole_blood' : last.kind;
    const from = firstDayThisWeek(history, kind, rules, today, to);
    if (from !== null) found.push({ personId, name, lastDate: last.date, kind, from });
  }
  found.sort((a, b) => a.from.localeCompare(b.from) || a.personId - b.personId);
  return { from: today, to, total: found.length, rows: found.slice(0, WORK_LIST_ROWS) };
}
