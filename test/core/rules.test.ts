// The versioned rule table: defaults with their source, versions effective from a date.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { RULES } from '../../electron/contract/rules';
import { getRule, updateRule } from '../../electron/registry/rules/repository';
import { tempRegistry } from './helpers/tmp';

describe('rules', () => {
  it('ships the DOMAIN.md defaults, each with its source', () => {
    const { db } = tempRegistry();
    expect(getRule(db, 'blood.intervals')).toEqual({
      wholeToWholeDays: 180,
      wholeToPlateletsDays: 90,
      plateletsToWholeDays: 28,
      plateletsToPlateletsDays: 14,
      plateletsToPlateletsApprovedDays: 7,
    });
    expect(getRule(db, 'blood.age')).toEqual({ min: 18, max: 55, repeatDonorMax: 60 });
    expect(getRule(db, 'cmdp.age')).toEqual({ min: 18, max: 45 });
    expect(getRule(db, 'cmdp.coolingOff').enabled).toBe(false);
    for (const def of Object.values(RULES)) {
      expect(def.source.length).toBeGreaterThan(5);
      expect(def.schema.safeParse(def.defaultValue).success).toBe(true);
    }
  });

  it('applies a new version from its effective date and keeps the old one for earlier dates', () => {
    const { db } = tempRegistry();
    const draft = { min: 18, max: 65, repeatDonorMax: 65 };
    updateRule(db, { key: 'blood.age', value: draft, effectiveFrom: '2027-01-01', source: '2025-12-17 征求意见稿' }, 'staff-1');
    expect(getRule(db, 'blood.age', '2026-12-31')).toEqual({ min: 18, max: 55, repeatDonorMax: 60 });
    expect(getRule(db, 'blood.age', '2027-01-01')).toEqual(draft);
  });

  it('refuses a value that does not fit the rule, naming the field, and records valid edits in the audit log', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: 'staff-1' });
    const bad = await dispatch('rules.update', { key: 'blood.age', value: { min: 18, max: 'x', repeatDonorMax: 60 }, effectiveFrom: '2027-01-01', source: '测试' });
    expect(bad).toMatchObject({ error: { code: 'INVALID_INPUT', details: [{ path: ['value', 'max'] }] } });
    const unknown = await dispatch('rules.update', { key: 'blood.nope', value: 1, effectiveFrom: '2027-01-01', source: '测试' });
    expect(unknown).toMatchObject({ error: { code: 'INVALID_INPUT' } });

    const ok = await dispatch('rules.update', { key: 'cmdp.coolingOff', value: { enabled: true, days: 7 }, effectiveFrom: '2020-01-01', source: '本省通知' });
    expect(ok).toMatchObject({ data: { key: 'cmdp.coolingOff', current: { value: { enabled: true, days: 7 }, createdBy: 'staff-1' } } });
    const list = await dispatch('rules.list', {});
    const coolingOff = 'data' in list ? (list.data as { key: string; history: unknown[] }[]).find((r) => r.key === 'cmdp.coolingOff') : undefined;
    expect(coolingOff?.history).toHaveLength(2);
    const audit = await dispatch('audit.list', { action: 'rule.update' });
    expect(audit).toMatchObject({ data: { total: 1 } });
  });
});
