// The simple local sign-in: staff pick their name; until someone has, a window (or the
// browser-mode server) can only reach what the sign-in screen needs; afterwards every audit
// entry names the signed-in staff member.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { OPEN_METHODS } from '../../electron/contract/staff';
import { contract } from '../../electron/contract/methods';
import { setup } from './peopleSetup';

const windowSetup = () => setup({ requireSignIn: true });

describe('staff', () => {
  it('adds staff, lists them by name, and refuses a name already taken', async () => {
    const { call, refusal } = windowSetup();
    const chen = await call('staff.create', { name: ' 陈 红 ' });
    await call('staff.create', { name: '林峰' });
    expect(chen).toMatchObject({ name: '陈红', active: true });
    expect((await call('staff.list')).map((s) => s.name)).toEqual(['林峰', '陈红']);
    expect(await refusal('staff.create', { name: '陈红' })).toMatchObject({ code: 'DUPLICATE', details: { existingId: chen.id } });
    expect(await refusal('staff.create', { name: '  ' })).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: ['name'], message: '请填写工作人员姓名' }] });
  });
});

describe('session', () => {
  it('refuses everything but the sign-in screen’s own methods until someone signs in', async () => {
    const { dispatch } = windowSetup();
    const refused = await dispatch('people.create', { name: '王芳' });
    expect(refused).toEqual({ error: { code: 'UNAUTHORIZED', message: '请先选择登录人员', details: { reason: 'SIGN_IN_REQUIRED' } } });
    for (const method of Object.keys(contract)) {
      const response = await dispatch(method, {});
      const gated = 'error' in response && response.error.code === 'UNAUTHORIZED';
      expect(gated, method).toBe(!OPEN_METHODS.has(method));
    }
  });

  it('signs in, names the staff member in every audit entry, remembers them, and signs out', async () => {
    const { call, refusal } = windowSetup();
    const chen = await call('staff.create', { name: '陈红' });
    expect(await call('session.get')).toEqual({ staff: null });
    expect(await call('session.signIn', { staffId: chen.id })).toEqual({ staff: chen });
    expect(await call('session.get')).toEqual({ staff: chen });
    expect((await call('settings.get'))['ui.lastStaffId']).toBe(chen.id);

    const person = await call('people.create', { name: '王芳' });
    await call('people.update', { id: person.id, mobile: '13800138000' });
    const log = await call('audit.list', { entity: 'person' });
    expect(log.rows.map((r) => [r.action, r.actor])).toEqual([
      ['person.update', '陈红'],
      ['person.create', '陈红'],
    ]);
    expect((await call('audit.list', { action: 'session.sign-in' })).rows).toEqual([expect.objectContaining({ actor: '陈红', entityId: chen.id })]);

    expect(await call('session.signOut')).toEqual({ staff: null });
    expect(await refusal('people.get', { id: person.id })).toMatchObject({ code: 'UNAUTHORIZED' });
    await call('session.signIn', { staffId: chen.id });
    expect((await call('audit.list', { action: 'session.sign-out' })).rows).toEqual([expect.objectContaining({ actor: '陈红', entityId: chen.id })]);
  });

  it('logs the first staff member as adding themself, and a later one as added by whoever is signed in', async () => {
    const { call } = windowSetup();
    const chen = await call('staff.create', { name: '陈红' });
    await call('session.signIn', { staffId: chen.id });
    await call('staff.create', { name: '林峰' });
    expect((await call('audit.list', { action: 'staff.create' })).rows.map((r) => [r.actor, r.after])).toEqual([
      ['陈红', { name: '林峰' }],
      ['陈红', { name: '陈红' }],
    ]);
  });

  it('keeps one session per dispatcher: a second window starts signed out', async () => {
    const { registry, call } = windowSetup();
    const chen = await call('staff.create', { name: '陈红' });
    await call('session.signIn', { staffId: chen.id });
    const secondWindow = createDispatcher(registry, { requireSignIn: true });
    expect(await secondWindow('session.get', {})).toEqual({ data: { staff: null } });
    expect(await secondWindow('people.list', {})).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses to sign in someone who is not on the staff list', async () => {
    const { refusal } = windowSetup();
    expect(await refusal('session.signIn', { staffId: 7 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a host that knows who acts (a test, a script) work without a sign-in, under its own name', async () => {
    const { call } = setup({ actor: 'import-script' });
    await call('people.create', { name: '王芳' });
    expect((await call('audit.list', { action: 'person.create' })).rows[0].actor).toBe('import-script');
  });
});
