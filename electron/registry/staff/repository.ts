// The staff who sign in at this registry. Names are unique: the audit log names people by name.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { StaffMember } from '../../contract/staff';
import { recordAudit } from '../audit/log';

interface StaffRow {
  id: number;
  name: string;
  active: 0 | 1;
  created_at: string;
}

const toMember = (row: StaffRow): StaffMember => ({ id: row.id, name: row.name, active: row.active === 1, createdAt: row.created_at });

/** Active staff, by name, for the sign-in screen. */
export function listStaff(db: Database): StaffMember[] {
  return (db.prepare('SELECT * FROM staff WHERE active = 1 ORDER BY name').all() as StaffRow[]).map(toMember);
}

export function findStaff(db: Database, id: number): StaffMember {
  const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该工作人员', { id });
  return toMember(row);
}

/**
 * Adds a staff member. Before anyone has signed in the new member is adding themself, so the
 * log names them as the actor.
 */
export function createStaff(db: Database, name: string, actor: string | null): StaffMember {
  return db.transaction(() => {
    const existing = db.prepare('SELECT id FROM staff WHERE name = ?').get(name) as { id: number } | undefined;
    if (existing) throw new ApiError('DUPLICATE', `已有名为「${name}」的工作人员`, { existingId: existing.id });
    const { lastInsertRowid } = db.prepare('INSERT INTO staff (name, created_at) VALUES (?, ?)').run(name, new Date().toISOString());
    const member = findStaff(db, Number(lastInsertRowid));
    recordAudit(db, { actor: actor ?? name, action: 'staff.create', entity: 'staff', entityId: member.id, after: { name } });
    return member;
  })();
}
