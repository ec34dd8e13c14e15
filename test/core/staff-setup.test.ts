// The first run and the forgotten administrator password. The setup works only while the
// registry has no active administrator; the recovery code it shows once resets an administrator's
// password, and is then spent: a new one is issued in its place.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { setup } from './peopleSetup';
import { ADMIN_PASSWORD, STAFF_PASSWORD, windowWithAdmin } from './staffSetup';

const NEW_PASSWORD = '新的管理员密码2026';

describe('first-run setup', () => {
  it('creates the administrator, signs them in and shows a recovery code; then refuses to run again', async () => {
    const { call, refusal, recoveryCode, admin, registry } = await windowWithAdmin();
    expect(admin).toMatchObject({ name: '陈红', role: 'admin', active: true, hasPassword: true });
    expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(await call('session.get')).toEqual({ staff: admin, locked: false });
    expect((await call('audit.list', { action: 'account.setup' })).rows).toEqual([expect.objectContaining({ actor: '陈红', entityId: admin.id })]);
    expect(await refusal('account.setup', { name: '林峰', password: STAFF_PASSWORD })).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'SETUP_DONE' } });
    // Nor from another window where nobody has signed in.
    const other = createDispatcher(registry, { requireSignIn: true });
    expect(await other('account.setup', { name: '林峰', password: STAFF_PASSWORD })).toMatchObject({ error: { code: 'FORBIDDEN', details: { reason: 'SETUP_DONE' } } });
  });

  it('lets a staff member carried over from the name-only sign-in become the administrator under their own name', async () => {
    const { call, db } = setup({ requireSignIn: true });
    const id = Number(db.prepare("INSERT INTO staff (name, created_at) VALUES ('陈红', '2025-01-01')").run().lastInsertRowid);
    const { staff } = await call('account.setup', { name: '陈红', password: ADMIN_PASSWORD });
    expect(staff).toMatchObject({ id, role: 'admin', hasPassword: true });
  });
});

describe('recovery code', () => {
  it('resets the administrator’s password once; the code is then spent and a new one works', async () => {
    const { call, registry, admin, recoveryCode } = await windowWithAdmin();
    await call('session.signOut');
    const login = createDispatcher(registry, { requireSignIn: true });

    expect(await login('account.recover', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', staffId: admin.id, password: NEW_PASSWORD })).toMatchObject({
      error: { code: 'UNAUTHORIZED', message: '恢复码不正确', details: { reason: 'WRONG_RECOVERY_CODE', attemptsLeft: 4 } },
    });
    // Typed from paper: lower case, no dashes.
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    const recovered = await login('account.recover', { recoveryCode: typed, staffId: admin.id, password: NEW_PASSWORD });
    if (!('data' in recovered)) throw new Error(JSON.stringify(recovered.error));
    const { staff, recoveryCode: next } = recovered.data as { staff: unknown; recoveryCode: string };
    expect(staff).toMatchObject({ id: admin.id });
    expect(next).not.toBe(recoveryCode);
    expect(await login('session.get', {})).toMatchObject({ data: { staff: { id: admin.id }, locked: false } });

    expect(await call('session.signIn', { staffId: admin.id, password: NEW_PASSWORD })).toMatchObject({ staff: { id: admin.id } });
    const spent = await login('account.recover', { recoveryCode, staffId: admin.id, password: ADMIN_PASSWORD });
    expect(spent).toMatchObject({ error: { details: { reason: 'WRONG_RECOVERY_CODE' } } });
    expect(await login('account.recover', { recoveryCode: next, staffId: admin.id, password: ADMIN_PASSWORD })).toMatchObject({ data: { staff: { id: admin.id } } });
    const audit = (await call('audit.list', { entity: 'staff' })).rows.map((r) => r.action);
    expect(audit.filter((action) => action === 'account.recover')).toHaveLength(2);
    expect(audit.filter((action) => action === 'session.sign-in-failed')).toHaveLength(2);
  });

  it('resets only administrators’ passwords', async () => {
    const { call, refusal, recoveryCode } = await windowWithAdmin();
    const lin = await call('staff.create', { name: '林峰', password: STAFF_PASSWORD, role: 'staff' });
    expect(await refusal('account.recover', { recoveryCode, staffId: lin.id, password: NEW_PASSWORD })).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'NOT_ADMIN' } });
  });

  it('is renewed by a signed-in administrator who gives their password again; the old one is spent', async () => {
    const { call, refusal, admin, recoveryCode } = await windowWithAdmin();
    expect(await refusal('account.renewRecoveryCode', { password: 'not-it-at-all' })).toMatchObject({ details: { reason: 'WRONG_PASSWORD' } });
    const { recoveryCode: renewed } = await call('account.renewRecoveryCode', { password: ADMIN_PASSWORD });
    expect(renewed).not.toBe(recoveryCode);
    expect(await refusal('account.recover', { recoveryCode, staffId: admin.id, password: NEW_PASSWORD })).toMatchObject({ details: { reason: 'WRONG_RECOVERY_CODE' } });
    expect(await call('account.recover', { recoveryCode: renewed, staffId: admin.id, password: NEW_PASSWORD })).toMatchObject({ staff: { id: admin.id } });
    expect((await call('audit.list', { action: 'account.renew-recovery-code' })).rows).toEqual([expect.objectContaining({ actor: '陈红' })]);
  });
});
