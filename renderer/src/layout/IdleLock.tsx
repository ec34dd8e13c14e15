// Locks the window after the registry's idle minutes without keyboard, mouse or touch, and at
// once on Ctrl+L. Activity is only noted as it happens; a slow check compares it with the limit,
// so moving the mouse costs nothing.
import { useEffect, useEffectEvent, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { useCtrlShortcut } from '../hooks/useShortcut';
import { useSessionStore } from '../store/session';
import { useSettings } from '../store/settings';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 15_000;

export function useLockNow(): () => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lock = useSessionStore((s) => s.lock);
  return () => void lock().catch((error: unknown) => message.error(describeError(t, error)));
}

export function IdleLock() {
  const minutes = useSettings().data?.['security.idleLockMinutes'] ?? 0;
  const lockNow = useLockNow();
  const onIdle = useEffectEvent(lockNow);
  const lastActivity = useRef(0);
  useCtrlShortcut('l', lockNow);

  useEffect(() => {
    if (minutes <= 0) return;
    const note = () => (lastActivity.current = Date.now());
    note();
    for (const event of ACTIVITY) window.addEventListener(event, note, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, note, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes]);

  return null;
}
