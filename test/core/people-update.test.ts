// The whole person record through the API: the new fields stored and returned, changes with
// before → after in the audit log (masked), and refusals that change nothing.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/contract/audit';
import { CHEN_ID, WANG_FANG_ID, setup } from './peopleSetup';

const FULL = {
  name: '王芳',
  docNumber: WANG_FANG_ID,
  ethnicity: '01',
  mobile: '13800138000',
  phones: [{ phone: '0754-88123456', label: '单位' }],
  address: '汕头市龙湖区金砂路123号',
  employer: '汕头市第一中学',
  occupation: '教师',
  bloodAbo: 'A',
  bloodRh: '+',
  contacts: [
    { name: '王建国', relation: '父亲', phone: '13900139000' },
    { name: '李梅', relation: '朋友', phone: '0754-88000001' },
  ],
  notes: '周末可联系',
};

const lastAudit = async (call: ReturnType<typeof setup>['call'], action: string): Promise<AuditEntry> =>
  (await call('audit.list', { action, limit: 1 })).rows[0];

describe('the whole person record', () => {
  it('stores every field and returns it from people.get, the number still masked', async () => {
    const { call } = setup();
    const { id } = await call('people.create', FULL);
    const person = await call('people.get', { id });
    expect(person).toMatchObject({
      name: '王芳',
      sex: 'F',
      birthDate: '1949-12-31',
      ethnicity: '01',
      docNumberMasked: '1101**********002X',
      mobile: '13800138000',
      phones: [{ phone: '0754-88123456', label: '单位' }],
      employer: '汕头市第一中学',
      occupation: '教师',
      bloodAbo: 'A',
      bloodRh: '+',
      contacts: [
        { name: '王建国', relation: '父亲', phone: '13900139000' },
        { name: '李梅', relation: '朋友', phone: '0754-88000001' },
      ],
    });
    expect(JSON.stringify(person)).not.toContain(WANG_FANG_ID);
  });

  it('changes only the fields given, and logs just those, masked, with who did it', async () => {
    const { call } = setup();
    const { id } = await call('people.create', FULL);
    const changed = await call('people.update', { id, mobile: '13700137000', occupation: null, contacts: [FULL.contacts[1]] });
    expect(changed).toMatchObject({ mobile: '13700137000', occupation: null, employer: '汕头市第一中学', contacts: [FULL.contacts[1]], phones: FULL.phones });

    const entry = await lastAudit(call, 'person.update');
    expect(entry).toMatchObject({ actor: '陈红', entity: 'person', entityId: id });
    expect(entry.before).toEqual({
      mobile: '138****8000',
      occupation: '教师',
      contacts: [
        { name: '王建国', relation: '父亲', phone: '139****9000' },
        { name: '李梅', relation: '朋友', phone: '0754-****0001' },
      ],
    });
    expect(entry.after).toEqual({ mobile: '137****7000', occupation: null, contacts: [{ name: '李梅', relation: '朋友', phone: '0754-****0001' }] });
    expect(JSON.stringify(entry)).not.toContain('13700137000');
  });

  it('writes nothing, not even a log entry, when nothing changes', async () => {
    const { call } = setup();
    const created = await call('people.create', FULL);
    const same = await call('people.update', { id: created.id, name: ' 王 芳 ', bloodRh: '阳性' });
    expect(same.updatedAt).toBe(created.updatedAt);
    expect((await call('audit.list', { action: 'person.update' })).total).toBe(0);
  });

  it('takes sex and birth date from a new ID number, and logs the number masked', async () => {
    const { call } = setup();
    const { id } = await call('people.create', { name: '陈志强', docNumber: WANG_FANG_ID });
    const changed = await call('people.update', { id, docNumber: CHEN_ID });
    expect(changed).toMatchObject({ sex: 'M', birthDate: '1988-03-15', docNumberMasked: '4405**********0015' });
    const entry = await lastAudit(call, 'person.update');
    expect(entry.before).toEqual({ sex: 'F', birthDate: '1949-12-31', docNumber: '1101**********002X' });
    expect(entry.after).toEqual({ sex: 'M', birthDate: '1988-03-15', docNumber: '4405**********0015' });
  });

  it('refuses a change that contradicts the stored ID number, naming the field, and changes nothing', async () => {
    const { call, refusal } = setup();
    const { id } = await call('people.create', FULL);
    const error = await refusal('people.update', { id, birthDate: '1950-01-01', mobile: '13700137000' });
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ path: ['birthDate'], code: 'ID_MISMATCH', values: { expected: '1949-12-31' }, message: '出生日期与身份证号码不符（号码中为 1949-12-31）' }],
    });
    expect((await call('people.get', { id })).mobile).toBe('13800138000');
  });

  it('refuses a bad contact phone before anything is written, pointing at the contact', async () => {
    const { call, refusal } = setup();
    const { id } = await call('people.create', FULL);
    const error = await refusal('people.update', { id, contacts: [{ name: '王建国', phone: '12345' }] });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: ['contacts', 0, 'phone'], code: 'PHONE_OR_LANDLINE' }] });
    expect((await call('people.get', { id })).contacts).toHaveLength(2);
  });

  it('refuses a number someone else holds, pointing at them', async () => {
    const { call, refusal } = setup();
    const holder = await call('people.create', { name: '陈志强', docNumber: CHEN_ID });
    const { id } = await call('people.create', { name: '陈志坚' });
    expect(await refusal('people.update', { id, docNumber: CHEN_ID.toLowerCase() })).toMatchObject({
      code: 'DUPLICATE',
      details: { existingId: holder.id },
    });
  });

  it('answers NOT_FOUND for a change to someone who does not exist', async () => {
    const { refusal } = setup();
    expect(await refusal('people.update', { id: 42, name: '无' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
