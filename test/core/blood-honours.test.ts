// Honours: donations counted as the schemes count them, against thresholds kept as rules.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../electron/contract/rules';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { getDonor } from '../../electron/registry/blood/donors';
import { honourCounts, honourStanding, type HonourRules } from '../../electron/registry/blood/honours';
import { updateRule } from '../../electron/registry/rules/repository';
import { addPerson, donate, platelets, whole } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const DEFAULTS: HonourRules = {
  counting: RULES['blood.honourCounting'].defaultValue,
  national: RULES['blood.nationalHonours'].defaultValue,
  provincial: RULES['blood.provincialHonour'].defaultValue,
};

describe('honours', () => {
  it('counts 200 ml of whole blood and one therapeutic unit of platelets as one time each', () => {
    expect(honourCounts(400, 0, DEFAULTS.counting)).toBe(2);
    expect(honourCounts(300, 0, DEFAULTS.counting)).toBe(1.5);
    expect(honourCounts(0, 2, DEFAULTS.counting)).toBe(2);
  });

  it('reaches each honour on its threshold, not one short of it', () => {
    // 3800 ml = 19 times; 4000 ml = 20 times (bronze).
    expect(honourStanding(3800, 0, DEFAULTS)).toEqual({ counts: 19, reached: ['provincial'], next: { honour: 'bronze', threshold: 20, remaining: 1 } });
    expect(honourStanding(4000, 0, DEFAULTS)).toEqual({ counts: 20, reached: ['provincial', 'bronze'], next: { honour: 'silver', threshold: 30, remaining: 10 } });
    expect(honourStanding(0, 39.5, DEFAULTS).next).toEqual({ honour: 'gold', threshold: 40, remaining: 0.5 });
    expect(honourStanding(0, 120, DEFAULTS)).toMatchObject({ reached: ['provincial', 'bronze', 'silver', 'gold', 'lifetime'], next: null });
  });

  it('leaves out the provincial honour when the office switches it off', () => {
    const off = { ...DEFAULTS, provincial: { enabled: false, count: 10 } };
    expect(honourStanding(2000, 0, off)).toEqual({ counts: 10, reached: [], next: { honour: 'bronze', threshold: 20, remaining: 10 } });
  });

  it('uses the thresholds in the rule table for a donor', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '冯坚', '1985-01-01');
    const today = localToday();
    donate(db, whole(id, addDays(today, -400)));
    donate(db, platelets(id, addDays(today, -100), { units: 2 }));
    expect(getDonor(db, id).honours).toEqual({ counts: 4, reached: [], next: { honour: 'provincial', threshold: 10, remaining: 6 } });
    updateRule(db, { key: 'blood.provincialHonour', value: { enabled: true, count: 4 }, effectiveFrom: today, source: '本省新办法' }, 'staff-1');
    expect(getDonor(db, id).honours).toMatchObject({ reached: ['provincial'], next: { honour: 'bronze', remaining: 16 } });
  });
});
