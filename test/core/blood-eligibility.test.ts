// Every eligibility rule at its boundary: the day before it is broken, on the day it is not.
import { describe, expect, it } from 'vitest';
import type { DonationKind } from '../../electron/contract/blood';
import { eligibilityOn, ruleBreaks, type DonorHistory, type PastDonation } from '../../electron/registry/blood/eligibility';
import { DEFAULT_RULES as RULES } from './helpers/blood';

const given = (date: string, kind: DonationKind, extra: Partial<PastDonation> = {}): PastDonation => ({
  date,
  kind,
  adverseReaction: false,
  physicianApproved: false,
  ...extra,
});
const donor = (birthDate: string | null, ...donations: PastDonation[]): DonorHistory => ({ birthDate, donations });
const rulesBroken = (history: DonorHistory, date: string, kind: DonationKind, physicianApproved = false) =>
  ruleBreaks(history, { date, kind, physicianApproved }, RULES).map((b) => b.rule);

describe('age', () => {
  it('allows a first donation from the 18th birthday, and says when', () => {
    const young = donor('2000-06-15');
    expect(ruleBreaks(young, { date: '2018-06-14', kind: 'whole_blood' }, RULES)).toEqual([
      { rule: 'age.min', allowedFrom: '2018-06-15', otherDate: null, limit: 18 },
    ]);
    expect(rulesBroken(young, '2018-06-15', 'whole_blood')).toEqual([]);
    expect(eligibilityOn(young, RULES, '2018-01-01').wholeBlood.nextDate).toBe('2018-06-15');
  });

  it('counts a 29 February birthday from 1 March in ordinary years', () => {
    const leapling = donor('2004-02-29');
    expect(rulesBroken(leapling, '2022-02-28', 'whole_blood')).toEqual(['age.min']);
    expect(rulesBroken(leapling, '2022-03-01', 'whole_blood')).toEqual([]);
  });

  it('takes first-time donors up to 55 (until the 56th birthday)', () => {
    const first = donor('1970-06-15');
    expect(rulesBroken(first, '2026-06-14', 'whole_blood')).toEqual([]);
    expect(ruleBreaks(first, { date: '2026-06-15', kind: 'whole_blood' }, RULES)).toEqual([
      { rule: 'age.max', allowedFrom: null, otherDate: null, limit: 55 },
    ]);
    expect(eligibilityOn(first, RULES, '2026-06-15').wholeBlood.nextDate).toBeNull();
  });

  it('takes repeat donors without adverse reactions up to 60', () => {
    const repeat = donor('1970-06-15', given('2020-01-10', 'whole_blood'));
    expect(rulesBroken(repeat, '2026-06-15', 'whole_blood')).toEqual([]);
    expect(rulesBroken(repeat, '2031-06-14', 'whole_blood')).toEqual([]);
    expect(ruleBreaks(repeat, { date: '2031-06-15', kind: 'whole_blood' }, RULES)).toMatchObject([{ rule: 'age.max', limit: 60 }]);
  });

  it('keeps the limit at 55 for a donor who had an adverse reaction', () => {
    const reacted = donor('1970-06-15', given('2020-01-10', 'whole_blood', { adverseReaction: true }));
    expect(ruleBreaks(reacted, { date: '2026-06-15', kind: 'whole_blood' }, RULES)).toMatchObject([{ rule: 'age.max', limit: 55 }]);
  });

  it('cannot check the age of someone without a birth date', () => {
    expect(rulesBroken(donor(null), '2025-01-01', 'platelets')).toEqual(['age.unknown']);
  });

  it('stops the next date at the age limit: nothing is offered past it', () => {
    // A repeat donor who turns 61 before the 180 days have passed.
    const old = donor('1964-03-01', given('2025-01-01', 'whole_blood'));
    expect(eligibilityOn(old, RULES, '2025-02-01').wholeBlood.nextDate).toBeNull();
  });
});

