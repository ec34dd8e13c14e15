// Merging two records of one person: every row that references the merged person — in any
// table, including ones this code has never heard of — moves to the kept one, in one
// transaction; a conflict or a contradiction changes nothing; the merge is in the audit log.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/contract/audit';
import { residentIdCheckChar } from '../../electron/contract/validation';
import { WANG_FANG_ID, setup } from './peopleSetup';

// 孙丽, born 1995-05-01, female: old enough to give blood and to join CMDP.
const SUN_LI_17 = '44050719950501002';
const SUN_LI_ID = SUN_LI_17 + residentIdCheckChar(SUN_LI_17);
const CONTACTS = [
  { name: '孙建国', relation: 'parent' as const, phone: '13800138001' },
  { name: '李梅', relation: 'friend' as const, phone: '0754-88123456' },
];

/** A table no program of this code defines, with two columns that point at people. */
function addWristbandTable(db: ReturnType<typeof setup>['db']) {
  db.exec(`
    CREATE TABLE test_band (
      id INTEGER PRIMARY KEY,
      band_no TEXT NOT NULL UNIQUE,
      wearer_id INTEGER NOT NULL REFERENCES person (id),
      guardian_id INTEGER REFERENCES person (id)
    ) STRICT`);
}

async function twoRecordsOfSunLi(s: ReturnType<typeof setup>) {
  const kept = await s.call('people.create', {
    name: '孙丽',
    birthDate: '1995-05-01',
    mobile: '13700137000',
    contacts: [{ name: '孙建国', relation: '父亲', phone: '13800138001' }],
  });
  const merged = await s.call('people.create', {
    name: '孙丽',
    docNumber: SUN_LI_ID,
    mobile: '13600136000',
    ethnicity: '08',
    address: '汕头市金平区',
    bloodAbo: 'O',
    phones: [{ phone: '0754-88999999', label: '单位' }],
    contacts: [
      { name: '孙建国', relation: '父亲', phone: '13800138001' },
      { name: '王强', relation: '丈夫', phone: '13900139000' },
    ],
    notes: '2019年在献血屋登记',
  });
  return { keepId: kept.id, mergeId: merged.id };
}

