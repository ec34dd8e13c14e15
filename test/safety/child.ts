// The process the safety tests kill: it runs ONE operation of the registry core against a real
// registry file and says on stdout when the operation starts ("start") and when it has returned
// ("done"), so the parent can aim its SIGKILL at the operation rather than at Node's start-up.
// It is bundled once per run (bundle.ts) and started with plain `node`: tsx compiling it on each
// of 500 starts would cost more than the kills.
//   node child.mjs import  DB PREVIEW.json     commit a previewed import (commitImport)
//   node child.mjs export  DB OUT_DIR          a CMDP export batch (createBatch)
//   node child.mjs merge   DB KEEP_ID MERGE_ID merge two people (mergePeople)
//   node child.mjs backup  DB DEST             registry.backup(DEST)
//   node child.mjs restore TARGET SOURCE       restoreDatabase(TARGET, SOURCE)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewData } from '../../electron/registry/exchange/import/preview';
import { openRegistry, type Registry } from '../../electron/registry/registry';

// A fixed clock: the run to completion that gives the "after" state and every killed run then
// write the same timestamps (audit entries, batch names, xlsx properties), so "after" is one
// exact state that a fingerprint can compare.
const FIXED_NOW = Date.parse('2026-06-01T08:00:00.000Z');
class FixedDate extends Date {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(FIXED_NOW);
    else super(...(args as [string]));
  }
  static override now(): number {
    return FIXED_NOW;
  }
}
globalThis.Date = FixedDate as DateConstructor;

const ACTOR = '安全测试';
const say = (word: string) => process.stdout.write(`${word}\n`);

async function onRegistry(path: string, work: (registry: Registry) => unknown): Promise<void> {
  const registry = openRegistry({ path });
  say('start');
  await work(registry);
  say('done');
  registry.close();
}

async function main(op: string | undefined, args: string[]): Promise<void> {
  switch (op) {
    // Each operation loads only its own modules (the bundle is split): exceljs alone would
    // double the start-up of every child that does not write a sheet.
    case 'import': {
      const { commitImport } = await import('../../electron/registry/exchange/import/commit');
      const data = JSON.parse(readFileSync(args[1], 'utf8')) as PreviewData;
      return onRegistry(args[0], ({ db }) => commitImport(db, data, { onDuplicate: 'skip', decisions: {} }, ACTOR));
    }
    case 'export': {
      const { ExportCreateInput } = await import('../../electron/contract/exports');
      const { createBatch } = await import('../../electron/registry/exchange/export/batches');
      return onRegistry(args[0], ({ db }) => createBatch(db, ExportCreateInput.parse({ kind: 'cmdp' }), ACTOR, (name) => join(args[1], name)));
    }
    case 'merge': {
      const { mergePeople } = await import('../../electron/registry/people/merge');
      return onRegistry(args[0], ({ db }) => mergePeople(db, Number(args[1]), Number(args[2]), ACTOR));
    }
    case 'backup':
      return onRegistry(args[0], (registry) => registry.backup(args[1]));
    case 'restore': {
      const { restoreDatabase } = await import('../../electron/registry/db/maintenance');
      say('start');
      await restoreDatabase(args[0], args[1]);
      say('done');
      return;
    }
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

process.env.SANXIAN_LOG = 'warn';
await main(process.argv[2], process.argv.slice(3));
