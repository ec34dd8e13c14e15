// The joining rules: age 18–45 on the consent date, the two emergency contacts, and the two
// provincial pilots (cooling-off, prior blood donations) that are off until staff switch them on.
import { describe, expect, it } from 'vitest';
import { CONTACTS, firstIssue, setup } from './stemcellSetup';

const switchOn = (key: 'cmdp.coolingOff' | 'cmdp.priorBloodDonations', value: { enabled: boolean; days?: number; count?: number }) => ({
  key,
  value,
  effectiveFrom: '2020-01-01',
  source: '2025 年广西试点通知',
});

describe('who may join', () => {
  it('accepts 18 on the 18th birthday and 45 until the day before the 46th, and no one outside', async () => {
    const { refusal, person, enroll } = setup();
    // Born 2006-03-01: 18 on 2024-03-01. Born 1978-03-02: 46 on 2024-03-02.
    const young = await person('周一', '2006-03-01');
    const tooYoung = await refusal('stemcell.enroll', { personId: young, consentDate: '2024-02-29', contacts: CONTACTS });
    expect(firstIssue(tooYoung)).toEqual({ path: 'consentDate', code: 'CMDP_AGE', message: '入库年龄须为 18–45 周岁，周一签署同意书时 17 周岁' });
    expect((await enroll(young, '2024-03-01')).status).toBe('registered');

    const old = await person('吴二', '1978-03-02');
    const tooOld = await refusal('stemcell.enroll', { personId: old, consentDate: '2024-03-02', contacts: CONTACTS });
    expect(firstIssue(tooOld)).toMatchObject({ path: 'consentDate', code: 'CMDP_AGE', message: '入库年龄须为 18–45 周岁，吴二签署同意书时 46 周岁' });
    expect((await enroll(old, '2024-03-01')).status).toBe('registered');
  });

  it('needs the birth date to check the age, and refuses a second enrollment of the same person', async () => {
    const { call, refusal, person, enroll } = setup();
    const unknown = (await call('people.create', { name: '郑三' })).id;
    const noBirthDate = await refusal('stemcell.enroll', { personId: unknown, consentDate: '2024-03-01', contacts: CONTACTS });
    expect(firstIssue(noBirthDate)).toMatchObject({ path: 'personId', code: 'CMDP_AGE_UNKNOWN' });

    const id = await person('王四', '2000-01-01');
    const first = await enroll(id, '2024-03-01');
    const twice = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-04-01', contacts: CONTACTS });
    expect(twice).toMatchObject({ code: 'DUPLICATE', details: { enrollmentId: first.id } });
  });

  it('judges the age by the rule in force on the consent date', async () => {
    const { call, refusal, person } = setup();
    await call('rules.update', { key: 'cmdp.age', value: { min: 18, max: 50 }, effectiveFrom: '2025-01-01', source: '新入库标准' });
    const id = await person('冯五', '1977-06-01');
    expect(firstIssue(await refusal('stemcell.enroll', { personId: id, consentDate: '2024-12-31', contacts: CONTACTS })).code).toBe('CMDP_AGE');
    expect((await call('stemcell.enroll', { personId: id, consentDate: '2025-01-01', contacts: CONTACTS })).status).toBe('registered');
  });

  it('requires exactly two contacts with valid, different phones that are not the volunteer’s own', async () => {
    const { refusal, person } = setup();
    const id = await person('陈六', '2000-01-01', '13912345678');
    const one = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: [CONTACTS[0]] });
    expect(firstIssue(one)).toEqual({ path: 'contacts', message: '入库同意书需填写两位紧急联系人（亲属或朋友）' });
    const samePhone = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: [CONTACTS[0], { ...CONTACTS[1], phone: '138-0013-8001' }] });
    expect(firstIssue(samePhone)).toEqual({ path: 'contacts.1.phone', message: '两位联系人的电话不能相同' });
    const badPhone = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: [CONTACTS[0], { ...CONTACTS[1], phone: '12345' }] });
    expect(firstIssue(badPhone)).toMatchObject({ path: 'contacts.1.phone', code: 'CONTACT_PHONE' });
    const self = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: [CONTACTS[0], { ...CONTACTS[1], phone: '139 1234 5678' }] });
    expect(firstIssue(self)).toEqual({ path: 'contacts.1.phone', code: 'CONTACT_SELF', message: '紧急联系人电话不能是志愿者本人的号码' });
  });
});

