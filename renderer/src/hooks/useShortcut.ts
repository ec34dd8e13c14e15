// A window-wide Ctrl (or ⌘) + key shortcut, e.g. Ctrl+N for a new record.
import { useEffect, useEffectEvent } from 'react';

export function useCtrlShortcut(key: string, onPress: () => void): void {
  const press = useEffectEvent(onPress);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== key) return;
      // Otherwise the browser would open a new window in browser mode.
      event.preventDefault();
      press();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
