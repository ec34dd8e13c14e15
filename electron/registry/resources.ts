// Where resources/ (column synonyms, export templates: JSON staff may edit) is found. In a
// checkout — the CLI, browser mode, tests, `npm start` — it is the repository's resources/
// folder; in a packaged app electron-builder copies it (extraResources) into Electron's
// resources folder, which Electron announces as process.resourcesPath. Reading that property
// needs no Electron import, so the core stays free of Electron. A host may also name the
// folder outright (SANXIAN_RESOURCES, or useResourcesDir from the shell).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const RESOURCES_ENV = 'SANXIAN_RESOURCES';

let chosen: string | null = null;

/** For a host that knows where the folder is (the Electron shell, a test). */
export function useResourcesDir(dir: string | null): void {
  chosen = dir;
}

/** The nearest folder at or above `start` holding package.json and resources/. */
function checkoutResources(start: string): string | null {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) return join(dir, 'resources');
    if (dirname(dir) === dir) return null;
  }
}

export function resourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (chosen !== null) return chosen;
  if (env[RESOURCES_ENV]) return env[RESOURCES_ENV];
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'resources'))) return join(packaged, 'resources');
  // The script that started us (bin/sanxian.mjs, electron/cli/main.ts, `electron .`), then the working folder.
  const script = process.argv[1] ? dirname(resolve(process.argv[1])) : null;
  const found = (script && checkoutResources(script)) ?? checkoutResources(process.cwd());
  if (found === null) throw new Error('找不到程序资源文件夹 resources/，请重新安装程序');
  return found;
}

/** A file inside resources/, e.g. resourcePath('import', 'columns.json'). */
export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