describe('intervals', () => {
  const cases = [
    { from: 'whole_blood', to: 'whole_blood', rule: 'interval.wholeToWhole', days: 180, before: '2025-06-29', on: '2025-06-30' },
    { from: 'whole_blood', to: 'platelets', rule: 'interval.wholeToPlatelets', days: 90, before: '2025-03-31', on: '2025-04-01' },
    { from: 'platelets', to: 'whole_blood', rule: 'interval.plateletsToWhole', days: 28, before: '2025-01-28', on: '2025-01-29' },
    { from: 'platelets', to: 'platelets', rule: 'interval.plateletsToPlatelets', days: 14, before: '2025-01-14', on: '2025-01-15' },
  ] as const;

  for (const c of cases) {
    it(`${c.from} → ${c.to}: ${c.days} days (from 2025-01-01, allowed on ${c.on})`, () => {
      const history = donor('1990-05-05', given('2025-01-01', c.from));
      expect(ruleBreaks(history, { date: c.before, kind: c.to }, RULES)).toEqual([
        { rule: c.rule, allowedFrom: c.on, otherDate: '2025-01-01', limit: c.days },
      ]);
      expect(rulesBroken(history, c.on, c.to)).toEqual([]);
    });
  }

  it('platelets → platelets: 7 days with a physician’s approval', () => {
    const history = donor('1990-05-05', given('2025-01-01', 'platelets'));
    expect(ruleBreaks(history, { date: '2025-01-07', kind: 'platelets', physicianApproved: true }, RULES)).toMatchObject([
      { rule: 'interval.plateletsToPlatelets', allowedFrom: '2025-01-08', limit: 7 },
    ]);
    expect(rulesBroken(history, '2025-01-08', 'platelets', true)).toEqual([]);
    const eligibility = eligibilityOn(history, RULES, '2025-01-02');
    expect(eligibility.platelets.nextDate).toBe('2025-01-15');
    expect(eligibility.platelets.nextDateWithApproval).toBe('2025-01-08');
  });

  it('does not count deferred visits: the history holds donations only', () => {
    // recordDonation and listDonors build histories from outcome = 'donated'; see blood-donations.test.ts.
    expect(eligibilityOn(donor('1990-05-05'), RULES, '2025-01-01').wholeBlood.eligible).toBe(true);
  });

  it('gives the next date for each kind from the latest donation of each kind', () => {
    const history = donor('1990-05-05', given('2024-06-01', 'whole_blood'), given('2025-01-01', 'whole_blood'), given('2025-05-01', 'platelets'));
    const eligibility = eligibilityOn(history, RULES, '2025-05-02');
    expect(eligibility.wholeBlood).toMatchObject({ eligible: false, nextDate: '2025-06-30' });
    expect(eligibility.wholeBlood.reasons.map((r) => [r.rule, r.allowedFrom])).toEqual([
      ['interval.wholeToWhole', '2025-06-30'],
      ['interval.plateletsToWhole', '2025-05-29'],
    ]);
    expect(eligibility.platelets).toMatchObject({ eligible: false, nextDate: '2025-05-15', nextDateWithApproval: '2025-05-08' });
  });

  it('checks an older record against the donations entered after it', () => {
    const history = donor('1990-05-05', given('2025-05-01', 'whole_blood'));
    expect(ruleBreaks(history, { date: '2025-03-01', kind: 'whole_blood' }, RULES)).toEqual([
      { rule: 'interval.wholeToWhole', allowedFrom: null, otherDate: '2025-05-01', limit: 180 },
    ]);
    expect(rulesBroken(history, '2024-11-02', 'whole_blood')).toEqual([]);
    expect(rulesBroken(history, '2024-11-03', 'whole_blood')).toEqual(['interval.wholeToWhole']);
  });

  it('uses the interval values it is given (a rule version)', () => {
    const draft = { ...RULES, intervals: { ...RULES.intervals, wholeToWholeDays: 90 } };
    const history = donor('1990-05-05', given('2025-01-01', 'whole_blood'));
    expect(ruleBreaks(history, { date: '2025-04-01', kind: 'whole_blood' }, draft)).toEqual([]);
    expect(ruleBreaks(history, { date: '2025-03-31', kind: 'whole_blood' }, draft)).toMatchObject([{ allowedFrom: '2025-04-01' }]);
  });
});

describe('platelets per rolling year', () => {
  // 24 donations, 14 days apart, from 2025-01-01: the last on 2025-11-19.
  const dates = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + 14 * i)).toISOString().slice(0, 10));
  const busy = donor('1990-05-05', ...dates.map((d) => given(d, 'platelets')));

  it('allows the 25th only once the first has left the 365-day window', () => {
    expect(dates.at(-1)).toBe('2025-11-19');
    expect(ruleBreaks(busy, { date: '2025-12-31', kind: 'platelets' }, RULES)).toEqual([
      { rule: 'platelets.perYear', allowedFrom: '2026-01-01', otherDate: null, limit: 24 },
    ]);
    expect(rulesBroken(busy, '2026-01-01', 'platelets')).toEqual([]);
    expect(eligibilityOn(busy, RULES, '2025-12-10').platelets.nextDate).toBe('2026-01-01');
  });

  it('does not limit whole blood', () => {
    expect(rulesBroken(busy, '2025-12-31', 'whole_blood')).toEqual([]);
  });

  it('counts a window around an older record too', () => {
    // Entering a missing paper record in the middle of the busy year makes 25 in one window.
    expect(rulesBroken(busy, '2025-06-20', 'platelets')).toContain('platelets.perYear');
  });
});
