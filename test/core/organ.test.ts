// Organ, cornea and body pledges: what may be pledged, who may pledge, one pledge in force per
// person, changes that keep the version they replace, revocation at any time.
import { describe, expect, it } from 'vitest';
import type { PledgeInput } from '../../electron/contract/organ';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { firstIssue, setup } from './stemcellSetup';

const EXECUTOR = { name: '王建华', relation: 'adult_child', phone: '13800138002' } as const;

const pledgeOf = (personId: number, extra: Partial<PledgeInput> = {}): PledgeInput => ({
  personId,
  registeredOn: '2024-04-01',
  kinds: ['organs', 'corneas'],
  organs: ['kidney', 'liver'],
  cardNumber: 'GD2024-0001',
  familyConsents: [{ name: '李秀兰', relation: 'spouse', date: '2024-03-30' }],
  witnesses: [{ name: '社区干部刘洋', phone: '020-83001234' }],
  ...extra,
});

describe('pledges', () => {
  it('registers what is pledged with consents and witnesses, and reads it back', async () => {
    const { call, person } = setup();
    const id = await person('王德明', '1960-08-15');
    const { current, history } = await call('organ.pledge', pledgeOf(id, { organs: ['liver', 'kidney', 'kidney'] }));
    expect(current).toMatchObject({
      personId: id,
      status: 'active',
      kinds: ['organs', 'corneas'],
      organs: ['liver', 'kidney'],
      cardNumber: 'GD2024-0001',
      registeredOn: '2024-04-01',
      effectiveOn: '2024-04-01',
      previousId: null,
      familyConsents: [{ name: '李秀兰', relation: 'spouse', date: '2024-03-30' }],
      witnesses: [{ name: '社区干部刘洋', phone: '020-83001234' }],
      executor: null,
      recordedBy: 'staff-1',
    });
    expect(history).toHaveLength(1);
    expect(await call('organ.get', { personId: id })).toEqual({ current, history });
  });

  it('needs at least one thing pledged, organs named only with organs, and an executor exactly for a body pledge', async () => {
    const { call, refusal, person } = setup();
    const id = await person('王德明', '1960-08-15');
    expect(firstIssue(await refusal('organ.pledge', pledgeOf(id, { kinds: [], organs: [] })))).toEqual({ path: 'kinds', message: '请至少选择一项捐献内容' });
    expect(firstIssue(await refusal('organ.pledge', pledgeOf(id, { kinds: ['corneas'] })))).toMatchObject({ path: 'organs', code: 'PLEDGE_ORGANS' });
    const noExecutor = await refusal('organ.pledge', pledgeOf(id, { kinds: ['body'], organs: [] }));
    expect(firstIssue(noExecutor)).toEqual({ path: 'executor', code: 'PLEDGE_EXECUTOR', message: '遗体捐献须指定执行人（姓名、关系、电话）' });
    const stray = await refusal('organ.pledge', pledgeOf(id, { executor: EXECUTOR }));
    expect(firstIssue(stray)).toMatchObject({ path: 'executor', code: 'PLEDGE_EXECUTOR_UNUSED' });
    const badPhone = await refusal('organ.pledge', pledgeOf(id, { kinds: ['body'], organs: [], executor: { ...EXECUTOR, phone: '8888' } }));
    expect(firstIssue(badPhone)).toMatchObject({ path: 'executor.phone', code: 'CONTACT_PHONE' });
    expect((await call('organ.get', { personId: id })).history).toEqual([]);

    const body = await call('organ.pledge', pledgeOf(id, { kinds: ['body', 'corneas'], organs: [], executor: EXECUTOR }));
    expect(body.current).toMatchObject({ kinds: ['corneas', 'body'], executor: EXECUTOR });
  });

  it('accepts a pledge from the 18th birthday on, by the rule in force that day', async () => {
    const { call, refusal, person } = setup();
    const id = await person('陈小雨', '2006-04-01');
    const early = await refusal('organ.pledge', pledgeOf(id, { registeredOn: '2024-03-31' }));
    expect(firstIssue(early)).toEqual({ path: 'registeredOn', code: 'PLEDGE_AGE', message: '登记捐献须年满 18 周岁，陈小雨登记时 17 周岁' });
    expect((await call('organ.pledge', pledgeOf(id, { registeredOn: '2024-04-01' }))).current?.status).toBe('active');

    const unknown = (await call('people.create', { name: '无生日' })).id;
    expect(firstIssue(await refusal('organ.pledge', pledgeOf(unknown, { cardNumber: 'GD2024-0002' }))).code).toBe('PLEDGE_AGE_UNKNOWN');
    expect(firstIssue(await refusal('organ.pledge', pledgeOf(id, { registeredOn: addDays(localToday(), 1) }))).path).toBe('registeredOn');
  });

  it('keeps one pledge in force per person and one card per pledge', async () => {
    const { call, refusal, person } = setup();
    const a = await person('王德明', '1960-08-15');
    const b = await person('刘芳', '1975-02-03');
    const first = await call('organ.pledge', pledgeOf(a));
    const second = await refusal('organ.pledge', pledgeOf(a, { cardNumber: 'GD2024-0009' }));
    expect(second).toMatchObject({ code: 'DUPLICATE', message: '该人员已有有效的捐献登记，如需修改请办理变更', details: { pledgeId: first.current?.id } });
    const sameCard = await refusal('organ.pledge', pledgeOf(b, { cardNumber: 'gd2024-0001' }));
    expect(sameCard).toMatchObject({ code: 'DUPLICATE', details: { field: 'cardNumber' } });
  });

  it('keeps the version a change replaces, with its consents and witnesses, and carries the card and first registration', async () => {
    const { call, refusal, person } = setup();
    const id = await person('王德明', '1960-08-15');
    const v1 = (await call('organ.pledge', pledgeOf(id))).current!;
    const early = await refusal('organ.change', { pledgeId: v1.id, changedOn: '2024-03-31', kinds: ['corneas'], cardNumber: v1.cardNumber });
    expect(firstIssue(early)).toMatchObject({ path: 'changedOn', code: 'PLEDGE_DATE_ORDER' });

    const changed = await call('organ.change', {
      pledgeId: v1.id,
      changedOn: '2025-01-10',
      kinds: ['organs', 'corneas', 'body'],
      organs: [],
      cardNumber: v1.cardNumber,
      familyConsents: [{ name: '王小军', relation: 'adult_child', date: '2025-01-09' }],
      witnesses: [],
      executor: EXECUTOR,
    });
    expect(changed.history.map((v) => [v.status, v.effectiveOn, v.registeredOn, v.cardNumber])).toEqual([
      ['active', '2025-01-10', '2024-04-01', 'GD2024-0001'],
      ['changed', '2024-04-01', '2024-04-01', 'GD2024-0001'],
    ]);
    expect(changed.current).toMatchObject({ previousId: v1.id, kinds: ['organs', 'corneas', 'body'], organs: [], executor: EXECUTOR });
    expect(changed.history[1]).toMatchObject({ organs: ['liver', 'kidney'], familyConsents: v1.familyConsents, witnesses: v1.witnesses, executor: null });

    const again = await refusal('organ.change', { pledgeId: v1.id, changedOn: '2025-02-01', kinds: ['corneas'], cardNumber: v1.cardNumber });
    expect(firstIssue(again)).toMatchObject({ path: 'pledgeId', code: 'PLEDGE_NOT_ACTIVE' });
  });

  it('revokes at any time, keeping the revoked pledge; a new pledge may follow with a new card', async () => {
    const { call, refusal, person } = setup();
    const id = await person('王德明', '1960-08-15');
    const v1 = (await call('organ.pledge', pledgeOf(id))).current!;
    const future = await refusal('organ.revoke', { pledgeId: v1.id, revokedOn: addDays(localToday(), 1) });
    expect(firstIssue(future)).toEqual({ path: 'revokedOn', message: '撤销日期不能晚于今天' });
    const revoked = await call('organ.revoke', { pledgeId: v1.id, revokedOn: '2024-06-01', reason: '家属意见不一致' });
    expect(revoked.current).toMatchObject({ id: v1.id, status: 'revoked', revokedOn: '2024-06-01', revocationReason: '家属意见不一致', kinds: v1.kinds });
    expect(firstIssue(await refusal('organ.revoke', { pledgeId: v1.id, revokedOn: '2024-06-02' })).code).toBe('PLEDGE_NOT_ACTIVE');

    const reused = await refusal('organ.pledge', pledgeOf(id, { registeredOn: '2024-09-01' }));
    expect(reused).toMatchObject({ code: 'DUPLICATE', details: { field: 'cardNumber' } });
    const renewed = await call('organ.pledge', pledgeOf(id, { registeredOn: '2024-09-01', cardNumber: 'GD2024-0100', kinds: ['corneas'], organs: [] }));
    expect(renewed.history.map((v) => v.status)).toEqual(['active', 'revoked']);
    expect(renewed.current?.cardNumber).toBe('GD2024-0100');
  });

  it('logs pledges, changes and revocations with phone numbers masked', async () => {
    const { call, person } = setup();
    const id = await person('王德明', '1960-08-15');
    const v1 = (await call('organ.pledge', pledgeOf(id, { kinds: ['body'], organs: [], executor: EXECUTOR }))).current!;
    await call('organ.revoke', { pledgeId: v1.id, revokedOn: '2024-06-01' });
    const log = await call('audit.list', { entity: 'pledge' });
    expect(log.rows.map((r) => r.action).reverse()).toEqual(['organ.pledge', 'organ.revoke']);
    const text = JSON.stringify(log.rows);
    expect(text).toContain('138****8002');
    expect(text).not.toContain('13800138002');
    expect(text).not.toContain('83001234');
  });
});
