// Who is working at this window. The registry keeps the session (per window, or per server in
// browser mode); this slice mirrors it so the frame knows whether to show the sign-in screen.
import { create } from 'zustand';
import type { StaffMember } from '../../../electron/contract/staff';
import { api } from '../api/client';

interface SessionState {
  /** undefined until the registry has answered. */
  readonly staff: StaffMember | null | undefined;
  /** Asks the registry: a reload keeps the sign-in, a new start of the app does not. */
  load(): Promise<void>;
  signIn(staffId: number): Promise<void>;
  /** Adds a staff member (the one at the keyboard) and signs them in. */
  addAndSignIn(name: string): Promise<void>;
  signOut(): Promise<void>;
}

export const useSessionStore = create<SessionState>()((set) => ({
  staff: undefined,
  async load() {
    set({ staff: (await api.call('session.get')).staff });
  },
  async signIn(staffId) {
    set({ staff: (await api.call('session.signIn', { staffId })).staff });
  },
  async addAndSignIn(name) {
    const member = await api.call('staff.create', { name });
    set({ staff: (await api.call('session.signIn', { staffId: member.id })).staff });
  },
  async signOut() {
    set({ staff: (await api.call('session.signOut')).staff });
  },
}));
