// Local accounts: staff sign in with their own password; until someone has, a window (or the
// browser-mode server) reaches only what the sign-in screen needs; afterwards every audit entry
// names the signed-in staff member, and only administrators manage accounts and settings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { ADMIN_METHODS, OPEN_METHODS } from '../../electron/contract/staff';
import { contract } from '../../electron/contract/methods';
import { VAULT_OPEN_METHODS } from '../../electron/contract/vault';
import { setup } from './peopleSetup';
import { ADMIN_PASSWORD, STAFF_PASSWORD, windowWithAdmin } from './staffSetup';

describe('staff accounts', () => {
  it('adds accounts with a role, lists them without hashes, and refuses a taken name or a short password', async () => {
    const { call, refusal, admin } = await windowWithAdmin();
    const lin = await call('staff.create', { name: ' 林 峰 ', password: STAFF_PASSWORD, role: 'staff' });
    expect(lin).toMatchObject({ name: '林峰', role: 'staff', active: true, hasPassword: true });
    const list = await call('staff.list');
    expect(list.map((s) => [s.name, s.role])).toEqual([
      ['林峰', 'staff'],
      ['陈红', 'admin'],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt/);
    expect(await refusal('staff.create', { name: '陈红', password: STAFF_PASSWORD, role: 'staff' })).toMatchObject({ code: 'DUPLICATE', details: { existingId: admin.id } });
    expect(await refusal('staff.create', { name: '王芳', password: '1234567', role: 'staff' })).toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ path: ['password'], message: '密码至少需要8个字符' }],
    });
  });

  it('never writes a password into the registry file, only its scrypt hash', async () => {
    const { call, db, registry } = await windowWithAdmin();
    await call('staff.create', { name: '林峰', password: STAFF_PASSWORD, role: 'staff' });
    const hashes = db.prepare('SELECT password_hash FROM staff').pluck().all() as string[];
    expect(hashes.every((hash) => hash.startsWith('scrypt$'))).toBe(true);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(registry.path);
    for (const password of [ADMIN_PASSWORD, STAFF_PASSWORD]) expect(file.includes(Buffer.from(password, 'utf8'))).toBe(false);
  });

  it('keeps at least one active administrator', async () => {
    const { call, refusal, admin, registry } = await windowWithAdmin();
    expect(await refusal('staff.update', { id: admin.id, role: 'staff' })).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'LAST_ADMIN' } });
    expect(await refusal('staff.update', { id: admin.id, active: false })).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'LAST_ADMIN' } });
    const lin = await call('staff.create', { name: '林峰', password: STAFF_PASSWORD, role: 'admin' });
    expect(await call('staff.update', { id: admin.id, role: 'staff' })).toMatchObject({ role: 'staff' });
    // 陈红 demoted herself: her window loses the administrators' methods at once.
    expect(await refusal('staff.create', { name: '王芳', password: STAFF_PASSWORD, role: 'staff' })).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'ADMIN_REQUIRED' } });
    const linWindow = createDispatcher(registry, { requireSignIn: true });
    await linWindow('session.signIn', { staffId: lin.id, password: STAFF_PASSWORD });
    expect(await linWindow('staff.update', { id: lin.id, active: false })).toMatchObject({ error: { code: 'FORBIDDEN', details: { reason: 'LAST_ADMIN' } } });
  });
});

