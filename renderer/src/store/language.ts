// The UI language as view state. The registry's settings table is where it is remembered;
// this slice only mirrors the one value the whole UI re-renders on.
import { create } from 'zustand';
import type { Language } from '../../../electron/contract/system';
import { api } from '../api/client';
import { applyLanguage } from '../i18n';

interface LanguageState {
  readonly language: Language;
  /** Applies the language saved in the registry, at start-up. */
  load(): Promise<void>;
  /** Saves the choice first, so the UI never shows a language the registry did not keep. */
  choose(language: Language): Promise<void>;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: 'zh-CN',
  async load() {
    const settings = await api.call('settings.get');
    await applyLanguage(settings['ui.language']);
    set({ language: settings['ui.language'] });
  },
  async choose(language) {
    const settings = await api.call('settings.language', { language });
    await applyLanguage(settings['ui.language']);
    set({ language: settings['ui.language'] });
  },
}));
