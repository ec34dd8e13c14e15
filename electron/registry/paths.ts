// Where the registry lives. The Electron shell sets its userData path from userDataDir(), so
// the app, the CLI and browser mode open the same file by construction.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'sanxian';
export const DB_FILE_NAME = 'registry.sqlite3';

/** The per-user data folder, as Electron's app.getPath('userData') computes it for our name. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
  }
}

/** SANXIAN_DB when set, otherwise the registry file in the user-data folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SANXIAN_DB && env.SANXIAN_DB.trim() !== '' ? env.SANXIAN_DB : join(userDataDir(env), DB_FILE_NAME);
}
