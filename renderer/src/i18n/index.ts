// i18next set-up and the one place a language is applied: texts, dates and <html lang>.
// antd's own texts follow through ConfigProvider (see App), which reads the same store.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/contract/system';
import { en } from './en';
import { zhCN, type Catalogue } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export const i18n = i18next.use(initReactI18next);

export async function initI18n(): Promise<void> {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    // React escapes what it renders; escaping here too would show &amp; in the UI.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
}

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
}
