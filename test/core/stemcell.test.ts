// The CMDP status pipeline: forward steps in order, dated, withdrawal from any stage (悔捐 after
// a match), and every change in the timeline and the audit log.
import { describe, expect, it } from 'vitest';
import { PIPELINE, type PipelineStatus } from '../../electron/contract/stemcell';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { CONTACTS, TYPING, firstIssue, setup } from './stemcellSetup';

describe('stem-cell pipeline', () => {
  it('enrolls a volunteer and moves them through every stage to donation, each step dated in the timeline', async () => {
    const { call, person } = setup();
    const id = await person('陈思远', '2000-05-10');
    let v = await call('stemcell.enroll', { personId: id, consentDate: '2024-03-01', contacts: CONTACTS });
    expect(v).toMatchObject({ status: 'registered', statusSince: '2024-03-01', contacts: CONTACTS, nextSteps: ['sample_scheduled', 'sampled'] });

    v = await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: '2024-03-05' });
    v = await call('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2024-03-10', tubeBarcode: ' gd2024 0310 ', volumeMl: 6, lab: '广东省血液中心' });
    expect(v.samples).toEqual([{ id: expect.any(Number), sampledOn: '2024-03-10', tubeBarcode: 'GD20240310', volumeMl: 6, lab: '广东省血液中心' }]);
    v = await call('stemcell.addTyping', { enrollmentId: v.id, typedOn: '2024-04-01', ...TYPING });
    expect(v.typings[0]).toMatchObject({ resolution: 'low', alleles: { A: ['A*02', 'A*11'], B: ['B*46', 'B*40'], DRB1: ['DRB1*09', 'DRB1*15'] } });
    v = await call('stemcell.update', { enrollmentId: v.id, contacts: CONTACTS, cmdpDonorId: '4400 1234 5678' });
    expect(v.cmdpDonorId).toBe('440012345678');
    for (const [status, date] of [
      ['preliminary_match', '2025-01-10'],
      ['high_resolution', '2025-02-01'],
      ['workup', '2025-03-01'],
      ['donated', '2025-04-01'],
    ] as const) {
      v = await call('stemcell.changeStatus', { enrollmentId: v.id, status, date });
    }

    expect(v).toMatchObject({ status: 'donated', statusSince: '2025-04-01', nextSteps: [] });
    expect(v.timeline.map((s) => [s.fromStatus, s.status, s.date, s.recordedBy])).toEqual([
      [null, 'registered', '2024-03-01', 'staff-1'],
      ['registered', 'sample_scheduled', '2024-03-05', 'staff-1'],
      ['sample_scheduled', 'sampled', '2024-03-10', 'staff-1'],
      ['sampled', 'typed', '2024-04-01', 'staff-1'],
      ['typed', 'preliminary_match', '2025-01-10', 'staff-1'],
      ['preliminary_match', 'high_resolution', '2025-02-01', 'staff-1'],
      ['high_resolution', 'workup', '2025-03-01', 'staff-1'],
      ['workup', 'donated', '2025-04-01', 'staff-1'],
    ]);
    expect(await call('stemcell.get', { personId: id })).toEqual(v);
  });

  it('takes only the next step, naming both stages when it refuses, and changes nothing', async () => {
    const { call, refusal, person, enroll } = setup();
    const v = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    const jump = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'preliminary_match', date: '2024-03-05' });
    expect(firstIssue(jump)).toEqual({ path: 'status', code: 'CMDP_STEP', message: '不能从“已登记”变更为“初配”' });
    expect(firstIssue(await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'donated', date: '2024-03-05' })).code).toBe('CMDP_STEP');
    // Sampled and typed come with their record: a status alone is not enough.
    const bare = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'sampled', date: '2024-03-05' });
    expect(firstIssue(bare).code).toBe('CMDP_NEEDS_SAMPLE');
    const early = await refusal('stemcell.addTyping', { enrollmentId: v.id, typedOn: '2024-03-05', ...TYPING });
    expect(firstIssue(early)).toMatchObject({ path: 'typedOn', code: 'CMDP_NEEDS_SAMPLE' });

    const sampled = await call('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2024-03-01', tubeBarcode: 'GD0001', volumeMl: 6, lab: '血液中心' });
    expect(sampled.status).toBe('sampled');
    const typedBare = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'typed', date: '2024-03-05' });
    expect(firstIssue(typedBare).code).toBe('CMDP_NEEDS_TYPING');
    const back = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'registered', date: '2024-03-05' });
    expect(firstIssue(back).code).toBe('CMDP_STEP');

    const after = await call('stemcell.get', { personId: v.personId });
    expect(after?.timeline.map((s) => s.status)).toEqual(['registered', 'sampled']);
  });

  it('dates each step: not in the future, not before the step before, the same day allowed', async () => {
    const { call, refusal, person, enroll } = setup();
    const v = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    const tomorrow = addDays(localToday(), 1);
    const future = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: tomorrow });
    expect(firstIssue(future)).toEqual({ path: 'date', message: '日期不能晚于今天' });
    const before = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: '2024-02-29' });
    expect(firstIssue(before)).toEqual({ path: 'date', code: 'CMDP_DATE_ORDER', message: '日期不能早于上一状态“已登记”的日期 2024-03-01' });
    const sameDay = await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'sample_scheduled', date: '2024-03-01' });
    expect(sameDay.statusSince).toBe('2024-03-01');
    const sampleEarly = await refusal('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2024-02-28', tubeBarcode: 'GD0002', volumeMl: 6, lab: '血液中心' });
    expect(firstIssue(sampleEarly)).toMatchObject({ path: 'sampledOn', code: 'CMDP_DATE_ORDER' });
    const invalid = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'sampled', date: '2024-02-30' });
    expect(firstIssue(invalid)).toEqual({ path: 'date', message: '日期应为有效日期（YYYY-MM-DD）' });
  });

  it.each(PIPELINE.map((stage) => [stage] as [PipelineStatus]))('records a withdrawal from %s with its stage and reason code', async (stage) => {
    const { call, refusal, person, enroll, advanceTo } = setup();
    const v = await advanceTo(await enroll(await person('陈思远', '2000-05-10'), '2024-03-01'), stage);
    const noReason = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'withdrawn', date: '2025-06-01' });
    expect(firstIssue(noReason)).toEqual({ path: 'reason', message: '退出须选择原因代码' });

    const out = await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'withdrawn', date: '2025-06-01', reason: 'PR', note: '家人反对' });
    const afterMatch = stage === 'preliminary_match' || stage === 'high_resolution' || stage === 'workup';
    expect(out).toMatchObject({ status: 'withdrawn', statusSince: '2025-06-01', withdrawnFrom: stage, withdrawalReason: 'PR', regret: afterMatch, nextSteps: [] });
    expect(out.timeline.at(-1)).toMatchObject({ status: 'withdrawn', fromStatus: stage, reason: 'PR', note: '家人反对', duringCoolingOff: false });

    const again = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'withdrawn', date: '2025-06-02', reason: 'OT' });
    expect(firstIssue(again).code).toBe('CMDP_WITHDRAWN');
    expect(firstIssue(await refusal('stemcell.addSample', { enrollmentId: v.id, sampledOn: '2025-06-02', tubeBarcode: 'LATE01', volumeMl: 6, lab: '血液中心' })).code).toBe('CMDP_WITHDRAWN');
  });

  it('goes from preliminary match straight to work-up only when a high-resolution typing is on file', async () => {
    const { call, refusal, person, enroll, advanceTo } = setup();
    const v = await advanceTo(await enroll(await person('陈思远', '2000-05-10'), '2024-03-01'), 'preliminary_match');
    expect(v.nextSteps).toEqual(['high_resolution', 'typed']);
    const skip = await refusal('stemcell.changeStatus', { enrollmentId: v.id, status: 'workup', date: '2025-01-01' });
    expect(firstIssue(skip).code).toBe('CMDP_STEP');

    const highRes = { A: ['A*02:01', 'A*11:01'], B: ['B*46:01', 'B*40:01'], DRB1: ['DRB1*09:01', 'DRB1*15:01'] } as const;
    const typed = await call('stemcell.addTyping', {
      enrollmentId: v.id,
      typedOn: '2025-01-01',
      lab: '中华骨髓库 HLA 确认实验室',
      resolution: 'high',
      alleles: { A: [...highRes.A], B: [...highRes.B], DRB1: [...highRes.DRB1] },
    });
    expect(typed.status).toBe('preliminary_match');
    expect(typed.nextSteps).toEqual(['high_resolution', 'workup', 'typed']);
    expect((await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'workup', date: '2025-01-02' })).status).toBe('workup');
  });

  it('returns a volunteer the patient’s centre did not choose to the database, to be matched again', async () => {
    const { call, person, enroll, advanceTo } = setup();
    const v = await advanceTo(await enroll(await person('陈思远', '2000-05-10'), '2024-03-01'), 'high_resolution');
    const back = await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'typed', date: '2025-01-01', note: '患者选择了其他供者' });
    expect(back).toMatchObject({ status: 'typed', nextSteps: ['preliminary_match'] });
    expect(back.timeline.at(-1)).toMatchObject({ fromStatus: 'high_resolution', status: 'typed', note: '患者选择了其他供者' });
    const again = await call('stemcell.changeStatus', { enrollmentId: v.id, status: 'preliminary_match', date: '2025-05-01' });
    expect(again.status).toBe('preliminary_match');
  });

  it('writes nothing when a step fails halfway: a used tube barcode leaves the volunteer unsampled', async () => {
    const { call, refusal, person, enroll } = setup();
    const first = await enroll(await person('陈思远', '2000-05-10'), '2024-03-01');
    const second = await enroll(await person('林晓', '1999-01-02'), '2024-03-01');
    await call('stemcell.addSample', { enrollmentId: first.id, sampledOn: '2024-03-02', tubeBarcode: 'GD0001', volumeMl: 6, lab: '血液中心' });
    const taken = await refusal('stemcell.addSample', { enrollmentId: second.id, sampledOn: '2024-03-02', tubeBarcode: 'gd0001', volumeMl: 6, lab: '血液中心' });
    expect(taken).toMatchObject({ code: 'DUPLICATE', details: { field: 'tubeBarcode' } });
    const after = await call('stemcell.get', { personId: second.personId });
    expect(after).toMatchObject({ status: 'registered', samples: [] });
    expect(after?.timeline).toHaveLength(1);

    await call('stemcell.update', { enrollmentId: first.id, contacts: CONTACTS, cmdpDonorId: '440012345678' });
    const sameId = await refusal('stemcell.update', { enrollmentId: second.id, contacts: CONTACTS, cmdpDonorId: '440012345678' });
    expect(sameId).toMatchObject({ code: 'DUPLICATE', details: { field: 'cmdpDonorId', enrollmentId: first.id } });
    expect(firstIssue(await refusal('stemcell.update', { enrollmentId: second.id, contacts: CONTACTS, cmdpDonorId: '44001234567' }))).toEqual({
      path: 'cmdpDonorId',
      message: '中华骨髓库编号应为 12 位数字',
    });
  });

  it('logs each change with who made it, keeping phone numbers masked and genotypes out', async () => {
    const { call, person, enroll, advanceTo } = setup();
    const v = await advanceTo(await enroll(await person('陈思远', '2000-05-10'), '2024-03-01'), 'typed');
    const log = await call('audit.list', { entity: 'enrollment' });
    expect(log.rows.map((r) => r.action).reverse()).toEqual(['stemcell.enroll', 'stemcell.status', 'stemcell.status', 'stemcell.sample', 'stemcell.status', 'stemcell.typing']);
    expect(log.rows.every((r) => r.actor === 'staff-1' && r.entityId === v.id)).toBe(true);
    const text = JSON.stringify(log.rows);
    expect(text).toContain('138****8001');
    expect(text).not.toContain('13800138001');
    expect(text).not.toContain('A*02');
  });
});
