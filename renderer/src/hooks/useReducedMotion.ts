// Whether the computer asks for less motion (Windows: 设置 › 辅助功能 › 视觉效果 › 动画效果 off).
// antd animates dialogs, drawers and messages regardless; the frame turns that off when asked.
// A media query with a change listener is all it takes, so no library.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
