// The export benchmark: a 100,000-row CMDP batch (choosing the volunteers, writing the .xlsx
// through the template, hashing it, recording the batch and its lines) beside exceljs alone
// streaming the same rows with the same cell formats, each in its own child process so each
// peak memory (maxRSS) is its own. It builds its own registry of ready volunteers in a temp
// folder, independent of the search benchmark's demo registry.
//   npx tsx scripts/bench/export.ts [--rows N] [--runs R]     (npm run bench runs it too)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { sheetCell } from '../../electron/registry/exchange/cells';
import { createBatch } from '../../electron/registry/exchange/export/batches';
import { batchLines, findBatchRow, templateOf } from '../../electron/registry/exchange/export/repository';
import { demoLandline, demoMobile } from '../../electron/registry/demo/identity';
import { demoName } from '../../electron/registry/demo/names';
import { demoRecord } from '../../electron/registry/demo/person';
import { createRng } from '../../electron/registry/demo/random';
import { openRegistry } from '../../electron/registry/registry';

export interface ExportBench {
  readonly rows: number;
  readonly runs: number;
  readonly exportMs: number;
  readonly exceljsMs: number;
  /** exportMs / exceljsMs, medians of the runs. */
  readonly ratio: number;
  readonly exportPeakMb: number;
  readonly exceljsPeakMb: number;
  readonly fileMb: number;
}

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const TODAY = '2026-01-01';

export function seedReadyVolunteers(path: string, rows: number): void {
  const registry = openRegistry({ path });
  const { db } = registry;
  const rng = createRng(7);
  const taken = new Set<string>();
  const person = db.prepare(
    `INSERT INTO person (name, sex, birth_date, doc_type, doc_number, mobile, address, ethnicity, employer, occupation, blood_abo, blood_rh, created_at, updated_at)
     VALUES (@name, @sex, @birthDate, 'resident_id', @docNumber, @mobile, @address, @ethnicity, @employer, @occupation, @bloodAbo, @bloodRh, @createdAt, @createdAt)`,
  );
  const enrollment = db.prepare("INSERT INTO enrollment (person_id, consent_date, status, status_since, created_at, updated_at) VALUES (?, '2025-03-01', 'sampled', '2025-03-09', ?, ?)");
  const contact = db.prepare('INSERT INTO enrollment_contact (enrollment_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)');
  const sample = db.prepare("INSERT INTO stemcell_sample (enrollment_id, sampled_on, tube_barcode, volume_ml, lab, recorded_at, recorded_by) VALUES (?, '2025-03-09', ?, 6, '广东省血液中心', ?, 'bench')");
  db.pragma('temp_store = MEMORY');
  for (let written = 0; written < rows; ) {
    const size = Math.min(5000, rows - written);
    db.transaction(() => {
      for (let i = 0; i < size; i += 1) {
        const p = demoRecord(rng, taken, TODAY);
        const now = p.createdAt;
        // Every volunteer ready: a mobile, two contacts, a sample.
        const personId = Number(
          person.run({
            name: p.name,
            sex: p.sex,
            birthDate: p.birthDate,
            docNumber: p.docNumber,
            mobile: p.mobile ?? demoMobile(rng),
            address: p.address,
            ethnicity: p.ethnicity,
            employer: p.employer,
            occupation: p.occupation,
            bloodAbo: p.bloodAbo,
            bloodRh: p.bloodRh,
            createdAt: now,
          }).lastInsertRowid,
        );
        const id = Number(enrollment.run(personId, now, now).lastInsertRowid);
        contact.run(id, 1, demoName(rng, 'M'), 'parent', demoMobile(rng));
        contact.run(id, 2, demoName(rng, 'F'), 'friend', demoLandline(rng));
        sample.run(id, `BENCH${String(id).padStart(8, '0')}`, now);
      }
    })();
    written += size;
  }
  registry.close();
}

/** Child: one CMDP batch of every ready volunteer (releasing the previous run's batch first). */
async function childExport(db: string, out: string): Promise<{ ms: number; rows: number }> {
  const registry = openRegistry({ path: db });
  registry.db.prepare("UPDATE export_batch SET status = 'reopened', reopened_at = ?, reopened_by = 'bench' WHERE status != 'reopened'").run(new Date().toISOString());
  const start = performance.now();
  const created = await createBatch(registry.db, { kind: 'cmdp', format: 'xlsx' }, 'bench', () => out);
  const ms = performance.now() - start;
  registry.close();
  return { ms, rows: created.rows };
}

