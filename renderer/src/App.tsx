// The frame around every page: antd's locale and message context, and the router. An encrypted
// registry is unlocked first (its settings are inside it); then nothing renders until the saved
// language is known, so staff never see the wrong language flash.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { HashRouter } from 'react-router';
import type { Language } from '../../electron/contract/system';
import { AppRoutes } from './AppRoutes';
import { SignInGate } from './layout/SignInGate';
import { StartupScreen } from './layout/StartupScreen';
import { UnlockScreen } from './layout/UnlockScreen';
import { api } from './api/client';
import { useReducedMotion } from './hooks/useReducedMotion';
import { useLanguageStore } from './store/language';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Language, unknown>;

type Startup =
  | { readonly state: 'loading' }
  | { readonly state: 'locked' }
  | { readonly state: 'ready' }
  | { readonly state: 'failed'; readonly error: unknown };

/** Locked until the passphrase is given; otherwise the saved language is applied. */
async function start(load: () => Promise<void>): Promise<Startup> {
  if (!(await api.call('vault.status')).unlocked) return { state: 'locked' };
  await load();
  return { state: 'ready' };
}

export function App() {
  const language = useLanguageStore((s) => s.language);
  const load = useLanguageStore((s) => s.load);
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    let live = true;
    start(load).then(
      (next) => live && setStartup(next),
      (error: unknown) => live && setStartup({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  const retry = () => {
    setStartup({ state: 'loading' });
    setAttempt((n) => n + 1);
  };

  return (
    // antd would space out two-character Chinese button labels (保 存); office software reads 保存.
    <ConfigProvider locale={ANTD_LOCALES[language]} button={{ autoInsertSpace: false }} theme={{ token: { motion: !reducedMotion } }}>
      <AntApp>
        {startup.state === 'ready' ? (
          <SignInGate>
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </SignInGate>
        ) : startup.state === 'locked' ? (
          <UnlockScreen onUnlocked={retry} />
        ) : (
          <StartupScreen error={startup.state === 'failed' ? startup.error : undefined} onRetry={retry} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
