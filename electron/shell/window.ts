// The one application window. Its web preferences are the security baseline: the page gets no
// Node, runs in Chromium's sandbox, and reaches the main process only through the preload's
// single `window.sanxian.rpc` bridge.
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { createLogger } from '../registry/log';
import { APP_ENTRY_URL } from './app-origin';
import { PRODUCT_NAME } from './product';

const log = createLogger('shell');

export function createMainWindow(shellDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: PRODUCT_NAME,
    // Shown once the first paint is ready, so staff never see a blank white frame.
    show: false,
    webPreferences: {
      preload: path.join(shellDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // The app never embeds other pages.
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error('could not load the renderer (was it built?)', error));
  return window;
}

/** A second launch brings the existing window forward instead of opening another registry. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
