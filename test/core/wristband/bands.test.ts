// The band lifecycle: issued → active → lost / damaged → replaced (linked to the old band) →
// retired when the participant leaves; every change dated, illegal steps refused in Chinese,
// one band in use per participant, codes unique and never reused.
import { describe, expect, it } from 'vitest';
import { BAND_STATUSES, BAND_STEPS, type BandStatus } from '../../../electron/contract/wristband';
import { formatBandCode } from '../../../electron/contract/validation/bandCode';
import { firstIssue, setup } from './setup';

describe('bands', () => {
  it('issues the next code by default, or a typed one after checking it, and never the same code twice', async () => {
    const { call, refusal, participant } = setup();
    const a = await participant();
    const b = await participant({}, '林阿公');
    expect(await call('wristband.nextBandCode')).toEqual({ code: formatBandCode(1) });
    const issued = await call('wristband.issueBand', { participantId: a.id, issuedOn: '2026-01-06' });
    expect(issued.bandCode).toBe(formatBandCode(1));
    expect(issued.bands[0]).toMatchObject({ code: formatBandCode(1), status: 'issued', issuedOn: '2026-01-06', statusOn: '2026-01-06', checkedOn: '2026-01-06' });

    const typo = await refusal('wristband.issueBand', { participantId: b.id, code: formatBandCode(50).slice(0, -1) + (formatBandCode(50).endsWith('1') ? '2' : '1'), issuedOn: '2026-01-06' });
    expect(firstIssue(typo)).toMatchObject({ path: 'code', code: 'BAND_CODE_CHECK' });
    const taken = await refusal('wristband.issueBand', { participantId: b.id, code: formatBandCode(1).toLowerCase(), issuedOn: '2026-01-06' });
    expect(taken).toMatchObject({ code: 'DUPLICATE', message: `手环编号 ${formatBandCode(1)} 已被使用` });

    await call('wristband.issueBand', { participantId: b.id, code: `ax ${formatBandCode(50).slice(3)}`, issuedOn: '2026-01-06' });
    // The next code follows the highest serial ever issued.
    expect(await call('wristband.nextBandCode')).toEqual({ code: formatBandCode(51) });
  });

  it('keeps one band in use per participant and refuses a band dated before enrolment', async () => {
    const { call, refusal, participant } = setup();
    const p = await participant();
    expect(firstIssue(await refusal('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-04' }))).toMatchObject({ path: 'issuedOn', code: 'WRISTBAND_DATE_ORDER' });
    await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    const second = await refusal('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-07' });
    expect(second).toMatchObject({ code: 'DUPLICATE', message: `陈阿婆已有在用手环 ${formatBandCode(1)}（已发放）；遗失或损坏请办理补发` });
  });

  it('allows exactly the steps of BAND_STEPS and names both statuses when refusing one', async () => {
    const { call, refusal, participant } = setup();
    const manual = ['active', 'lost', 'damaged'] as const;
    // Reach each status once, then try every manual step from it.
    const reach: Record<BandStatus, (typeof manual)[number][]> = { issued: [], active: ['active'], lost: ['lost'], damaged: ['damaged'], replaced: ['lost'], retired: [] };
    for (const from of BAND_STATUSES) {
      for (const to of manual) {
        const p = await participant({}, `测${from}${to}`.slice(0, 10));
        let detail = await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
        const bandId = detail.bands[0].id;
        for (const step of reach[from]) detail = await call('wristband.setBandStatus', { bandId, status: step, on: '2026-01-07' });
        if (from === 'replaced') detail = await call('wristband.replaceBand', { bandId, issuedOn: '2026-01-08' });
        if (from === 'retired') detail = await call('wristband.leave', { participantId: p.id, leftOn: '2026-01-08', reason: 'moved' });
        expect(detail.bands.find((b) => b.id === bandId)?.status).toBe(from);

        const input = { bandId, status: to, on: '2026-01-09' };
        if (BAND_STEPS[from].includes(to)) {
          const after = await call('wristband.setBandStatus', input);
          expect(after.bands.find((b) => b.id === bandId)).toMatchObject({ status: to, statusOn: '2026-01-09' });
        } else {
          const error = await refusal('wristband.setBandStatus', input);
          expect(error.code).toBe('INVALID_INPUT');
          // A retired participant's band fails on its status before the participant is looked at.
          expect(firstIssue(error)).toMatchObject({ path: 'status', code: 'BAND_STEP' });
          expect(error.message).toMatch(/^手环 AX-\d{6}-[0-9X] 当前为“.+”，不能改为“.+”$/);
        }
      }
    }
  });

  it('replaces a lost or damaged band with a new one linked to it, and dates every change', async () => {
    const { call, refusal, participant } = setup();
    const p = await participant();
    let detail = await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    const old = detail.bands[0];
    const early = await refusal('wristband.replaceBand', { bandId: old.id, issuedOn: '2026-01-07' });
    expect(firstIssue(early)).toMatchObject({ path: 'bandId', code: 'BAND_NOT_REPLACEABLE' });
    await call('wristband.setBandStatus', { bandId: old.id, status: 'active', on: '2026-01-06' });
    await call('wristband.setBandStatus', { bandId: old.id, status: 'lost', on: '2026-02-10', note: '赶集时丢失' });
    expect(firstIssue(await refusal('wristband.replaceBand', { bandId: old.id, issuedOn: '2026-02-09' }))).toMatchObject({ code: 'WRISTBAND_DATE_ORDER' });
    detail = await call('wristband.replaceBand', { bandId: old.id, issuedOn: '2026-02-12' });

    const [current, previous] = detail.bands;
    expect(detail.bandCode).toBe(current.code);
    expect(current).toMatchObject({ code: formatBandCode(2), status: 'issued', replacesId: old.id, replacedById: null });
    expect(previous).toMatchObject({ id: old.id, status: 'replaced', statusOn: '2026-02-12', replacedById: current.id });
    expect(previous.history.map((e) => [e.status, e.on, e.note])).toEqual([
      ['issued', '2026-01-06', null],
      ['active', '2026-01-06', null],
      ['lost', '2026-02-10', '赶集时丢失'],
      ['replaced', '2026-02-12', `由 ${formatBandCode(2)} 替换`],
    ]);
    expect(previous.history.every((e) => e.recordedBy === '陈红')).toBe(true);
  });

  it('retires the band in use when the participant leaves, and refuses bands for someone who left', async () => {
    const { call, refusal, participant } = setup();
    const p = await participant();
    await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    const left = await call('wristband.leave', { participantId: p.id, leftOn: '2026-03-01', reason: 'died' });
    expect(left).toMatchObject({ status: 'died', leftOn: '2026-03-01', bandCode: null });
    expect(left.bands[0]).toMatchObject({ status: 'retired', statusOn: '2026-03-01' });
    expect(left.bands[0].history.at(-1)).toMatchObject({ status: 'retired', on: '2026-03-01', note: '去世' });
    expect(firstIssue(await refusal('wristband.issueBand', { participantId: p.id, issuedOn: '2026-03-02' }))).toMatchObject({ code: 'WRISTBAND_NOT_ACTIVE' });
    expect(firstIssue(await refusal('wristband.leave', { participantId: p.id, leftOn: '2026-03-02', reason: 'moved' }))).toMatchObject({ code: 'WRISTBAND_NOT_ACTIVE' });
  });
});

