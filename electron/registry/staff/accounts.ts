// The two ways to an administrator account without signing in: the first-run setup (only while
// the registry has no active administrator) and the recovery code (a forgotten password). Both
// hand out a recovery code, shown once: vault/recovery.ts issues it and keeps only its hash.
import { ApiError } from '../../contract/errors';
import type { StaffMember } from '../../contract/staff';
import { recordAudit } from '../audit/log';
import type { Registry } from '../registry';
import { checkRecoveryCode, issueRecoveryCode } from '../vault/recovery';
import { checkPassword, guardedCheck, hashPassword } from './passwords';
import { findStaff, hasActiveAdmin, storePassword } from './repository';

export interface AccountGranted {
  readonly staff: StaffMember;
  readonly recoveryCode: string;
}

const setupDone = () => new ApiError('FORBIDDEN', '本登记库已有管理员，请由管理员登录后添加账户', { reason: 'SETUP_DONE' });

/**
 * Creates the first administrator. A staff member carried over from the name-only sign-in (no
 * password yet) may take their own name: their row, and the audit entries naming it, stay theirs.
 */
export async function setupAdministrator(registry: Registry, name: string, password: string): Promise<AccountGranted> {
  const { db } = registry;
  if (hasActiveAdmin(db)) throw setupDone();
  const hash = await hashPassword(password);
  const staff = db.transaction(() => {
    // Checked again: another window may have finished the setup while the hash was computed.
    if (hasActiveAdmin(db)) throw setupDone();
    const existing = db.prepare('SELECT id, password_hash FROM staff WHERE name = ?').get(name) as { id: number; password_hash: string | null } | undefined;
    if (existing?.password_hash) throw new ApiError('DUPLICATE', `已有名为「${name}」的工作人员`, { existingId: existing.id });
    const id = existing
      ? existing.id
      : Number(db.prepare("INSERT INTO staff (name, role, created_at) VALUES (?, 'admin', ?)").run(name, new Date().toISOString()).lastInsertRowid);
    db.prepare("UPDATE staff SET role = 'admin', active = 1 WHERE id = ?").run(id);
    storePassword(db, id, hash);
    recordAudit(db, { actor: name, action: 'account.setup', entity: 'staff', entityId: id, after: { name, role: 'admin' } });
    return findStaff(db, id);
  })();
  return { staff, recoveryCode: await issueRecoveryCode(registry) };
}

export interface Recovery {
  readonly recoveryCode: string;
  readonly staffId: number;
  readonly password: string;
  /** Who is acting, for the audit log (nobody is signed in). */
  readonly actor: string;
  readonly now?: Date;
}

/**
 * Resets a forgotten administrator password with the recovery code. Wrong codes count against
 * that account like wrong passwords. The code is spent: a new one is issued and returned.
 */
export async function recoverAdministrator(registry: Registry, recovery: Recovery): Promise<AccountGranted> {
  const { db } = registry;
  const target = findStaff(db, recovery.staffId);
  if (target.role !== 'admin') {
    throw new ApiError('FORBIDDEN', '恢复码只能重设管理员的密码；其他人员请找管理员重设', { reason: 'NOT_ADMIN' });
  }
  const attempt = { staffId: target.id, actor: recovery.actor, purpose: 'recover', now: recovery.now } as const;
  await guardedCheck(db, attempt, () => checkRecoveryCode(registry, recovery.recoveryCode));
  const hash = await hashPassword(recovery.password);
  db.transaction(() => {
    storePassword(db, target.id, hash);
    recordAudit(db, { actor: recovery.actor, action: 'account.recover', entity: 'staff', entityId: target.id, after: { name: target.name } });
  })();
  // Issued after the password is reset: if issuing failed, the old code still works and the
  // administrator can sign in, rather than being left with neither.
  return { staff: findStaff(db, target.id), recoveryCode: await issueRecoveryCode(registry) };
}

/** A new recovery code for a signed-in administrator who proves it is them with their password. */
export async function renewRecoveryCode(registry: Registry, admin: StaffMember, password: string): Promise<string> {
  await checkPassword(registry.db, { staffId: admin.id, actor: admin.name, purpose: 'renew-recovery-code' }, password);
  const code = await issueRecoveryCode(registry);
  recordAudit(registry.db, { actor: admin.name, action: 'account.renew-recovery-code', entity: 'staff', entityId: admin.id });
  return code;
}
