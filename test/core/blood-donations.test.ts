// Recording donations: the rules are checked on the donation's own day, a broken rule needs an
// override reason (stored and audited), deferred visits are kept but never count.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { DonationInput } from '../../electron/contract/blood';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { deleteDonation, listDonations, recordDonation } from '../../electron/registry/blood/donations';
import { getDonor } from '../../electron/registry/blood/donors';
import { listAudit } from '../../electron/registry/audit/log';
import { updateRule } from '../../electron/registry/rules/repository';
import { addPerson, donate, platelets, whole } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const today = localToday();
const daysAgo = (n: number) => addDays(today, -n);

describe('recording a donation', () => {
  it('saves a donation within the rules and shows the next dates on the donor', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '王秀英', '1990-05-05');
    const saved = donate(db, whole(id, daysAgo(10), { volumeMl: 300, certificateNo: 'gd２０２５-001' }));
    expect(saved).toMatchObject({ personName: '王秀英', kind: 'whole_blood', volumeMl: 300, certificateNo: 'GD2025-001', overrideReason: null });

    const record = getDonor(db, id);
    expect(record).toMatchObject({ donations: 1, deferrals: 0, wholeBloodMl: 300, lastDonation: { id: saved.id } });
    expect(record.eligibility.wholeBlood).toMatchObject({ eligible: false, nextDate: addDays(daysAgo(10), 180) });
    expect(record.eligibility.platelets.nextDate).toBe(addDays(daysAgo(10), 90));
  });

  it('returns the broken rules and saves nothing without an override reason', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '陈志强', '1988-03-15');
    donate(db, whole(id, daysAgo(30)));
    const result = recordDonation(db, DonationInput.parse(whole(id, today)), 'staff-1');
    expect(result).toEqual({
      status: 'needsOverride',
      violations: [{ rule: 'interval.wholeToWhole', allowedFrom: addDays(daysAgo(30), 180), otherDate: daysAgo(30), limit: 180 }],
    });
    expect(listDonations(db, { personId: id, offset: 0, limit: 10 }).total).toBe(1);
  });

  it('saves with an override reason, keeps the reason and audits the override', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '陈志强', '1988-03-15');
    donate(db, whole(id, daysAgo(30)));
    const result = recordDonation(db, DonationInput.parse(whole(id, today, { overrideReason: '纸质记录日期有误，经站长核实' })), 'staff-2');
    expect(result).toMatchObject({ status: 'saved', donation: { overrideReason: '纸质记录日期有误，经站长核实' }, overridden: [{ rule: 'interval.wholeToWhole' }] });

    const audit = listAudit(db, { action: 'donation.create-override', offset: 0, limit: 10 });
    expect(audit.total).toBe(1);
    expect(audit.rows[0]).toMatchObject({
      actor: 'staff-2',
      entity: 'donation',
      after: { overrideReason: '纸质记录日期有误，经站长核实', violations: [{ rule: 'interval.wholeToWhole' }] },
    });
  });

  it('keeps deferred visits without counting them for intervals or totals', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '李娜', '1995-08-08');
    donate(db, { personId: id, date: daysAgo(5), kind: 'whole_blood', outcome: 'deferred', deferralReason: 'haemoglobin' });
    const saved = donate(db, whole(id, daysAgo(2)));
    expect(saved.overrideReason).toBeNull();
    expect(getDonor(db, id)).toMatchObject({ donations: 1, deferrals: 1, wholeBloodMl: 400, firstDate: daysAgo(2) });
    expect(listDonations(db, { personId: id, outcome: 'deferred', offset: 0, limit: 10 }).rows).toMatchObject([{ deferralReason: 'haemoglobin', volumeMl: null }]);
  });

  it('judges a past donation by the rules in force on its day', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '赵敏', '1992-01-01');
    // From 100 days ago the whole-blood interval is 90 days (the 2025 draft); before it, 180.
    updateRule(db, { key: 'blood.intervals', value: { wholeToWholeDays: 90, wholeToPlateletsDays: 90, plateletsToWholeDays: 28, plateletsToPlateletsDays: 14, plateletsToPlateletsApprovedDays: 7 }, effectiveFrom: daysAgo(100), source: '测试' }, 'staff-1');
    donate(db, whole(id, daysAgo(400)));
    // 120 days after the first donation, but that day the old 180-day rule applied.
    const past = recordDonation(db, DonationInput.parse(whole(id, daysAgo(280))), 'staff-1');
    expect(past).toMatchObject({ status: 'needsOverride', violations: [{ rule: 'interval.wholeToWhole', limit: 180 }] });
    donate(db, whole(id, daysAgo(200)));
    // 100 days after that, under the new rule: fine.
    expect(donate(db, whole(id, daysAgo(100))).overrideReason).toBeNull();
  });

  it('refuses a volume or a number of units the rules do not allow, naming the field', async () => {
    const registry = tempRegistry();
    const id = addPerson(registry.db, '孙丽', '1990-01-01');
    const dispatch = createDispatcher(registry, { actor: 'staff-1' });
    expect(await dispatch('blood.recordDonation', whole(id, today, { volumeMl: 250 }))).toMatchObject({
      error: { code: 'INVALID_INPUT', message: '献血量应为 200、300、400 毫升之一', details: [{ path: ['volumeMl'] }] },
    });
    expect(await dispatch('blood.recordDonation', platelets(id, today, { units: 3 }))).toMatchObject({
      error: { code: 'INVALID_INPUT', details: [{ path: ['units'] }] },
    });
    expect(await dispatch('blood.recordDonation', { personId: id, date: today, kind: 'whole_blood' })).toMatchObject({
      error: { code: 'INVALID_INPUT', details: [{ path: ['volumeMl'], message: '请选择献血量' }] },
    });
    expect(await dispatch('blood.recordDonation', whole(id, addDays(today, 1)))).toMatchObject({
      error: { code: 'INVALID_INPUT', details: [{ path: ['date'], message: '献血日期不能晚于今天' }] },
    });
    expect(await dispatch('blood.recordDonation', { personId: id, date: today, kind: 'whole_blood', outcome: 'deferred', deferralReason: 'other' })).toMatchObject({
      error: { code: 'INVALID_INPUT', details: [{ path: ['deferralNote'] }] },
    });
    expect(listDonations(registry.db, { offset: 0, limit: 10 }).total).toBe(0);
  });

  it('refuses a certificate number already used, and an unknown person or drive', async () => {
    const registry = tempRegistry();
    const a = addPerson(registry.db, '甲', '1990-01-01');
    const b = addPerson(registry.db, '乙', '1990-01-01');
    const first = donate(registry.db, whole(a, daysAgo(3), { certificateNo: 'X-1' }));
    const dispatch = createDispatcher(registry, { actor: 'staff-1' });
    expect(await dispatch('blood.recordDonation', whole(b, daysAgo(3), { certificateNo: 'x-1' }))).toMatchObject({
      error: { code: 'DUPLICATE', details: { field: 'certificateNo', existingId: first.id } },
    });
    expect(await dispatch('blood.recordDonation', whole(999, daysAgo(3)))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await dispatch('blood.recordDonation', whole(b, daysAgo(3), { driveId: 999 }))).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('deletes a record entered in error, keeping it and the reason in the audit log', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '周杰', '1990-01-01');
    const saved = donate(db, whole(id, daysAgo(3)));
    deleteDonation(db, saved.id, '重复录入', 'staff-1');
    expect(getDonor(db, id)).toMatchObject({ donations: 0, wholeBloodMl: 0, lastDonation: null });
    expect(listAudit(db, { action: 'donation.delete', offset: 0, limit: 1 }).rows[0]).toMatchObject({
      before: { id: saved.id, volumeMl: 400 },
      after: { reason: '重复录入' },
    });
  });
});
