// Checking a password someone typed, with the brake on guessing: after FREE_ATTEMPTS failures in
// a row the account is locked for a minute, and each further failure doubles the wait up to half
// an hour. The count and the lock live in the staff row, so restarting the app does not reset
// them; every failure and every attempt on a locked account is audited.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { StaffMember } from '../../contract/staff';
import { recordAudit } from '../audit/log';
import { hashSecret, verifySecret } from '../vault/kdf';
import { findStaffRow, toMember, type StaffRow } from './repository';

export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MINUTES = 1;
const MAX_LOCK_MINUTES = 30;

/** The lock a run of `failures` earns, in minutes (0: none yet). */
export function lockMinutes(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_MINUTES, FIRST_LOCK_MINUTES * 2 ** (failures - FREE_ATTEMPTS));
}

/** Hashing is the one place a password is handled; only the scrypt string is ever stored. */
export const hashPassword = (password: string): Promise<string> => hashSecret(password);

export interface Attempt {
  readonly staffId: number;
  /** Who is trying, for the audit log: nobody is signed in yet, so usually 未登录. */
  readonly actor: string;
  /** What the attempt is for, named in the audit entry. */
  readonly purpose: 'sign-in' | 'unlock' | 'change-password' | 'recover' | 'renew-recovery-code';
  /** Injected so tests can step over a lockout without waiting for it. */
  readonly now?: Date;
}

/** What a failed or refused attempt's audit entry says: whose account, and what for. */
const about = (row: StaffRow, attempt: Attempt) => ({ name: row.name, purpose: attempt.purpose });

/**
 * Runs `check` (a password or recovery code comparison) for an account unless it is locked,
 * and books the outcome: a success clears the count, a failure adds to it and may lock.
 */
export async function guardedCheck(db: Database, attempt: Attempt, check: (row: StaffRow) => Promise<boolean>): Promise<StaffMember> {
  const now = attempt.now ?? new Date();
  const row = findStaffRow(db, attempt.staffId);
  if (!row.active) throw new ApiError('UNAUTHORIZED', `「${row.name}」的账户已停用，不能登录`, { reason: 'STAFF_INACTIVE' });
  if (row.locked_until !== null && row.locked_until > now.toISOString()) {
    recordAudit(db, { actor: attempt.actor, action: 'session.sign-in-locked', entity: 'staff', entityId: row.id, after: { ...about(row, attempt), lockedUntil: row.locked_until } });
    throw lockedError(row.locked_until);
  }
  if (await check(row)) {
    if (row.failed_sign_ins > 0) db.prepare('UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?').run(row.id);
    return toMember(row);
  }
  // Counted in SQL, not from the row read before the slow check, so attempts made at the same
  // time are each counted.
  const failure = db.transaction(() => {
    const { failed_sign_ins: failures } = db
      .prepare('UPDATE staff SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ? RETURNING failed_sign_ins')
      .get(row.id) as { failed_sign_ins: number };
    const minutes = lockMinutes(failures);
    const lockedUntil = minutes > 0 ? new Date(now.getTime() + minutes * 60_000).toISOString() : null;
    if (lockedUntil) db.prepare('UPDATE staff SET locked_until = ? WHERE id = ?').run(lockedUntil, row.id);
    recordAudit(db, { actor: attempt.actor, action: 'session.sign-in-failed', entity: 'staff', entityId: row.id, after: { ...about(row, attempt), failures, lockedUntil } });
    return { failures, lockedUntil };
  })();
  if (failure.lockedUntil) throw lockedError(failure.lockedUntil);
  throw new ApiError('UNAUTHORIZED', attempt.purpose === 'recover' ? '恢复码不正确' : '密码不正确', {
    reason: attempt.purpose === 'recover' ? 'WRONG_RECOVERY_CODE' : 'WRONG_PASSWORD',
    attemptsLeft: FREE_ATTEMPTS - failure.failures,
  });
}

/** Checks an account's own password (sign-in, unlock, changing it). */
export function checkPassword(db: Database, attempt: Attempt, password: string): Promise<StaffMember> {
  return guardedCheck(db, attempt, async (row) => {
    if (row.password_hash === null) {
      throw new ApiError('UNAUTHORIZED', `「${row.name}」还没有密码，请管理员在 设置 → 人员账户 中为其设置`, { reason: 'NO_PASSWORD' });
    }
    return verifySecret(password, row.password_hash);
  });
}

function lockedError(lockedUntil: string): ApiError {
  const time = new Date(lockedUntil).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
  return new ApiError('UNAUTHORIZED', `密码错误次数过多，账户已暂时锁定，请在 ${time} 之后再试`, { reason: 'ACCOUNT_LOCKED', lockedUntil });
}