describe('the cooling-off period (静思期), when switched on', () => {
  it('is off by default: sampling may be taken on the day of joining', async () => {
    const { call, person, enroll } = setup();
    const v = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    expect(v.coolingOffUntil).toBeNull();
    const sampled = await call('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2024-03-01', tubeBarcode: 'GD0001', volumeMl: 6, lab: '血液中心' });
    expect(sampled.status).toBe('sampled');
  });

  it('keeps sampling from being scheduled before consent date + N days', async () => {
    const { call, refusal, person, enroll } = setup();
    await call('rules.update', switchOn('cmdp.coolingOff', { enabled: true, days: 7 }));
    const v = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    expect(v.coolingOffUntil).toBe('2024-03-08');
    const early = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: '2024-03-07' });
    expect(firstIssue(early)).toEqual({ path: 'date', code: 'CMDP_COOLING_OFF', message: '静思期内不能安排采样：同意书签署于 2024-03-01，最早可于 2024-03-08 安排' });
    const onTheSpot = await refusal('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2024-03-01', tubeBarcode: 'GD0001', volumeMl: 6, lab: '血液中心' });
    expect(firstIssue(onTheSpot)).toMatchObject({ path: 'sampledOn', code: 'CMDP_COOLING_OFF' });
    expect((await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: '2024-03-08' })).status).toBe('sample_scheduled');
  });

  it('marks a withdrawal inside the period as such, and one after it as ordinary', async () => {
    const { call, person, enroll } = setup();
    await call('rules.update', switchOn('cmdp.coolingOff', { enabled: true, days: 7 }));
    const inside = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    const outside = await enroll(await person('林晓', '1999-01-02'), '2024-03-01');
    const a = await call('stemcell.changeStatus', { enrollmentId: inside.id, status: 'withdrawn', date: '2024-03-07', reason: 'PR' });
    const b = await call('stemcell.changeStatus', { enrollmentId: outside.id, status: 'withdrawn', date: '2024-03-08', reason: 'PR' });
    expect(a.timeline.at(-1)?.duringCoolingOff).toBe(true);
    expect(b.timeline.at(-1)?.duringCoolingOff).toBe(false);
  });
});

describe('prior blood donations, when switched on', () => {
  it('counts the donations given by the consent date, not deferred visits or later ones', async () => {
    const { call, refusal, person, registry } = setup();
    await call('rules.update', switchOn('cmdp.priorBloodDonations', { enabled: true, count: 2 }));
    const id = await person('陈思远', '2000-05-10');
    const donation = registry.db.prepare(
      `INSERT INTO donation (person_id, date, kind, outcome, volume_ml, deferral_reason, created_at, created_by)
       VALUES (?, ?, 'whole_blood', ?, ?, ?, '2024-01-01T00:00:00Z', 'test')`,
    );
    donation.run(id, '2023-01-10', 'donated', 400, null);
    donation.run(id, '2023-08-10', 'deferred', null, 'haemoglobin');
    donation.run(id, '2024-05-01', 'donated', 400, null);

    const tooFew = await refusal('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: CONTACTS });
    expect(firstIssue(tooFew)).toEqual({
      path: 'personId',
      code: 'CMDP_PRIOR_DONATIONS',
      message: '按现行规定，入库前需有至少 2 次献血记录，陈思远目前有 1 次',
    });
    expect((await call('stemcell.enroll', { personId: id, consentDate: '2024-05-01', contacts: CONTACTS })).status).toBe('registered');
  });

  it('does not ask for donations while the rule is off', async () => {
    const { person, enroll } = setup();
    expect((await enroll(await person('陈思远', '2000-05-10'), '2024-03-01')).status).toBe('registered');
  });
});
