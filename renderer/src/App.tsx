// The frame around every page: antd's locale and message context, and the router. Nothing
// renders until the saved language is known, so staff never see the wrong language flash.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { HashRouter } from 'react-router';
import type { Language } from '../../electron/contract/system';
import { AppRoutes } from './AppRoutes';
import { SignInGate } from './layout/SignInGate';
import { StartupScreen } from './layout/StartupScreen';
import { useLanguageStore } from './store/language';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Language, unknown>;

type Startup = { readonly state: 'loading' } | { readonly state: 'ready' } | { readonly state: 'failed'; readonly error: unknown };

export function App() {
  const language = useLanguageStore((s) => s.language);
  const load = useLanguageStore((s) => s.load);
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      () => live && setStartup({ state: 'ready' }),
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
    <ConfigProvider locale={ANTD_LOCALES[language]} button={{ autoInsertSpace: false }}>
      <AntApp>
        {startup.state === 'ready' ? (
          <SignInGate>
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </SignInGate>
        ) : (
          <StartupScreen error={startup.state === 'failed' ? startup.error : undefined} onRetry={retry} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
