// The registry's settings as the window reads them. Every reader asks again after any change
// made here, so a change (the idle lock, the backups kept, the wristband card) applies at once
// everywhere in the window rather than at the next sign-in or visit.
import { create } from 'zustand';
import type { InputOf } from '../../../electron/contract/methods';
import type { Settings } from '../../../electron/contract/system';
import { api } from '../api/client';
import { useApiQuery, type ApiQuery } from '../api/useApiQuery';

interface SettingsState {
  /** Bumped after each saved change, so every reader fetches the settings again. */
  readonly revision: number;
  /** Saves a change (administrators only: the registry refuses anyone else). */
  update(change: InputOf<'settings.update'>): Promise<Settings>;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  revision: 0,
  async update(change) {
    const settings = await api.call('settings.update', change);
    set((s) => ({ revision: s.revision + 1 }));
    return settings;
  },
}));

/** The current settings, fetched again whenever they are changed through this store. */
export function useSettings(): ApiQuery<Settings> {
  const revision = useSettingsStore((s) => s.revision);
  return useApiQuery('settings.get', {}, revision);
}
