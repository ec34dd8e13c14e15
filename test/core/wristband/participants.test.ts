// Enrolling registered people: guardians with one band contact, community details, one
// enrolment per person (again on the same record after leaving), the list and its filters.
import { describe, expect, it } from 'vitest';
import { formatBandCode } from '../../../electron/contract/validation/bandCode';
import { CONSENT, GUARDIAN, firstIssue, setup } from './setup';

describe('participants', () => {
  it('enrolls a person with guardians (the first is the band contact unless one is marked) and community details', async () => {
    const { participant, call } = setup();
    const p = await participant({
      community: { village: ' 峡山街道东山村 ', grid: '第３网格', gridWorker: '林小红', gridWorkerPhone: '139 0013 9000', policeContact: '王警官', policePhone: '0754 8712 3456' },
      guardians: [GUARDIAN, { name: '陈美玲', relation: 'child', phones: ['13900139000'] }],
    });
    expect(p).toMatchObject({ status: 'active', enrolledOn: '2026-01-05', village: '峡山街道东山村', grid: '第3网格', contactPhoneMasked: '138****8000', consent: null, bandCode: null, missing: false });
    expect(p.community).toEqual({ village: '峡山街道东山村', grid: '第3网格', gridWorker: '林小红', gridWorkerPhone: '13900139000', policeContact: '王警官', policePhone: '0754-87123456' });
    expect(p.guardians.map((g) => [g.name, g.isBandContact, g.phones])).toEqual([
      ['陈建国', true, [{ phone: '13800138000', confirmedOn: '2026-01-05' }]],
      ['陈美玲', false, [{ phone: '13900139000', confirmedOn: '2026-01-05' }]],
    ]);
    expect(await call('wristband.forPerson', { personId: p.personId })).toEqual(p);
  });

  it('refuses a second band contact, no guardian, a bad phone, and a person already enrolled', async () => {
    const { participant, refusal, call } = setup();
    const two = await participant({ guardians: [{ ...GUARDIAN, isBandContact: true }, { ...GUARDIAN, name: '陈美玲', isBandContact: true }] }).catch((e) => e);
    expect(two.details[0]).toMatchObject({ path: ['guardians'], code: 'BAND_CONTACT_ONE' });
    expect((await participant({ guardians: [] }).catch((e) => e)).details[0]).toMatchObject({ message: '请至少登记一位监护人' });
    expect((await participant({ guardians: [{ ...GUARDIAN, phones: ['12345'] }] }).catch((e) => e)).details[0]).toMatchObject({ code: 'CONTACT_PHONE' });
    const p = await participant();
    const again = await refusal('wristband.enroll', { personId: p.personId, enrolledOn: '2026-02-01', community: { village: '两英镇古溪村' }, guardians: [GUARDIAN] });
    expect(again).toMatchObject({ code: 'DUPLICATE', message: '陈阿婆已在爱心手环项目中' });
    expect(firstIssue(await refusal('wristband.enroll', { personId: p.personId, enrolledOn: '2999-01-01', community: { village: '两英镇古溪村' }, guardians: [GUARDIAN] }))).toMatchObject({ path: 'enrolledOn' });
    expect(await call('wristband.list', {})).toMatchObject({ total: 1 });
  });

  it('enrolls someone who left again on the same record, with a new consent', async () => {
    const { participant, call } = setup();
    const p = await participant({ consent: CONSENT, profile: { condition: 'dementia' } });
    await call('wristband.leave', { participantId: p.id, leftOn: '2026-02-01', reason: 'withdrew' });
    const back = await call('wristband.enroll', {
      personId: p.personId,
      enrolledOn: '2026-05-01',
      community: { village: '两英镇古溪村' },
      guardians: [GUARDIAN],
      consent: { ...CONSENT, givenOn: '2026-05-01', scope: ['whereabouts'] },
      profile: { usualPlaces: '祠堂' },
    });
    expect(back).toMatchObject({ id: p.id, status: 'active', leftOn: null, village: '两英镇古溪村', sensitive: { condition: false, usualPlaces: true } });
    expect(back.consents.map((c) => c.endReason)).toEqual([null, 'withdrawn']);
  });

  it('lists by status, village, grid, name or band code, and lists the places for the filters', async () => {
    const { participant, call } = setup();
    const a = await participant({ community: { village: '峡山街道东山村', grid: '第1网格' } }, '陈阿婆');
    await participant({ community: { village: '峡山街道东山村', grid: '第2网格' } }, '林阿公');
    const c = await participant({ community: { village: '两英镇古溪村' } }, '黄阿婶');
    await call('wristband.issueBand', { participantId: a.id, issuedOn: '2026-01-06' });
    await call('wristband.leave', { participantId: c.id, leftOn: '2026-02-01', reason: 'moved' });
    const names = async (input: Parameters<typeof call<'wristband.list'>>[1]) => (await call('wristband.list', input)).rows.map((r) => r.name);
    expect(await names({})).toEqual(['陈阿婆', '林阿公']);
    expect(await names({ status: 'left' })).toEqual(['黄阿婶']);
    expect(await names({ status: 'all', village: '峡山街道东山村', grid: '第2网格' })).toEqual(['林阿公']);
    expect(await names({ query: '阿公' })).toEqual(['林阿公']);
    expect(await names({ query: formatBandCode(1).toLowerCase() })).toEqual(['陈阿婆']);
    expect(await names({ query: '%' })).toEqual([]);
    expect(await call('wristband.places')).toEqual([{ village: '峡山街道东山村', grids: ['第1网格', '第2网格'], participants: 2 }]);
  });

  it('updates community details and audits them', async () => {
    const { participant, call, db } = setup();
    const p = await participant();
    const updated = await call('wristband.update', { participantId: p.id, community: { village: '峡山街道东山村', grid: '第5网格' }, notes: '独居' });
    expect(updated).toMatchObject({ grid: '第5网格', notes: '独居' });
    expect(db.prepare("SELECT actor FROM audit_log WHERE action = 'wristband.update'").pluck().all()).toEqual(['陈红']);
  });
});
