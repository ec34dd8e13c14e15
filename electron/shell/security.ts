// Locks every web page the app creates to the one origin it trusts. The renderer shows personal
// data of donors, so anything that could load or open remote content — navigation, new windows,
// <webview>, permission prompts — is refused outright rather than filtered case by case.
import { app, session, type WebContents } from 'electron';
import { createLogger } from '../registry/log';
import { isAppUrl } from './app-origin';

const log = createLogger('shell');

/** Must run before any window exists, so no web contents escapes the rules. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => confine(contents));
}

/** Nothing the app does needs a camera, notifications, geolocation or the like. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function confine(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    log.warn(`blocked navigation to ${url}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`blocked window.open(${url})`);
    return { action: 'deny' };
  });
}
