// Drives: partner units picked or added by name, and totals that always equal the sums of the
// drive's donations, however the donations change.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { DriveInput } from '../../electron/contract/blood';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { deleteDonation } from '../../electron/registry/blood/donations';
import { getDrive, listDrives, listPartnerUnits, saveDrive } from '../../electron/registry/blood/drives';
import { listAudit } from '../../electron/registry/audit/log';
import { addPerson, donate, platelets, whole } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const day = addDays(localToday(), -7);
const newDrive = (fields: Partial<DriveInput> = {}) => DriveInput.parse({ date: day, site: '市民广场', partnerUnits: [], ...fields });

describe('drives', () => {
  it('adds partner units by name once and reuses them', () => {
    const { db } = tempRegistry();
    const first = saveDrive(db, newDrive({ organiser: '区红十字会', partnerUnits: ['区人民医院', ' 区人民医院', '第一中学'] }), 'staff-1');
    expect(first.partnerUnits.map((u) => u.name)).toEqual(['区人民医院', '第一中学']);
    const second = saveDrive(db, newDrive({ site: '科技园', partnerUnits: ['第一中学'] }), 'staff-1');
    expect(second.partnerUnits[0].id).toBe(first.partnerUnits.find((u) => u.name === '第一中学')!.id);
    expect(listPartnerUnits(db).map((u) => [u.name, u.drives])).toEqual([
      ['区人民医院', 1],
      ['第一中学', 2],
    ]);
  });

  it('edits a drive and its units in one step, audited before and after', () => {
    const { db } = tempRegistry();
    const drive = saveDrive(db, newDrive({ partnerUnits: ['区人民医院'] }), 'staff-1');
    const edited = saveDrive(db, newDrive({ id: drive.id, site: '市民广场东门', partnerUnits: ['区税务局'] }), 'staff-2');
    expect(edited).toMatchObject({ id: drive.id, site: '市民广场东门', partnerUnits: [{ name: '区税务局' }] });
    const audit = listAudit(db, { action: 'drive.update', offset: 0, limit: 1 }).rows[0];
    expect(audit).toMatchObject({ actor: 'staff-2', before: { site: '市民广场' }, after: { site: '市民广场东门' } });
  });

  it('computes who came, was deferred or donated and the totals from the donations', () => {
    const { db } = tempRegistry();
    const drive = saveDrive(db, newDrive(), 'staff-1');
    const people = ['甲', '乙', '丙', '丁', '戊'].map((name) => addPerson(db, name, '1990-01-01'));
    donate(db, whole(people[0], day, { driveId: drive.id, volumeMl: 400 }));
    donate(db, whole(people[1], day, { driveId: drive.id, volumeMl: 300 }));
    donate(db, platelets(people[2], day, { driveId: drive.id, units: 2 }));
    donate(db, { personId: people[3], date: day, kind: 'whole_blood', outcome: 'deferred', deferralReason: 'blood_pressure', driveId: drive.id });
    // Deferred for low haemoglobin, then accepted for platelets: one person, counted as donated.
    donate(db, { personId: people[4], date: day, kind: 'whole_blood', outcome: 'deferred', deferralReason: 'haemoglobin', driveId: drive.id });
    const last = donate(db, platelets(people[4], day, { driveId: drive.id, units: 1 }));
    // Not at this drive: must not count.
    donate(db, whole(addPerson(db, '己', '1990-01-01'), day, { volumeMl: 200 }));

    expect(getDrive(db, drive.id).totals).toEqual({ came: 5, deferred: 1, donated: 4, wholeBloodMl: 700, plateletUnits: 3 });
    deleteDonation(db, last.id, '录错', 'staff-1');
    expect(getDrive(db, drive.id).totals).toEqual({ came: 5, deferred: 2, donated: 3, wholeBloodMl: 700, plateletUnits: 2 });
  });

  it('lists drives by volume with the record first and flagged, or by date', () => {
    const { db } = tempRegistry();
    const small = saveDrive(db, newDrive({ date: addDays(day, -30), site: '小' }), 'staff-1');
    const big = saveDrive(db, newDrive({ date: addDays(day, -60), site: '大' }), 'staff-1');
    const empty = saveDrive(db, newDrive({ date: day, site: '空' }), 'staff-1');
    const p = () => addPerson(db, '某', '1990-01-01');
    donate(db, whole(p(), addDays(day, -30), { driveId: small.id, volumeMl: 400 }));
    for (const ml of [400, 300]) donate(db, whole(p(), addDays(day, -60), { driveId: big.id, volumeMl: ml }));

    const byVolume = listDrives(db, { sort: 'volume', offset: 0, limit: 10 });
    expect(byVolume.rows.map((d) => [d.site, d.totals.wholeBloodMl, d.isRecord])).toEqual([
      ['大', 700, true],
      ['小', 400, false],
      ['空', 0, false],
    ]);
    expect(listDrives(db, { sort: 'date', offset: 0, limit: 2 })).toMatchObject({
      total: 3,
      rows: [{ id: empty.id }, { id: small.id, totals: { wholeBloodMl: 400 } }],
    });
  });

  it('refuses a drive without a site, naming the field, and an unknown drive', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: 'staff-1' });
    expect(await dispatch('blood.saveDrive', { date: day, site: '  ' })).toMatchObject({
      error: { code: 'INVALID_INPUT', details: [{ path: ['site'], message: '请填写活动地点' }] },
    });
    expect(await dispatch('blood.getDrive', { id: 5 })).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
