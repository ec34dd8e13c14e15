// Making an export batch and writing its file again. The people are chosen, the file written
// (its lines parked meanwhile, see pendingLines.ts), and then — in one transaction — the batch,
// its lines and the audit entry are recorded, after checking that no other window put any of
// these people into a batch meanwhile. Nothing is recorded when nothing is new, or when
// writing the file failed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../../contract/errors';
import { EXPORT_KIND_LABELS, type NotReady, type DriveReportScope, type ExportBatch, type ExportCreateInput, type ExportFormat, type ExportKind } from '../../../contract/exports';
import { recordAudit } from '../../audit/log';
import { selectCmdp } from './cmdpRows';
import { selectDriveReport } from './driveReportRows';
import { selectOrgan } from './organRows';
import { batchLines, findBatchRow, getBatch, summaryOf, templateOf } from './repository';
import type { Selection } from './selection';
import { templateFor } from './templates';
import { PendingLines } from './pendingLines';
import { lineOf, writeExport, type ExportLine } from './writer';

type ValidCreate = z.output<typeof ExportCreateInput>;

/** Where a file goes: the host picks the path for a name (the staging store, or the CLI's --out). */
export type PathFor = (fileName: string) => string;

export interface CreatedBatch {
  readonly batch: ExportBatch | null;
  readonly rows: number;
  readonly notReady: readonly NotReady[];
  /** Where the file was written; null when nothing was new. */
  readonly path: string | null;
}

function select(db: Database, kind: ExportKind, scope: DriveReportScope): Selection {
  switch (kind) {
    case 'cmdp':
      return selectCmdp(db);
    case 'organ':
      return selectOrgan(db);
    case 'drive-report':
      return selectDriveReport(db, scope);
  }
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const stamp = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

/** "中华骨髓库志愿者-20261128-143000.xlsx": what it is and when, in the office's words. */
export const batchFileName = (kind: ExportKind, createdAt: string, format: ExportFormat) => `${EXPORT_KIND_LABELS[kind]}-${stamp(createdAt)}.${format}`;

export async function createBatch(db: Database, input: ValidCreate, actor: string, pathFor: PathFor): Promise<CreatedBatch> {
  const scope: DriveReportScope = input.kind === 'drive-report' ? (input.driveId !== undefined ? { driveId: input.driveId } : { from: input.from, to: input.to }) : {};
  const template = templateFor(db, input.kind);
  const selection = select(db, input.kind, scope);
  const candidates = selection.candidates[Symbol.iterator]();
  const first = candidates.next();
  if (first.done) return { batch: null, rows: 0, notReady: selection.notReady, path: null };

  const pending = new PendingLines(db);
  try {
    function* lines(): Generator<ExportLine> {
      for (let next = first; !next.done; next = candidates.next()) {
        const line = lineOf(template, next.value.row);
        pending.add(next.value.personId, next.value.sourceKey, JSON.stringify(line));
        yield line;
      }
      pending.flush();
    }
    const createdAt = new Date().toISOString();
    const fileName = batchFileName(input.kind, createdAt, input.format);
    const path = pathFor(fileName);
    await writeExport(path, input.format, { template, rows: lines(), footer: selection.summary ?? undefined, createdAt });
    const sha256 = await sha256OfFile(path);
    const rows = pending.count;

    const batch = db.transaction(() => {
      // Drive reports are not deduplicated (see driveReportRows.ts).
      if (input.kind !== 'drive-report' && pending.takenMeanwhile(input.kind)) {
        throw new ApiError('BUSY', '其中有人员刚被另一个窗口导出到别的批次，请重新生成', { kind: input.kind });
      }
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO export_batch (kind, status, created_at, created_by, row_count, file_name, format, sha256, scope, template, summary)
           VALUES (?, 'created', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.kind, createdAt, actor, rows, fileName, input.format, sha256, JSON.stringify(scope), JSON.stringify(template), selection.summary === null ? null : JSON.stringify(selection.summary));
      const id = Number(lastInsertRowid);
      pending.moveInto(id);
      recordAudit(db, { actor, action: 'exports.create', entity: 'export_batch', entityId: id, after: { kind: input.kind, rows, fileName, format: input.format, sha256, scope } });
      return getBatch(db, id);
    })();
    return { batch, rows, notReady: selection.notReady, path };
  } finally {
    pending.drop();
  }
}

export interface WrittenAgain {
  readonly fileName: string;
  readonly sha256: string;
  /** The same bytes as when the batch was made (always, for the batch's own format). */
  readonly identical: boolean;
}

/** Writes the batch's file again from its recorded lines and template, in either format. */
export async function writeBatchAgain(db: Database, batchId: number, format: ExportFormat, actor: string, pathFor: PathFor): Promise<WrittenAgain> {
  const row = findBatchRow(db, batchId);
  const fileName = format === row.format ? row.file_name : row.file_name.replace(/\.(xlsx|csv)$/, `.${format}`);
  const path = pathFor(fileName);
  await writeExport(path, format, { template: templateOf(row), rows: batchLines(db, batchId), footer: summaryOf(row), createdAt: row.created_at });
  const sha256 = await sha256OfFile(path);
  const identical = format === row.format && sha256 === row.sha256;
  recordAudit(db, { actor, action: 'exports.download', entity: 'export_batch', entityId: batchId, after: { kind: row.kind, rows: row.row_count, fileName, format, sha256, identical } });
  return { fileName, sha256, identical };
}