describe('roles', () => {
  it('answers FORBIDDEN to staff for every administrators’ method, and lets administrators through', async () => {
    const { call, dispatch, registry } = await windowWithAdmin();
    const lin = await call('staff.create', { name: '林峰', password: STAFF_PASSWORD, role: 'staff' });
    const staffWindow = createDispatcher(registry, { requireSignIn: true });
    await staffWindow('session.signIn', { staffId: lin.id, password: STAFF_PASSWORD });
    const adminMethods = Object.keys(contract).filter((method) => ADMIN_METHODS.has(method));
    expect(adminMethods).toEqual(expect.arrayContaining(['staff.create', 'staff.update', 'staff.resetPassword', 'settings.update']));
    for (const method of adminMethods) {
      expect(await staffWindow(method, {}), method).toEqual({ error: { code: 'FORBIDDEN', message: '此操作需要管理员权限', details: { reason: 'ADMIN_REQUIRED' } } });
      const asAdmin = await dispatch(method, {});
      expect('error' in asAdmin && asAdmin.error.code, method).not.toBe('FORBIDDEN');
    }
    // Daily work is theirs.
    expect(await staffWindow('people.create', { name: '王芳' })).toMatchObject({ data: { name: '王芳' } });
  });
});

describe('session', () => {
  it('refuses everything but the sign-in screen’s own methods until someone signs in', async () => {
    const { dispatch } = setup({ requireSignIn: true });
    const refused = await dispatch('people.create', { name: '王芳' });
    expect(refused).toMatchObject({ error: { code: 'UNAUTHORIZED', details: { reason: 'SIGN_IN_REQUIRED' } } });
    for (const method of Object.keys(contract)) {
      const response = await dispatch(method, {});
      const gated = 'error' in response && response.error.code === 'UNAUTHORIZED' && response.error.details !== undefined;
      const signInRequired = gated && (response.error.details as { reason?: string }).reason === 'SIGN_IN_REQUIRED';
      expect(signInRequired, method).toBe(!OPEN_METHODS.has(method) && !VAULT_OPEN_METHODS.includes(method));
    }
  });

  it('signs in with the password, names the staff member in every audit entry, remembers them, and signs out', async () => {
    const { call, refusal, admin } = await windowWithAdmin();
    expect(await call('session.signOut')).toEqual({ staff: null, locked: false });
    expect(await call('session.signIn', { staffId: admin.id, password: ADMIN_PASSWORD })).toEqual({ staff: admin, locked: false });
    expect(await call('session.get')).toEqual({ staff: admin, locked: false });
    expect((await call('settings.get'))['ui.lastStaffId']).toBe(admin.id);

    const person = await call('people.create', { name: '王芳' });
    await call('people.update', { id: person.id, mobile: '13800138000' });
    const log = await call('audit.list', { entity: 'person' });
    expect(log.rows.map((r) => [r.action, r.actor])).toEqual([
      ['person.update', '陈红'],
      ['person.create', '陈红'],
    ]);
    expect((await call('audit.list', { action: 'session.sign-in' })).rows).toHaveLength(2);

    await call('session.signOut');
    expect(await refusal('people.get', { id: person.id })).toMatchObject({ code: 'UNAUTHORIZED' });
    await call('session.signIn', { staffId: admin.id, password: ADMIN_PASSWORD });
    expect((await call('audit.list', { action: 'session.sign-out' })).rows[0]).toMatchObject({ actor: '陈红', entityId: admin.id });
  });

  it('refuses a wrong password, counts it and audits it; the right one clears the count', async () => {
    const { call, refusal, admin, db } = await windowWithAdmin();
    await call('session.signOut');
    expect(await refusal('session.signIn', { staffId: admin.id, password: 'wrong-password' })).toEqual({
      code: 'UNAUTHORIZED',
      message: '密码不正确',
      details: { reason: 'WRONG_PASSWORD', attemptsLeft: 4 },
    });
    expect(db.prepare('SELECT failed_sign_ins FROM staff WHERE id = ?').pluck().get(admin.id)).toBe(1);
    expect(await call('session.get')).toEqual({ staff: null, locked: false });
    await call('session.signIn', { staffId: admin.id, password: ADMIN_PASSWORD });
    expect(db.prepare('SELECT failed_sign_ins FROM staff WHERE id = ?').pluck().get(admin.id)).toBe(0);
    expect((await call('audit.list', { action: 'session.sign-in-failed' })).rows).toEqual([
      expect.objectContaining({ actor: '未登录', entityId: admin.id, after: { name: '陈红', purpose: 'sign-in', failures: 1, lockedUntil: null } }),
    ]);
  });

  it('refuses staff without a password until an administrator gives them one', async () => {
    const { call, refusal, db, registry } = await windowWithAdmin();
    // A staff member carried over from the name-only sign-in.
    const id = Number(db.prepare("INSERT INTO staff (name, created_at) VALUES ('林峰', '2025-01-01')").run().lastInsertRowid);
    const linWindow = createDispatcher(registry, { requireSignIn: true });
    expect(await linWindow('session.signIn', { staffId: id, password: STAFF_PASSWORD })).toMatchObject({ error: { code: 'UNAUTHORIZED', details: { reason: 'NO_PASSWORD' } } });
    await call('staff.resetPassword', { id, password: STAFF_PASSWORD });
    expect(await linWindow('session.signIn', { staffId: id, password: STAFF_PASSWORD })).toMatchObject({ data: { staff: { name: '林峰', role: 'staff' } } });
    expect(await refusal('staff.resetPassword', { id, password: 'short' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await call('audit.list', { action: 'staff.reset-password' })).rows[0]).toMatchObject({ actor: '陈红', entityId: id });
  });

  it('locks the window, keeping who was signed in, until the same password is given again', async () => {
    const { call, refusal, dispatch, admin } = await windowWithAdmin();
    expect(await call('session.lock')).toEqual({ staff: admin, locked: true });
    expect(await refusal('people.list', {})).toMatchObject({ code: 'UNAUTHORIZED', details: { reason: 'SIGN_IN_REQUIRED' } });
    expect(await dispatch('session.unlock', { password: 'not-it-at-all' })).toMatchObject({ error: { details: { reason: 'WRONG_PASSWORD' } } });
    expect(await call('session.get')).toEqual({ staff: admin, locked: true });
    expect(await call('session.unlock', { password: ADMIN_PASSWORD })).toEqual({ staff: admin, locked: false });
    expect(await call('people.list', {})).toMatchObject({ total: 0 });
  });

  it('changes one’s own password only with the current one', async () => {
    const { call, refusal, admin } = await windowWithAdmin();
    expect(await refusal('session.changePassword', { current: 'not-it-at-all', next: '新的密码很长很长' })).toMatchObject({ details: { reason: 'WRONG_PASSWORD' } });
    await call('session.changePassword', { current: ADMIN_PASSWORD, next: '新的密码很长很长' });
    await call('session.signOut');
    expect(await refusal('session.signIn', { staffId: admin.id, password: ADMIN_PASSWORD })).toMatchObject({ details: { reason: 'WRONG_PASSWORD' } });
    await call('session.signIn', { staffId: admin.id, password: '新的密码很长很长' });
    expect((await call('audit.list', { action: 'session.change-password' })).rows).toHaveLength(1);
  });

  it('keeps one session per dispatcher: a second window starts signed out', async () => {
    const { registry } = await windowWithAdmin();
    const secondWindow = createDispatcher(registry, { requireSignIn: true });
    expect(await secondWindow('session.get', {})).toEqual({ data: { staff: null, locked: false } });
    expect(await secondWindow('people.list', {})).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses to sign in someone who is not on the staff list', async () => {
    const { refusal } = setup({ requireSignIn: true });
    expect(await refusal('session.signIn', { staffId: 7, password: STAFF_PASSWORD })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a host that knows who acts (a test, a script) work without a sign-in, under its own name', async () => {
    const { call } = setup({ actor: 'import-script' });
    await call('people.create', { name: '王芳' });
    await call('staff.create', { name: '林峰', password: STAFF_PASSWORD, role: 'staff' });
    expect((await call('audit.list', { action: 'person.create' })).rows[0].actor).toBe('import-script');
    expect((await call('audit.list', { action: 'staff.create' })).rows[0].actor).toBe('import-script');
  });
});
