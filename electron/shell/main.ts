// Entry point of the Electron main process: wires the pieces in the order Electron requires.
// Before ready: the app:// scheme, the user-data folder, the single-instance lock and the web
// contents rules. After ready: the registry, the protocol handler, IPC, menu and window.
import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { createDispatcher } from '../api/dispatch';
import { createBackupService, type BackupService } from '../registry/backups/service';
import { createLogger } from '../registry/log';
import { userDataDir } from '../registry/paths';
import type { RegistryHost } from '../registry/host';
import { handleRpc } from './ipc';
import { installMenu } from './menu';
import { nativeBindingPath } from './native-binding';
import { openRegistryOrExplain } from './open-registry';
import { withPdfSaving } from './print-pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyPermissions, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';

const log = createLogger('shell');

// This bundle is dist/shell/main.cjs; the renderer build sits next to it in dist/renderer.
const shellDir = __dirname;
const projectRoot = path.resolve(shellDir, '..', '..');

let registry: RegistryHost | null = null;
let backups: BackupService | null = null;
let mainWindow: BrowserWindow | null = null;

// Same folder the CLI computes, so both open the same registry file by construction (Electron
// would otherwise derive it from productName). It also scopes the single-instance lock below.
app.setPath('userData', userDataDir());
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  hardenWebContents();
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  // One window is the whole app, so closing it quits, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeRegistry);
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      // app.exit() skips 'will-quit', so close the database here.
      closeRegistry();
      app.exit(1);
    });
} else {
  // Another instance owns the registry; it focuses its window through 'second-instance'.
  app.quit();
}

function onReady(): void {
  registry = openRegistryOrExplain(nativeBindingPath(projectRoot));
  if (registry === null) {
    app.exit(1);
    return;
  }
  // Verified, rotated backups: once the registry is open (after the passphrase), daily, and at quit.
  const opened = registry;
  backups = createBackupService(opened);
  opened.whenOpen(() => backups?.atStart());
  backups.start();
  denyPermissions();
  serveRenderer(path.join(shellDir, '..', 'renderer'));
  // One dispatcher, one session: staff sign in in this window before anything else.
  // The shell answers 保存为 PDF itself (it renders this window); the rest goes to the registry.
  handleRpc(withPdfSaving(createDispatcher(registry, { requireSignIn: true }), () => mainWindow));
  installMenu();
  mainWindow = createMainWindow(shellDir);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function closeRegistry(): void {
  // At quit: synchronous, and skipped when nothing changed since the newest sound backup.
  backups?.stop();
  backups?.atQuit();
  backups = null;
  registry?.close();
  registry = null;
}
