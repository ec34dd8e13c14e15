// Which compiled better-sqlite3 the main process loads.
//
// node_modules/better-sqlite3/build/Release holds a build for Node's ABI: the CLI, browser mode
// and the tests need it, so it is never replaced. Electron has its own ABI, so in development
// scripts/electron-native.mjs builds a separate copy for the installed Electron into
// build/native/electron-<version>-<platform>-<arch>/ and checks it loads in Electron.
// Packaged builds have no such folder: electron-builder rebuilt better-sqlite3 for Electron
// when packaging (npmRebuild), so better-sqlite3's own lookup finds the right file there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { createLogger } from '../registry/log';

const log = createLogger('shell');

/** The dev build's path, or undefined to let better-sqlite3 find its own (packaged) build. */
export function nativeBindingPath(projectRoot: string): string | undefined {
  if (app.isPackaged) return undefined;
  // Keep in step with bindingPath() in scripts/electron-native.mjs.
  const folder = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  const file = path.join(projectRoot, 'build', 'native', folder, 'better_sqlite3.node');
  if (existsSync(file)) return file;
  log.warn(`no Electron build of better-sqlite3 at ${file}; run "node scripts/electron-native.mjs" (npm start does)`);
  return undefined;
}
