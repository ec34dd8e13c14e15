// Who is signed in, per dispatcher: one per window in Electron, one per server in browser mode.
// It lives in memory, so every start of the app begins at the sign-in screen. A host that knows
// who is acting without a sign-in (a test, a script) gives that name as its own identity.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { SessionState, StaffMember } from '../../contract/staff';
import { recordAudit } from '../audit/log';
import { writeSetting } from '../settings';
import { findStaff } from './repository';

export interface Session {
  state(): SessionState;
  /** The name the audit log records: the signed-in staff member, else the host's identity. */
  actor(): string | null;
  signIn(db: Database, staffId: number): SessionState;
  signOut(db: Database): SessionState;
}

export function createSession(hostActor: string | null = null): Session {
  let staff: StaffMember | null = null;
  const state = (): SessionState => ({ staff });
  return {
    state,
    actor: () => staff?.name ?? hostActor,
    signIn(db, staffId) {
      const member = db.transaction(() => {
        const found = findStaff(db, staffId);
        if (!found.active) throw new ApiError('UNAUTHORIZED', `「${found.name}」已停用，不能登录`, { reason: 'STAFF_INACTIVE' });
        // Remembered so the sign-in screen offers the same person first next time.
        writeSetting(db, 'ui.lastStaffId', found.id);
        recordAudit(db, { actor: found.name, action: 'session.sign-in', entity: 'staff', entityId: found.id });
        return found;
      })();
      staff = member;
      return state();
    },
    signOut(db) {
      if (staff !== null) recordAudit(db, { actor: staff.name, action: 'session.sign-out', entity: 'staff', entityId: staff.id });
      staff = null;
      return state();
    },
  };
}
