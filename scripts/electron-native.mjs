// Gives the Electron app a better-sqlite3 compiled for Electron's ABI without touching the copy in
// node_modules, which stays built for Node because the CLI, browser mode and the tests load it.
//
// How: copy the package's sources to a temporary folder, rebuild them there with @electron/rebuild
// for the installed Electron (headers come from @electron/rebuild's default location), then LOAD
// the result in the real Electron binary (ELECTRON_RUN_AS_NODE) and open an in-memory database.
// Only a file that passes is kept, in build/native/electron-<version>-<platform>-<arch>/. The load
// test is the point: without Electron headers the rebuild tools can report success while having
// built for Node's ABI. A kept file is re-checked the same way on every run and reused when it
// passes. Packaged apps do not use any of this: electron-builder rebuilds better-sqlite3 itself.
//
// Run directly (`node scripts/electron-native.mjs`) it prints the binding's path; npm start
// imports ensureElectronBinding().
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sqlitePackageDir = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));

/** The Electron executable, or null when it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronBinary() {
  try {
    // The electron package resolves its binary from path.txt and throws when there is none.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Keep in step with nativeBindingPath() in electron/shell/native-binding.ts. */
function bindingPath(version) {
  return path.join(projectRoot, 'build', 'native', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

/** Null when `file` loads in Electron and opens a database, otherwise what went wrong. */
function loadProblem(electron, file) {
  const probe = [
    `const Database = require(${JSON.stringify(sqlitePackageDir)});`,
    `const db = new Database(':memory:', { nativeBinding: ${JSON.stringify(file)} });`,
    `db.prepare('select 1').get();`,
    `db.close();`,
  ].join('\n');
  const result = spawnSync(electron, ['-e', probe], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status === 0) return null;
  if (result.error) return result.error.message;
  // Node prints the stack after one "Error: …" line, which is the part worth showing.
  const lines = result.stderr.trim().split('\n');
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.at(-1) ?? `exit code ${result.status}`;
}

async function buildInTempCopy(version) {
  const { rebuild } = await import('@electron/rebuild');
  const workDir = mkdtempSync(path.join(tmpdir(), 'sanxian-native-'));
  try {
    const moduleDir = path.join(workDir, 'node_modules', 'better-sqlite3-multiple-ciphers');
    // Sources only: leaving out build/ forces a clean compile instead of reusing Node's objects.
    const skip = new Set(['build', 'node_modules']);
    cpSync(sqlitePackageDir, moduleDir, { recursive: true, filter: (src) => !skip.has(path.relative(sqlitePackageDir, src)) });
    writeFileSync(path.join(workDir, 'package.json'), JSON.stringify({ name: 'sanxian-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': '*' } }));
    await rebuild({ buildPath: workDir, electronVersion: version, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true, buildFromSource: true }).catch((error) => {
      throw new Error(`无法为 Electron ${version} 编译 better-sqlite3 (could not build better-sqlite3 for Electron ${version}): ${error.message}`);
    });
    return { workDir, built: path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node') };
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** Path of a verified Electron build of better-sqlite3, building it first when needed. */
export async function ensureElectronBinding() {
  const electron = electronBinary();
  if (electron === null) throw new Error('未安装 Electron 程序，无法检验编译结果 (Electron binary not installed; cannot verify the build)');
  const version = electronVersion();
  const target = bindingPath(version);
  if (existsSync(target)) {
    if (loadProblem(electron, target) === null) return target;
    // Only verified files stay in build/native, which is what the main process trusts.
    rmSync(target);
  }

  console.error(`正在为 Electron ${version} 编译 better-sqlite3… (building better-sqlite3 for Electron ${version})`);
  const { workDir, built } = await buildInTempCopy(version);
  try {
    const problem = existsSync(built) ? loadProblem(electron, built) : 'no better_sqlite3.node was produced';
    if (problem !== null) throw new Error(`编译结果无法在 Electron ${version} 中加载 (the build does not load in Electron): ${problem}`);
    mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written binding in place.
    cpSync(built, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return target;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(await ensureElectronBinding());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