/** Child: exceljs alone streaming the newest batch's rows, same columns and cell formats. */
async function childExceljs(db: string, out: string): Promise<{ ms: number; rows: number }> {
  const registry = openRegistry({ path: db });
  const batch = findBatchRow(registry.db, registry.db.prepare('SELECT max(id) FROM export_batch').pluck().get() as number);
  const { columns } = templateOf(batch);
  // The values as cells, ready before the clock starts: the library's share only.
  const rows = [...batchLines(registry.db, batch.id)].map((line) => columns.map((c, i) => sheetCell(line[i], c.format).value));
  registry.close();
  const start = performance.now();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(templateOf(batch).sheetName);
  sheet.columns = columns.map((c) => ({ key: c.field, width: 14, style: { numFmt: sheetCell(null, c.format).numFmt } }));
  sheet.addRow(columns.map((c) => c.header)).commit();
  for (let i = 0; i < rows.length; i += 1) {
    sheet.addRow(rows[i]).commit();
    if (i % 1000 === 999) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await book.commit();
  return { ms: performance.now() - start, rows: rows.length };
}

interface ChildResult {
  readonly ms: number;
  readonly rows: number;
  readonly peakMb: number;
}

function runChild(role: 'export' | 'exceljs', db: string, out: string): ChildResult {
  const stdout = execFileSync(process.execPath, [TSX, SELF, '--child', role, '--db', db, '--out', out], { encoding: 'utf8', env: { ...process.env, SANXIAN_LOG: 'warn' } });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

export function exportBench(rows = 100_000, runs = 3): ExportBench {
  const dir = mkdtempSync(join(tmpdir(), 'sanxian-export-bench-'));
  try {
    const db = join(dir, 'bench.sqlite3');
    process.stderr.write(`bench export: seeding ${rows} ready CMDP volunteers\n`);
    seedReadyVolunteers(db, rows);
    const ours: ChildResult[] = [];
    const alone: ChildResult[] = [];
    for (let run = 1; run <= runs; run += 1) {
      process.stderr.write(`bench export: run ${run}/${runs}\n`);
      ours.push(runChild('export', db, join(dir, `export-${run}.xlsx`)));
      alone.push(runChild('exceljs', db, join(dir, `exceljs-${run}.xlsx`)));
    }
    if (ours.some((r) => r.rows !== rows) || alone.some((r) => r.rows !== rows)) throw new Error('bench export: a run wrote the wrong number of rows');
    const exportMs = median(ours.map((r) => r.ms));
    const exceljsMs = median(alone.map((r) => r.ms));
    return {
      rows,
      runs,
      exportMs: round(exportMs),
      exceljsMs: round(exceljsMs),
      ratio: round(exportMs / exceljsMs, 2),
      exportPeakMb: round(Math.max(...ours.map((r) => r.peakMb))),
      exceljsPeakMb: round(Math.max(...alone.map((r) => r.peakMb))),
      fileMb: round(statSync(join(dir, 'export-1.xlsx')).size / 1024 / 1024, 1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const exportTable = (b: ExportBench): string =>
  [
    `export: CMDP batch of ${b.rows} rows (${b.fileMb} MB xlsx), median of ${b.runs} runs`,
    `  sanxian export   ${b.exportMs} ms, peak ${b.exportPeakMb} MB`,
    `  exceljs alone    ${b.exceljsMs} ms, peak ${b.exceljsPeakMb} MB`,
    `  ratio            ${b.ratio}× (target ≤ 2×, peak < 300 MB)`,
  ].join('\n');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { child: { type: 'string' }, db: { type: 'string' }, out: { type: 'string' }, rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } } });
  if (values.child) {
    const work = values.child === 'export' ? childExport : childExceljs;
    const result = await work(values.db!, values.out!);
    // maxRSS is in kilobytes: the peak of this whole child process.
    process.stdout.write(`${JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  } else {
    const result = exportBench(Number(values.rows), Number(values.runs));
    process.stdout.write(`${exportTable(result)}\n${JSON.stringify(result)}\n`);
  }
}
