// Bundles the Electron main process and the preload into dist/shell. The main bundle carries the
// registry core with it (zod and the rest), so the packaged app needs only better-sqlite3 from
// node_modules: its compiled .node file cannot be bundled, and electron-builder rebuilds it for
// Electron. The preload runs sandboxed, where require() knows only 'electron', so it must be one
// self-contained CommonJS file.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 41 ships Node 24; node22 is a safe floor for the syntax esbuild emits.
  target: 'node22',
  logLevel: 'warning',
};

const results = await Promise.all([
  build({ ...shared, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/shell/main.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers'] }),
  build({ ...shared, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/shell/preload.cjs', external: ['electron'] }),
]);

// A warning here (e.g. import.meta in CommonJS) means a broken bundle, not a cosmetic issue.
if (results.some((result) => result.warnings.length > 0)) {
  console.error('build:shell: esbuild reported warnings (see above); treating them as errors.');
  process.exit(1);
}
