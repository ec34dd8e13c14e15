// `npm start`: build the renderer and the shell, make sure better-sqlite3 has a verified Electron
// build (see electron-native.mjs), then run Electron on the project root and pass its exit code
// on. Machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD have no Electron to run: they get one
// line pointing at browser mode instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureElectronBinding } from './electron-native.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const electron = electronBinary();
if (electron === null) {
  console.error('未安装 Electron 程序（安装时跳过了下载）。请改用浏览器模式：npm run serve  (Electron binary not installed; use browser mode: npm run serve)');
  process.exit(1);
}

for (const script of ['build:renderer', 'build:shell']) {
  // shell: true because npm is npm.cmd on Windows.
  const result = spawnSync('npm', ['run', '-s', script], { cwd: projectRoot, stdio: 'inherit', shell: true });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  await ensureElectronBinding();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const child = spawn(electron, [projectRoot], { cwd: projectRoot, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`无法启动 Electron (could not start Electron): ${error.message}`);
  process.exit(1);
});
// Ctrl+C reaches Electron directly (same process group); wait for it rather than dying first.
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
