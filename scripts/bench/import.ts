// The import benchmark: a 100,000-row people sheet (merged title, text IDs, real dates) read by
// the importer as a dry run (the preview: read, check every row, look each person up) and as a
// commit (the preview, then every row written in one transaction), each beside exceljs alone
// streaming the same file in the same run. Each measurement runs in its own child process, so
// each peak memory (maxRSS) is its own. Every run imports into a fresh registry in a temp
// folder: the benchmark does not need the search benchmark's demo registry.
//   tsx scripts/bench/import.ts [--rows N] [--runs R]     (npm run bench runs it too)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { commitImport } from '../../electron/registry/exchange/import/commit';
import { previewImport } from '../../electron/registry/exchange/import/preview';
import { sha256Of } from '../../electron/registry/files/store';
import { openRegistry } from '../../electron/registry/registry';
import { writePeopleSheet } from '../../test/core/exchange/fixtures/people';

type Role = 'exceljs' | 'dry-run' | 'commit';

interface ChildResult {
  readonly ms: number;
  readonly rows: number;
  readonly peakMb: number;
  /** commit only: the share of the transaction. */
  readonly commitMs?: number;
}

export interface ImportBench {
  readonly rows: number;
  readonly runs: number;
  readonly fileMb: number;
  readonly exceljsMs: number;
  readonly exceljsPeakMb: number;
  readonly dryRunMs: number;
  readonly dryRunPeakMb: number;
  /** dryRunMs / exceljsMs, medians. */
  readonly dryRunRatio: number;
  /** Preview and commit together, as staff wait for them. */
  readonly commitMs: number;
  readonly transactionMs: number;
  readonly commitPeakMb: number;
  readonly commitRatio: number;
}

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Child: exceljs's streaming reader over every row, with the options the importer uses. */
async function childExceljs(sheet: string): Promise<Omit<ChildResult, 'peakMb'>> {
  const start = performance.now();
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(sheet, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const worksheet of reader) {
    for await (const row of worksheet) rows += row.hasValues ? 1 : 0;
  }
  // The title and header rows are not data.
  return { ms: performance.now() - start, rows: rows - 2 };
}

async function childImport(sheet: string, db: string, commit: boolean): Promise<Omit<ChildResult, 'peakMb'>> {
  const registry = openRegistry({ path: db });
  try {
    const start = performance.now();
    const data = await previewImport(registry.db, { path: sheet, name: 'people.xlsx', sha256: sha256Of(sheet), kind: 'people' });
    if (data.preview.invalid > 0) throw new Error(`bench import: ${data.preview.invalid} rows invalid: ${JSON.stringify(data.issues.slice(0, 3))}`);
    if (!commit) return { ms: performance.now() - start, rows: data.preview.valid };
    const transaction = performance.now();
    const result = commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, 'bench');
    const end = performance.now();
    return { ms: end - start, commitMs: end - transaction, rows: result.created };
  } finally {
    registry.close();
  }
}

function runChild(role: Role, sheet: string, db: string): ChildResult {
  rmSync(db, { force: true });
  const stdout = execFileSync(process.execPath, [TSX, SELF, '--child', role, '--sheet', sheet, '--db', db], { encoding: 'utf8', env: { ...process.env, SANXIAN_LOG: 'warn' } });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function importBench(rows = 100_000, runs = 1): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sanxian-import-bench-'));
  try {
    process.stderr.write(`bench import: writing a ${rows}-row people sheet\n`);
    const sheet = await writePeopleSheet(join(dir, 'people.xlsx'), rows);
    const results: Record<Role, ChildResult[]> = { exceljs: [], 'dry-run': [], commit: [] };
    for (let run = 1; run <= runs; run += 1) {
      for (const role of ['exceljs', 'dry-run', 'commit'] as const) {
        process.stderr.write(`bench import: run ${run}/${runs}, ${role}\n`);
        results[role].push(runChild(role, sheet, join(dir, `${role}.sqlite3`)));
      }
    }
    if (Object.values(results).flat().some((r) => r.rows !== rows)) throw new Error('bench import: a run read the wrong number of rows');
    const ms = (role: Role) => median(results[role].map((r) => r.ms));
    const peak = (role: Role) => round(Math.max(...results[role].map((r) => r.peakMb)));
    return {
      rows,
      runs,
      fileMb: round(statSync(sheet).size / 1024 / 1024, 1),
      exceljsMs: round(ms('exceljs')),
      exceljsPeakMb: peak('exceljs'),
      dryRunMs: round(ms('dry-run')),
      dryRunPeakMb: peak('dry-run'),
      dryRunRatio: round(ms('dry-run') / ms('exceljs'), 2),
      commitMs: round(ms('commit')),
      transactionMs: round(median(results.commit.map((r) => r.commitMs ?? 0))),
      commitPeakMb: peak('commit'),
      commitRatio: round(ms('commit') / ms('exceljs'), 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const importTable = (b: ImportBench): string =>
  [
    `import: people sheet of ${b.rows} rows (${b.fileMb} MB xlsx), median of ${b.runs} run(s)`,
    `  exceljs alone    ${b.exceljsMs} ms, peak ${b.exceljsPeakMb} MB`,
    `  dry run          ${b.dryRunMs} ms, peak ${b.dryRunPeakMb} MB, ratio ${b.dryRunRatio}×`,
    `  commit           ${b.commitMs} ms (transaction ${b.transactionMs} ms), peak ${b.commitPeakMb} MB, ratio ${b.commitRatio}×`,
    `  target           ≤ 2× exceljs alone, peak < 300 MB`,
  ].join('\n');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { child: { type: 'string' }, sheet: { type: 'string' }, db: { type: 'string' }, rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '1' } } });
  if (values.child) {
    const role = values.child as Role;
    const result = role === 'exceljs' ? await childExceljs(values.sheet!) : await childImport(values.sheet!, values.db!, role === 'commit');
    // maxRSS is in kilobytes: the peak of this whole child process.
    process.stdout.write(`${JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  } else {
    const result = await importBench(Number(values.rows), Number(values.runs));
    process.stdout.write(`${importTable(result)}\n${JSON.stringify(result)}\n`);
  }
}
