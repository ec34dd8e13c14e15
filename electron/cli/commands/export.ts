// `sanxian export KIND --out FILE [--drive ID | --from DATE --to DATE] [--csv]`: the same batch
// the Batches panel makes, written to FILE. With --json exactly
// {"batchId","kind","rows","file","sha256"}; when nothing is new, rows is 0, batchId, file and
// sha256 are null, no file is written and no batch is recorded.
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExportCreateInput, type ExportKind } from '../../contract/exports';
import { createBatch } from '../../registry/exchange/export/batches';
import { CLI_ACTOR, emit, type GlobalOptions } from '../output';
import { withRegistry } from './registry';

export interface ExportOptions extends GlobalOptions {
  readonly out: string;
  readonly drive?: number;
  readonly from?: string;
  readonly to?: string;
  readonly csv?: boolean;
}

/** Who the audit log names for an export run from the command line. */

export async function exportBatch(kind: string, options: ExportOptions): Promise<void> {
  const input = ExportCreateInput.parse({ kind, driveId: options.drive, from: options.from, to: options.to, format: options.csv ? 'csv' : 'xlsx' });
  const out = resolve(options.out);
  // Written beside FILE and renamed into place, so a failed export never leaves half a file there.
  const part = `${out}.part`;
  const created = await withRegistry(options, async ({ db }) => {
    try {
      return await createBatch(db, input, CLI_ACTOR, () => part);
    } catch (error) {
      rmSync(part, { force: true });
      throw error;
    }
  });
  if (created.path !== null) renameSync(part, out);
  const result = {
    batchId: created.batch?.id ?? null,
    kind: kind as ExportKind,
    rows: created.rows,
    file: created.path === null ? null : out,
    sha256: created.batch?.sha256 ?? null,
  };
  const left = created.notReady.length > 0 ? `；${created.notReady.length} 人资料不全未导出` : '';
  emit(options, result, created.batch === null ? `没有新的记录需要导出${left}` : `已导出第 ${result.batchId} 批，共 ${result.rows} 行：${out}${left}`);
}
