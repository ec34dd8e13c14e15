// Who is signed in, per dispatcher: one per window in Electron, one per server in browser mode.
// It lives in memory, so every start of the app begins at the sign-in screen. A host that knows
// who is acting without a sign-in (a test, a script) gives that name as its own identity and
// counts as an administrator: it runs with the registry file in its hands anyway.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { SessionState, StaffMember } from '../../contract/staff';
import { recordAudit } from '../audit/log';
import { writeSetting } from '../settings';
import { checkPassword, hashPassword } from './passwords';
import { getStaffRow, storePassword, toMember } from './repository';

export interface Session {
  /** Read afresh, so a role an administrator changed shows at once. */
  state(db: Database): SessionState;
  /** The signed-in staff member; refuses when nobody is (a host's own identity has no account). */
  member(db: Database): StaffMember;
  /** The name the audit log records: the signed-in staff member, else the host's identity; null while locked. */
  actor(): string | null;
  /** Whether the caller may use the administrators' methods: the account's role as the registry has it now. */
  isAdmin(db: Database): boolean;
  signIn(db: Database, staffId: number, password: string, actor: string): Promise<SessionState>;
  /** Signs in an account that has just proven itself another way (the setup, the recovery code). */
  begin(db: Database, member: StaffMember): SessionState;
  signOut(db: Database): SessionState;
  /** Keeps who was signed in but stops all work until they give their password again. */
  lock(db: Database): SessionState;
  unlock(db: Database, password: string, actor: string): Promise<SessionState>;
  changePassword(db: Database, current: string, next: string): Promise<SessionState>;
}

export function createSession(hostActor: string | null = null): Session {
  let staff: StaffMember | null = null;
  let locked = false;

  // The row as it is now: its role may have changed, or (after a restore) it may be gone.
  const current = (db: Database): StaffMember | null => {
    const row = staff && getStaffRow(db, staff.id);
    return row ? toMember(row) : null;
  };
  const member = (db: Database): StaffMember => {
    const now = current(db);
    if (now === null) throw new ApiError('UNAUTHORIZED', '请先登录', { reason: 'SIGN_IN_REQUIRED' });
    return now;
  };
  const state = (db: Database): SessionState => ({ staff: current(db), locked });

  const begin = (db: Database, who: StaffMember): SessionState => {
    db.transaction(() => {
      // Someone signing in over a locked window ends the session of whoever locked it.
      if (staff !== null && staff.id !== who.id) recordAudit(db, { actor: staff.name, action: 'session.sign-out', entity: 'staff', entityId: staff.id });
      // Remembered so the sign-in screen offers the same person first next time.
      writeSetting(db, 'ui.lastStaffId', who.id);
      recordAudit(db, { actor: who.name, action: 'session.sign-in', entity: 'staff', entityId: who.id });
    })();
    staff = who;
    locked = false;
    return state(db);
  };

  return {
    state,
    member,
    actor: () => (staff !== null && !locked ? staff.name : hostActor),
    isAdmin(db) {
      if (staff === null) return hostActor !== null;
      const now = current(db);
      return !locked && now !== null && now.active && now.role === 'admin';
    },
    async signIn(db, staffId, password, actor) {
      return begin(db, await checkPassword(db, { staffId, actor, purpose: 'sign-in' }, password));
    },
    begin,
    signOut(db) {
      if (staff !== null) recordAudit(db, { actor: staff.name, action: 'session.sign-out', entity: 'staff', entityId: staff.id });
      staff = null;
      locked = false;
      return state(db);
    },
    lock(db) {
      // Nobody signed in (a host working under its own name): there is nothing to lock.
      if (staff !== null) locked = true;
      return state(db);
    },
    async unlock(db, password, actor) {
      if (locked) await checkPassword(db, { staffId: member(db).id, actor, purpose: 'unlock' }, password);
      locked = false;
      return state(db);
    },
    async changePassword(db, typed, next) {
      const me = member(db);
      await checkPassword(db, { staffId: me.id, actor: me.name, purpose: 'change-password' }, typed);
      const hash = await hashPassword(next);
      db.transaction(() => {
        storePassword(db, me.id, hash);
        recordAudit(db, { actor: me.name, action: 'session.change-password', entity: 'staff', entityId: me.id });
      })();
      return state(db);
    },
  };
}
