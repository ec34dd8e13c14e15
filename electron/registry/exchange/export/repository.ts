// Reading export batches: one batch, the page the Batches panel lists, and a batch's lines in
// the order they were written.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { BatchStatus, CloseResult, DriveReportScope, ExportBatch, ExportBatchPage, ExportFormat, ExportKind, ExportTemplate } from '../../../contract/exports';
import type { ExportLine } from './writer';

export interface BatchRow {
  id: number;
  kind: ExportKind;
  status: BatchStatus;
  created_at: string;
  created_by: string;
  row_count: number;
  file_name: string;
  format: ExportFormat;
  sha256: string;
  scope: string;
  template: string;
  summary: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_result: string | null;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export function toBatch(r: BatchRow): ExportBatch {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    rows: r.row_count,
    fileName: r.file_name,
    format: r.format,
    sha256: r.sha256,
    scope: JSON.parse(r.scope) as DriveReportScope,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closeResult: r.close_result === null ? null : (JSON.parse(r.close_result) as CloseResult),
    reopenedAt: r.reopened_at,
    reopenedBy: r.reopened_by,
    reopenReason: r.reopen_reason,
  };
}

export function findBatchRow(db: Database, id: number): BatchRow {
  const row = db.prepare('SELECT * FROM export_batch WHERE id = ?').get(id) as BatchRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该导出批次', { batchId: id });
  return row;
}

export const getBatch = (db: Database, id: number): ExportBatch => toBatch(findBatchRow(db, id));

export function listBatches(db: Database, q: { kind?: ExportKind; offset: number; limit: number }): ExportBatchPage {
  const where = q.kind === undefined ? '1' : 'kind = @kind';
  const params = q.kind === undefined ? {} : { kind: q.kind };
  const rows = db.prepare(`SELECT * FROM export_batch WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as BatchRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM export_batch WHERE ${where}`).get(params) as { total: number };
  return { rows: rows.map(toBatch), total };
}

const PAGE = 1000;

/**
 * The batch's lines as they were written, a page at a time: the writer yields to the event loop
 * between pages, and an open statement would keep the connection busy for every other call.
 */
export function* batchLines(db: Database, batchId: number): Generator<ExportLine> {
  const page = db.prepare('SELECT position, row FROM export_batch_item WHERE batch_id = ? AND position > ? ORDER BY position LIMIT ?');
  for (let after = 0; ; ) {
    const rows = page.all(batchId, after, PAGE) as { position: number; row: string }[];
    for (const r of rows) yield JSON.parse(r.row) as ExportLine;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].position;
  }
}

export const templateOf = (r: BatchRow): ExportTemplate => JSON.parse(r.template) as ExportTemplate;
export const summaryOf = (r: BatchRow): (string | number | null)[][] | undefined => (r.summary === null ? undefined : (JSON.parse(r.summary) as (string | number | null)[][]));
