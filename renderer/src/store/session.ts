// Who is working at this window. The registry keeps the session (per window, or per server in
// browser mode); this slice mirrors it so the frame knows whether to show the sign-in screen,
// the lock screen or the app.
import { create } from 'zustand';
import type { SessionState as RegistrySession, StaffMember } from '../../../electron/contract/staff';
import { api } from '../api/client';

interface SessionState {
  /** undefined until the registry has answered. */
  readonly staff: StaffMember | null | undefined;
  readonly locked: boolean;
  /** Asks the registry: a reload keeps the sign-in (and the lock), a new start of the app does not. */
  load(): Promise<void>;
  signIn(staffId: number, password: string): Promise<void>;
  /** Takes over a session the registry has already begun (after the setup or a recovery). */
  adopt(session: RegistrySession): void;
  signOut(): Promise<void>;
  lock(): Promise<void>;
  unlock(password: string): Promise<void>;
}

export const useSessionStore = create<SessionState>()((set) => {
  const apply = (session: RegistrySession) => set({ staff: session.staff, locked: session.locked });
  return {
    staff: undefined,
    locked: false,
    async load() {
      apply(await api.call('session.get'));
    },
    async signIn(staffId, password) {
      apply(await api.call('session.signIn', { staffId, password }));
    },
    adopt: apply,
    async signOut() {
      apply(await api.call('session.signOut'));
    },
    async lock() {
      apply(await api.call('session.lock'));
    },
    async unlock(password) {
      apply(await api.call('session.unlock', { password }));
    },
  };
});

export const isAdmin = (staff: StaffMember | null | undefined): boolean => staff?.role === 'admin' && staff.active;