describe('lookup by band code', () => {
  it('finds the participant from a typed or scanned code, band contact first, and records who looked', async () => {
    const { call, db, participant } = setup();
    const p = await participant({
      guardians: [
        { name: '陈建国', relation: 'child', phones: ['13800138000'] },
        { name: '陈美玲', relation: 'child', phones: ['13900139000', '0754-88123456'], isBandContact: true },
      ],
    });
    await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' });
    const code = formatBandCode(1);
    const found = await call('wristband.lookup', { code: `${code.toLowerCase().replace(/-/g, ' ')}` });
    expect(found.band.code).toBe(code);
    expect(found.outdated).toBe(false);
    expect(found.guardians.map((g) => [g.name, g.phones.map((ph) => ph.phone)])).toEqual([
      ['陈美玲', ['13900139000', '0754-88123456']],
      ['陈建国', ['13800138000']],
    ]);
    expect(found.participant).toMatchObject({ id: p.id, name: '陈阿婆' });
    expect(db.prepare("SELECT actor, entity_id FROM audit_log WHERE action = 'wristband.lookup'").all()).toEqual([{ actor: '陈红', entity_id: p.id }]);
  });

  it('still finds the wearer of a replaced band, flagged as outdated', async () => {
    const { call, participant } = setup();
    const p = await participant();
    const bandId = (await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' })).bands[0].id;
    await call('wristband.setBandStatus', { bandId, status: 'damaged', on: '2026-01-10' });
    await call('wristband.replaceBand', { bandId, issuedOn: '2026-01-11' });
    const found = await call('wristband.lookup', { code: formatBandCode(1) });
    expect(found).toMatchObject({ outdated: true, band: { status: 'replaced' }, participant: { id: p.id, bandCode: formatBandCode(2) } });
  });

  it('says clearly when a code is malformed, misread, or unknown', async () => {
    const { refusal } = setup();
    expect(firstIssue(await refusal('wristband.lookup', { code: '13800138000' }))).toMatchObject({ path: 'code', code: 'BAND_CODE_FORMAT' });
    const code = formatBandCode(7);
    const misread = code.slice(0, 4) + '1' + code.slice(5);
    expect(firstIssue(await refusal('wristband.lookup', { code: misread }))).toMatchObject({ path: 'code', code: 'BAND_CODE_CHECK' });
    expect(await refusal('wristband.lookup', { code })).toMatchObject({ code: 'NOT_FOUND', message: `没有编号为 ${code} 的手环，请核对编号` });
  });
});