describe('merging two records of one person', () => {
  it('moves donations, the enrollment and rows of any other table across, fills the gaps and deletes the merged record', async () => {
    const s = setup();
    addWristbandTable(s.db);
    const { keepId, mergeId } = await twoRecordsOfSunLi(s);
    const other = await s.call('people.create', { name: '赵六' });
    await s.call('blood.recordDonation', { personId: keepId, date: '2024-06-01', kind: 'whole_blood', volumeMl: 400 });
    await s.call('blood.recordDonation', { personId: mergeId, date: '2023-01-10', kind: 'whole_blood', volumeMl: 300 });
    await s.call('stemcell.enroll', { personId: mergeId, consentDate: '2024-03-01', contacts: CONTACTS });
    await s.call('organ.pledge', { personId: mergeId, registeredOn: '2024-04-01', kinds: ['corneas'], cardNumber: 'GD2024-0001' });
    const band = s.db.prepare('INSERT INTO test_band (band_no, wearer_id, guardian_id) VALUES (?, ?, ?)');
    band.run('HS-001', mergeId, other.id);
    band.run('HS-002', other.id, mergeId);

    const { person, moved } = await s.call('people.merge', { keepId, mergeId });

    expect(moved).toMatchObject({
      'donation.person_id': 1,
      'enrollment.person_id': 1,
      'pledge.person_id': 1,
      'test_band.wearer_id': 1,
      'test_band.guardian_id': 1,
    });
    expect(s.db.prepare('SELECT band_no, wearer_id, guardian_id FROM test_band ORDER BY id').all()).toEqual([
      { band_no: 'HS-001', wearer_id: keepId, guardian_id: other.id },
      { band_no: 'HS-002', wearer_id: other.id, guardian_id: keepId },
    ]);
    expect((await s.call('blood.donor', { personId: keepId })).donations).toBe(2);
    expect(await s.call('stemcell.get', { personId: keepId })).toMatchObject({ personId: keepId });
    expect((await s.call('organ.get', { personId: keepId })).current).toMatchObject({ cardNumber: 'GD2024-0001', status: 'active' });
    expect(await s.refusal('people.get', { id: mergeId })).toMatchObject({ code: 'NOT_FOUND' });

    expect(person).toMatchObject({
      id: keepId,
      name: '孙丽',
      sex: 'F',
      birthDate: '1995-05-01',
      docNumberMasked: '4405**********' + SUN_LI_ID.slice(-4),
      mobile: '13700137000',
      ethnicity: '08',
      address: '汕头市金平区',
      bloodAbo: 'O',
      // The merged mobile stays reachable; the same contact is not listed twice.
      phones: [{ phone: '0754-88999999', label: '单位' }, { phone: '13600136000', label: '手机' }],
      contacts: [
        { name: '孙建国', relation: '父亲', phone: '13800138001' },
        { name: '王强', relation: '丈夫', phone: '13900139000' },
      ],
      notes: '2019年在献血屋登记',
    });
    expect(s.registry.verify()).toMatchObject({ ok: true, foreignKeyViolations: [] });
  });

  it('records both people, what moved and what the kept record gained, masked, in one audit entry', async () => {
    const s = setup();
    const { keepId, mergeId } = await twoRecordsOfSunLi(s);
    await s.call('blood.recordDonation', { personId: mergeId, date: '2023-01-10', kind: 'whole_blood', volumeMl: 300 });
    await s.call('people.merge', { keepId, mergeId });

    const [entry] = (await s.call('audit.list', { action: 'person.merge' })).rows as AuditEntry[];
    expect(entry).toMatchObject({ actor: '陈红', entity: 'person', entityId: keepId });
    expect(entry.after).toMatchObject({
      mergedId: mergeId,
      moved: { 'donation.person_id': 1, 'person_phone.person_id': 1, 'person_contact.person_id': 2 },
      kept: { docNumber: '4405**********' + SUN_LI_ID.slice(-4), address: '汕头市金平区' },
    });
    expect(entry.before).toMatchObject({ kept: { docNumber: null, address: null }, merged: { id: mergeId, name: '孙丽', mobile: '136****6000' } });
    expect(JSON.stringify(entry)).not.toContain(SUN_LI_ID);
    expect(JSON.stringify(entry)).not.toContain('13600136000');
  });

  it('refuses when both people have an enrollment (one per person), naming it, and changes nothing', async () => {
    const s = setup();
    addWristbandTable(s.db);
    const { keepId, mergeId } = await twoRecordsOfSunLi(s);
    await s.call('stemcell.enroll', { personId: keepId, consentDate: '2024-03-01', contacts: CONTACTS });
    await s.call('stemcell.enroll', { personId: mergeId, consentDate: '2024-03-02', contacts: CONTACTS });
    await s.call('blood.recordDonation', { personId: mergeId, date: '2023-01-10', kind: 'whole_blood', volumeMl: 300 });
    s.db.prepare("INSERT INTO test_band (band_no, wearer_id) VALUES ('HS-001', ?)").run(mergeId);
    const before = await s.call('people.get', { id: keepId });

    const error = await s.refusal('people.merge', { keepId, mergeId });
    expect(error).toMatchObject({ code: 'DUPLICATE', details: { reason: 'MERGE_CONFLICT', table: 'enrollment' } });
    expect(error.message).toContain('造血干细胞入库登记');
    expect(error.message).toContain('没有做任何改动');

    expect(await s.call('people.get', { id: keepId })).toEqual(before);
    expect((await s.call('people.get', { id: mergeId })).docNumberMasked).not.toBeNull();
    expect(s.db.prepare('SELECT wearer_id FROM test_band').pluck().get()).toBe(mergeId);
    expect((await s.call('blood.donor', { personId: mergeId })).donations).toBe(1);
    expect((await s.call('audit.list', { action: 'person.merge' })).total).toBe(0);
  });

  it('refuses when both people have a pledge in force (one per person)', async () => {
    const s = setup();
    const { keepId, mergeId } = await twoRecordsOfSunLi(s);
    await s.call('organ.pledge', { personId: keepId, registeredOn: '2024-04-01', kinds: ['corneas'], cardNumber: 'GD2024-0001' });
    await s.call('organ.pledge', { personId: mergeId, registeredOn: '2024-04-02', kinds: ['organs'], cardNumber: 'GD2024-0002' });
    const error = await s.refusal('people.merge', { keepId, mergeId });
    expect(error).toMatchObject({ code: 'DUPLICATE', details: { table: 'pledge' } });
    expect((await s.call('organ.get', { personId: mergeId })).current).toMatchObject({ cardNumber: 'GD2024-0002' });
  });

  it('names a table it does not know by its own name when a one-per-person row conflicts', async () => {
    const s = setup();
    s.db.exec('CREATE TABLE test_card (person_id INTEGER NOT NULL UNIQUE REFERENCES person (id), card_no TEXT) STRICT');
    const { keepId, mergeId } = await twoRecordsOfSunLi(s);
    s.db.prepare("INSERT INTO test_card VALUES (?, 'A1'), (?, 'B2')").run(keepId, mergeId);
    const error = await s.refusal('people.merge', { keepId, mergeId });
    expect(error).toMatchObject({ code: 'DUPLICATE', details: { table: 'test_card', column: 'person_id' } });
    expect(error.message).toContain('「test_card」');
    expect(s.db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(2);
  });

  it('refuses merging a person into themself, two different document numbers, and someone who does not exist', async () => {
    const s = setup();
    const a = await s.call('people.create', { name: '孙丽', docNumber: SUN_LI_ID });
    const b = await s.call('people.create', { name: '孙丽', docNumber: WANG_FANG_ID });
    expect(await s.refusal('people.merge', { keepId: a.id, mergeId: a.id })).toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ path: ['mergeId'], code: 'MERGE_SELF' }],
    });
    const different = await s.refusal('people.merge', { keepId: a.id, mergeId: b.id });
    expect(different).toMatchObject({ code: 'INVALID_INPUT', details: [{ code: 'MERGE_DIFFERENT_DOCUMENTS' }] });
    expect(different.message).toContain('不是同一人');
    expect(await s.refusal('people.merge', { keepId: a.id, mergeId: 999 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(s.count('person')).toBe(2);
  });

  it('refuses a merge whose result would contradict itself: the merged ID number against the kept birth date', async () => {
    const s = setup();
    const kept = await s.call('people.create', { name: '孙丽', birthDate: '1995-05-02', mobile: '13700137000' });
    const merged = await s.call('people.create', { name: '孙丽', docNumber: SUN_LI_ID, mobile: '13700137000' });
    const error = await s.refusal('people.merge', { keepId: kept.id, mergeId: merged.id });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: ['birthDate'], code: 'ID_MISMATCH' }] });
    expect(s.count('person')).toBe(2);
  });
});
