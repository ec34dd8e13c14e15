// The follow-up list: participants in the program whose band was not seen, or one of whose
// guardians' phones was not confirmed, in the last N months (N a setting); visits take them off.
import { describe, expect, it } from 'vitest';
import { followUp, monthsBefore } from '../../../electron/registry/wristband/followUp';
import { setup } from './setup';

const TODAY = '2026-09-15';

describe('follow-up', () => {
  it('counts N months back by the calendar', () => {
    expect(monthsBefore('2026-09-15', 6)).toBe('2026-03-15');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-10', 13)).toBe('2024-12-10');
  });

  it('selects exactly those whose band or guardian phones are overdue, most overdue first, with the reasons', async () => {
    const { call, db, participant } = setup();
    // Enrolled (and phones confirmed) on 2026-01-05; bands issued the next day.
    const stale = await participant({}, '甲');
    const freshBand = await participant({}, '乙');
    const allFresh = await participant({}, '丙');
    await participant({}, '丁');
    const left = await participant({}, '戊');
    for (const p of [stale, freshBand, allFresh, left]) await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    const band = async (p: { id: number }) => (await call('wristband.get', { participantId: p.id })).bands[0].id;
    await call('wristband.checkBand', { bandId: await band(freshBand), checkedOn: '2026-08-01' });
    await call('wristband.checkBand', { bandId: await band(allFresh), checkedOn: '2026-08-01' });
    const guardian = (await call('wristband.get', { participantId: allFresh.id })).guardians[0];
    await call('wristband.confirmPhone', { guardianId: guardian.id, phone: '138-0013-8000', confirmedOn: '2026-07-20' });
    await call('wristband.leave', { participantId: left.id, leftOn: '2026-02-01', reason: 'withdrew' });

    const page = followUp(db, { offset: 0, limit: 100 }, TODAY);
    expect(page).toMatchObject({ months: 6, dueBefore: '2026-03-15', total: 3 });
    expect(page.rows.map((r) => [r.name, r.reasons, r.bandCheckedOn, r.phonesConfirmedOn])).toEqual([
      // No band in use at all comes first; then the oldest check.
      ['丁', ['band', 'phones'], null, '2026-01-05'],
      ['甲', ['band', 'phones'], '2026-01-06', '2026-01-05'],
      ['乙', ['phones'], '2026-08-01', '2026-01-05'],
    ]);

    // A longer period (the setting) leaves only the one without a band.
    await call('settings.update', { 'wristband.followUpMonths': 12 });
    expect(followUp(db, { offset: 0, limit: 100 }, TODAY).rows.map((r) => r.name)).toEqual(['丁']);
  });

  it('counts a phone never confirmed as due, and an old phone of a second guardian too', async () => {
    const { call, db, participant } = setup();
    const p = await participant({
      guardians: [
        { name: '陈建国', relation: 'child', phones: ['13800138000'] },
        { name: '陈美玲', relation: 'child', phones: ['13900139000'] },
      ],
    });
    const detail = await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    await call('wristband.checkBand', { bandId: detail.bands[0].id, checkedOn: '2026-09-01' });
    await call('wristband.confirmPhone', { guardianId: detail.guardians[0].id, phone: '13800138000', confirmedOn: '2026-09-01' });
    expect(followUp(db, { offset: 0, limit: 10 }, TODAY).rows).toMatchObject([{ name: '陈阿婆', reasons: ['phones'], phonesConfirmedOn: '2026-01-05' }]);
    db.prepare('UPDATE wristband_guardian_phone SET confirmed_on = NULL WHERE phone = ?').run('13900139000');
    expect(followUp(db, { offset: 0, limit: 10 }, TODAY).rows).toMatchObject([{ reasons: ['phones'], phonesConfirmedOn: null }]);
    await call('wristband.confirmPhone', { guardianId: detail.guardians[1].id, phone: '13900139000', confirmedOn: '2026-09-02' });
    expect(followUp(db, { offset: 0, limit: 10 }, TODAY).total).toBe(0);
  });

  it('keeps the confirmation of a phone when the guardians are edited, and dates a new number the day it is given', async () => {
    const { call, participant } = setup();
    const p = await participant();
    await call('wristband.confirmPhone', { guardianId: p.guardians[0].id, phone: '13800138000', confirmedOn: '2026-02-01' });
    const edited = await call('wristband.setGuardians', {
      participantId: p.id,
      guardians: [
        { name: '陈美玲', relation: 'child', phones: ['13900139000'], isBandContact: true },
        { name: '陈建国', relation: 'child', phones: ['13800138000'] },
      ],
    });
    expect(edited.guardians.map((g) => [g.name, g.isBandContact, g.phones[0].confirmedOn])).toEqual([
      ['陈美玲', true, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      ['陈建国', false, '2026-02-01'],
    ]);
    expect(edited.contactPhoneMasked).toBe('139****9000');
  });
});
