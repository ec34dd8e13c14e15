// The staff accounts. Names are unique: the audit log names people by name. Password hashes
// never leave this folder: callers get StaffMember, which only says whether one is set.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { StaffMember, StaffRole } from '../../contract/staff';
import { recordAudit } from '../audit/log';

export interface StaffRow {
  id: number;
  name: string;
  active: 0 | 1;
  role: StaffRole;
  password_hash: string | null;
  failed_sign_ins: number;
  locked_until: string | null;
  password_changed_at: string | null;
  created_at: string;
}

export const toMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  name: row.name,
  role: row.role,
  active: row.active === 1,
  hasPassword: row.password_hash !== null,
  createdAt: row.created_at,
});

/** Every account, by name: the sign-in screen shows the active ones, the accounts tab all of them. */
export function listStaff(db: Database): StaffMember[] {
  return (db.prepare('SELECT * FROM staff ORDER BY name').all() as StaffRow[]).map(toMember);
}

export const getStaffRow = (db: Database, id: number): StaffRow | undefined => db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;

export function findStaffRow(db: Database, id: number): StaffRow {
  const row = getStaffRow(db, id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该工作人员', { id });
  return row;
}

export const findStaff = (db: Database, id: number): StaffMember => toMember(findStaffRow(db, id));

export const hasActiveAdmin = (db: Database): boolean => db.prepare("SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 LIMIT 1").get() !== undefined;

export interface NewStaff {
  readonly name: string;
  readonly role: StaffRole;
  /** From kdf.ts hashSecret: the caller hashes before the transaction, which cannot wait. */
  readonly passwordHash: string;
}

export function createStaff(db: Database, staff: NewStaff, actor: string): StaffMember {
  return db.transaction(() => {
    const existing = db.prepare('SELECT id FROM staff WHERE name = ?').get(staff.name) as { id: number } | undefined;
    if (existing) throw new ApiError('DUPLICATE', `已有名为「${staff.name}」的工作人员`, { existingId: existing.id });
    const now = new Date().toISOString();
    const { lastInsertRowid } = db
      .prepare('INSERT INTO staff (name, role, password_hash, password_changed_at, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(staff.name, staff.role, staff.passwordHash, now, now);
    const member = findStaff(db, Number(lastInsertRowid));
    recordAudit(db, { actor, action: 'staff.create', entity: 'staff', entityId: member.id, after: { name: member.name, role: member.role } });
    return member;
  })();
}

export interface StaffChange {
  readonly id: number;
  readonly role?: StaffRole;
  readonly active?: boolean;
}

/** Changes a role or takes an account out of use; the registry always keeps one active administrator. */
export function updateStaff(db: Database, change: StaffChange, actor: string): StaffMember {
  return db.transaction(() => {
    const before = findStaff(db, change.id);
    const after = { ...before, role: change.role ?? before.role, active: change.active ?? before.active };
    const stillAdmin = after.role === 'admin' && after.active;
    if (before.role === 'admin' && before.active && !stillAdmin && activeAdminCount(db) === 1) {
      throw new ApiError('FORBIDDEN', '至少要保留一名在用的管理员账户', { reason: 'LAST_ADMIN' });
    }
    db.prepare('UPDATE staff SET role = ?, active = ? WHERE id = ?').run(after.role, after.active ? 1 : 0, change.id);
    const pick = (m: StaffMember) => ({ role: m.role, active: m.active });
    recordAudit(db, { actor, action: 'staff.update', entity: 'staff', entityId: change.id, before: pick(before), after: pick(after) });
    return findStaff(db, change.id);
  })();
}

const activeAdminCount = (db: Database): number =>
  (db.prepare("SELECT count(*) AS n FROM staff WHERE role = 'admin' AND active = 1").get() as { n: number }).n;

/** A new password (set by an administrator, by its owner, or through recovery) also lifts a lockout. */
export function storePassword(db: Database, id: number, passwordHash: string): void {
  db.prepare('UPDATE staff SET password_hash = ?, password_changed_at = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?').run(
    passwordHash,
    new Date().toISOString(),
    id,
  );
}

/** An administrator gives an account a new password (a colleague forgot theirs, or never had one). */
export function resetPassword(db: Database, id: number, passwordHash: string, actor: string): StaffMember {
  return db.transaction(() => {
    const member = findStaff(db, id);
    storePassword(db, id, passwordHash);
    recordAudit(db, { actor, action: 'staff.reset-password', entity: 'staff', entityId: id, after: { name: member.name } });
    return findStaff(db, id);
  })();
}
