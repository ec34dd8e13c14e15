// The brake on guessing passwords: five failures in a row lock the account for a minute, each
// further failure doubles the wait up to half an hour, the lock survives a restart, and every
// failed or refused attempt is in the audit log. A clock is passed in instead of waiting.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../electron/contract/errors';
import { openRegistry } from '../../electron/registry/registry';
import { checkPassword, FREE_ATTEMPTS, lockMinutes } from '../../electron/registry/staff/passwords';
import { ADMIN_PASSWORD, windowWithAdmin } from './staffSetup';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function refusalOf(attempt: Promise<unknown>): Promise<ApiError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the attempt was accepted');
}

describe('sign-in lockout', () => {
  it('locks after five failures, refuses even the right password until then, and lets it in after', async () => {
    const { db, admin } = await windowWithAdmin();
    const attempt = (password: string, now: Date) => checkPassword(db, { staffId: admin.id, actor: '未登录', purpose: 'sign-in', now }, password);

    for (let i = 1; i < FREE_ATTEMPTS; i++) {
      expect((await refusalOf(attempt('wrong-password', T0))).details).toEqual({ reason: 'WRONG_PASSWORD', attemptsLeft: FREE_ATTEMPTS - i });
    }
    const locking = await refusalOf(attempt('wrong-password', T0));
    expect(locking.details).toEqual({ reason: 'ACCOUNT_LOCKED', lockedUntil: later(60).toISOString() });
    expect(locking.message).toMatch(/^密码错误次数过多，账户已暂时锁定，请在 .+ 之后再试$/);

    // During the lock the password is not even checked.
    expect((await refusalOf(attempt(ADMIN_PASSWORD, later(59)))).details).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    expect(await attempt(ADMIN_PASSWORD, later(61))).toMatchObject({ id: admin.id });

    const audit = db.prepare("SELECT action, actor, json_extract(after, '$.failures') AS failures FROM audit_log WHERE action LIKE 'session.sign-in-%' ORDER BY id").all();
    expect(audit).toEqual([
      ...[1, 2, 3, 4, 5].map((failures) => ({ action: 'session.sign-in-failed', actor: '未登录', failures })),
      { action: 'session.sign-in-locked', actor: '未登录', failures: null },
    ]);
  });

  it('doubles the wait with each further failure, up to half an hour', async () => {
    expect([4, 5, 6, 7, 8, 9, 10, 20].map(lockMinutes)).toEqual([0, 1, 2, 4, 8, 16, 30, 30]);
    const { db, admin } = await windowWithAdmin();
    const attempt = (now: Date) => refusalOf(checkPassword(db, { staffId: admin.id, actor: '未登录', purpose: 'sign-in', now }, 'wrong-password'));
    for (let i = 0; i < FREE_ATTEMPTS; i++) await attempt(T0);
    // The sixth failure, once the first minute is over, earns two.
    expect((await attempt(later(61))).details).toEqual({ reason: 'ACCOUNT_LOCKED', lockedUntil: later(61 + 120).toISOString() });
  });

  it('keeps the count and the lock when the app restarts', async () => {
    const { registry, admin } = await windowWithAdmin();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      await refusalOf(checkPassword(registry.db, { staffId: admin.id, actor: '未登录', purpose: 'sign-in', now: T0 }, 'wrong-password'));
    }
    registry.close();
    const reopened = openRegistry({ path: registry.path });
    try {
      const refused = await refusalOf(checkPassword(reopened.db, { staffId: admin.id, actor: '未登录', purpose: 'sign-in', now: later(30) }, ADMIN_PASSWORD));
      expect(refused.details).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    } finally {
      reopened.close();
    }
  });

  it('lets an administrator lift a colleague’s lock by giving a new password', async () => {
    const { call, db } = await windowWithAdmin();
    const lin = await call('staff.create', { name: '林峰', password: '献血光荣12345', role: 'staff' });
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      await refusalOf(checkPassword(db, { staffId: lin.id, actor: '未登录', purpose: 'sign-in', now: new Date() }, 'wrong-password'));
    }
    await call('staff.resetPassword', { id: lin.id, password: '新的密码很长很长' });
    expect(await checkPassword(db, { staffId: lin.id, actor: '未登录', purpose: 'sign-in' }, '新的密码很长很长')).toMatchObject({ name: '林峰' });
  });
});
