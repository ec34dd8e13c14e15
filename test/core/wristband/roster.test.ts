// The roster for printed cards: the core applies the privacy settings, so an ID number, the
// condition, the address or the photo leaves the registry only when its own setting allows it;
// the printed contact is the band contact's phone or the office hotline.
import { describe, expect, it } from 'vitest';
import { PRINT_FIELDS } from '../../../electron/contract/wristbandIncidents';
import { formatBandCode } from '../../../electron/contract/validation/bandCode';
import { CONSENT, setup } from './setup';

const ID_NUMBER = '440514194003021225';
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4//8/AAX+Av6n1qTuAAAAAElFTkSuQmCC';

async function registryWithCards() {
  const s = setup();
  const { call } = s;
  const person = await call('people.create', { name: '陈阿婆', birthDate: '1940-03-02', sex: 'F', docType: 'resident_id', docNumber: ID_NUMBER, address: '潮南区峡山街道东山村3巷5号' });
  const a = await call('wristband.enroll', {
    personId: person.id,
    enrolledOn: '2026-01-05',
    community: { village: '峡山街道东山村', grid: '第1网格' },
    guardians: [{ name: '陈建国', relation: 'child', phones: ['13800138000'] }],
    consent: CONSENT,
    profile: { condition: 'dementia' },
  });
  await call('wristband.setPhoto', { participantId: a.id, type: 'image/png', base64: PNG_BASE64 });
  await call('wristband.issueBand', { participantId: a.id, issuedOn: '2026-01-06' });
  // In another grid, and another village; one without a band gets no card.
  const b = await s.participant({ community: { village: '峡山街道东山村', grid: '第2网格' } }, '林阿公');
  await call('wristband.issueBand', { participantId: b.id, issuedOn: '2026-01-06' });
  const c = await s.participant({ community: { village: '两英镇古溪村', grid: null } }, '黄阿婶');
  await call('wristband.issueBand', { participantId: c.id, issuedOn: '2026-01-06' });
  await s.participant({}, '无手环');
  return s;
}

describe('roster privacy', () => {
  it('by default carries the band code, the QR text and a phone, and nothing else about the person', async () => {
    const { call } = await registryWithCards();
    await call('settings.update', { 'wristband.hotline': '0754-88881234' });
    const roster = await call('wristband.roster', {});
    expect(roster.shows).toEqual({ name: false, idNumber: false, condition: false, address: false, photo: false });
    expect(roster.cards.map((c) => c.bandCode)).toEqual([formatBandCode(3), formatBandCode(1), formatBandCode(2)]);
    for (const card of roster.cards) expect(card).toMatchObject({ name: null, idNumber: null, condition: null, address: null, photo: null });
    const text = JSON.stringify(roster);
    for (const secret of ['陈阿婆', ID_NUMBER, 'dementia', '3巷5号', PNG_BASE64]) expect(text).not.toContain(secret);
    expect(roster.cards[1]).toMatchObject({ contactPhone: '13800138000', contactIsHotline: false, qrText: `${formatBandCode(1)}\n爱心手环热线 0754-88881234` });
  });

  it('lets each field out only when its own setting is on, and audits the sensitive ones', async () => {
    const { call, db } = await registryWithCards();
    const values = { name: '陈阿婆', idNumber: ID_NUMBER, condition: 'dementia', address: '潮南区峡山街道东山村3巷5号', photo: { type: 'image/png', base64: PNG_BASE64 } };
    for (const field of PRINT_FIELDS) {
      await call('settings.update', Object.fromEntries(PRINT_FIELDS.map((f) => [`wristband.print.${f}`, f === field])));
      const card = (await call('wristband.roster', { village: '峡山街道东山村', grid: '第1网格' })).cards;
      expect(card).toHaveLength(1);
      for (const other of PRINT_FIELDS) expect(card[0][other], `${field} on, ${other}`).toEqual(other === field ? values[other] : null);
    }
    const audited = db.prepare("SELECT after FROM audit_log WHERE action = 'wristband.roster-reveal' ORDER BY id").pluck().all() as string[];
    expect(audited.map((a) => JSON.parse(a).fields)).toEqual([['idNumber'], ['condition'], ['address'], ['photo']]);
  });

  it('filters by village and grid, and prints the hotline for someone without a band contact phone', async () => {
    const { call, db } = await registryWithCards();
    expect((await call('wristband.roster', { village: '峡山街道东山村' })).cards.map((c) => c.bandCode)).toEqual([formatBandCode(1), formatBandCode(2)]);
    expect((await call('wristband.roster', { village: '两英镇古溪村' })).cards.map((c) => c.bandCode)).toEqual([formatBandCode(3)]);
    // No hotline set: the card has the guardian's phone; the QR carries the code alone.
    expect((await call('wristband.roster', { grid: '第2网格' })).cards[0]).toMatchObject({ contactPhone: '13800138000', qrText: formatBandCode(2) });
    db.prepare('DELETE FROM wristband_guardian_phone').run();
    await call('settings.update', { 'wristband.hotline': '075488881234', 'wristband.qrContent': 'code_hotline_contact' });
    expect((await call('wristband.roster', { grid: '第2网格' })).cards[0]).toMatchObject({
      contactPhone: '0754-88881234',
      contactIsHotline: true,
      qrText: `${formatBandCode(2)}\n爱心手环热线 0754-88881234`,
    });
  });

  it('refuses a hotline that is not a phone number', async () => {
    const { refusal } = setup();
    expect(await refusal('settings.update', { 'wristband.hotline': '12345' })).toMatchObject({ code: 'INVALID_INPUT', message: '服务热线不正确（手机号码，或带区号的固定电话）' });
  });
});
