// Bundles child.ts once per run into one plain .mjs file: 500 starts of tsx would cost more
// than the kills themselves, and tsx's own command would leave a second, unkilled process.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Writes the child into `dir` and returns its path. */
export async function bundleChild(dir: string): Promise<string> {
  const result = await build({
    entryPoints: { child: join(ROOT, 'test/safety/child.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    // One chunk per operation's modules, loaded by the child's dynamic imports.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The compiled .node module cannot be bundled; it is found through the link below.
    external: ['better-sqlite3-multiple-ciphers'],
    // exceljs and friends are CommonJS and call require(): give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`esbuild warnings: ${JSON.stringify(result.warnings)}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'child.mjs');
}
