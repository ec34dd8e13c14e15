// A batch after it is made: marked submitted when staff have sent it up; closed when the
// registry's answer is back (for CMDP: the returned sheet, whose donor IDs are filled into the
// volunteers' records); reopened when the registry refused it, which frees its people for the
// next batch. Each step is one transaction with its audit entry.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { BatchStatus, CloseResult, ExportBatch } from '../../../contract/exports';
import { recordAudit } from '../../audit/log';
import { findBatchRow, getBatch, templateOf, type BatchRow } from './repository';
import type { ReturnedDonorId } from './returnedSheet';

const STATUS_WORDS: Readonly<Record<BatchStatus, string>> = { created: '未提交', submitted: '已提交', closed: '已关闭', reopened: '已重新打开' };

function expectStatus(row: BatchRow, allowed: readonly BatchStatus[], action: string): void {
  if (!allowed.includes(row.status)) {
    throw new ApiError('INVALID_INPUT', `该批次${STATUS_WORDS[row.status]}，不能${action}`, { batchId: row.id, status: row.status });
  }
}

export function submitBatch(db: Database, batchId: number, actor: string): ExportBatch {
  return db.transaction(() => {
    const row = findBatchRow(db, batchId);
    expectStatus(row, ['created'], '标记为已提交');
    db.prepare("UPDATE export_batch SET status = 'submitted', submitted_at = ?, submitted_by = ? WHERE id = ?").run(new Date().toISOString(), actor, batchId);
    recordAudit(db, { actor, action: 'exports.submit', entity: 'export_batch', entityId: batchId, after: { kind: row.kind, rows: row.row_count } });
    return getBatch(db, batchId);
  })();
}

/** Fills CMDP donor IDs from the returned sheet into this batch's volunteers. */
function fillDonorIds(db: Database, batch: BatchRow, returned: readonly ReturnedDonorId[], actor: string): CloseResult {
  // The ID numbers as the batch sent them (the sheet answers those, whatever was edited
  // since), or the people's own when the batch's template had no ID column.
  const column = templateOf(batch).columns.findIndex((c) => c.field === 'docNumber');
  const sql =
    column >= 0
      ? `SELECT person_id, json_extract(row, '$[${column}]') AS doc FROM export_batch_item WHERE batch_id = ?`
      : 'SELECT i.person_id, p.doc_number AS doc FROM export_batch_item i JOIN person p ON p.id = i.person_id WHERE i.batch_id = ?';
  const sent = new Map<string, number>();
  for (const r of db.prepare(sql).iterate(batch.id) as IterableIterator<{
    person_id: number;
    doc: string | null;
  }>) {
    if (r.doc !== null) sent.set(r.doc, r.person_id);
  }
  const enrollmentOf = db.prepare('SELECT id, cmdp_donor_id FROM enrollment WHERE person_id = ?');
  const holderOf = db.prepare('SELECT id FROM enrollment WHERE cmdp_donor_id = ?');
  const fill = db.prepare('UPDATE enrollment SET cmdp_donor_id = ?, updated_at = ? WHERE id = ?');
  const result = { filled: 0, unchanged: 0, notInBatch: 0, invalid: 0 };
  const now = new Date().toISOString();
  for (const r of returned) {
    const personId = sent.get(r.docNumber);
    if (personId === undefined) {
      result.notInBatch += 1;
      continue;
    }
    const enrollment = enrollmentOf.get(personId) as { id: number; cmdp_donor_id: string | null } | undefined;
    if (r.cmdpDonorId === null || enrollment === undefined) {
      result.invalid += 1;
      continue;
    }
    if (enrollment.cmdp_donor_id === r.cmdpDonorId) {
      result.unchanged += 1;
      continue;
    }
    const holder = holderOf.get(r.cmdpDonorId) as { id: number } | undefined;
    // Never overwrite a number staff entered, nor give one number to two volunteers: left for staff to check.
    if (enrollment.cmdp_donor_id !== null || holder !== undefined) {
      result.invalid += 1;
      continue;
    }
    fill.run(r.cmdpDonorId, now, enrollment.id);
    recordAudit(db, { actor, action: 'stemcell.update', entity: 'enrollment', entityId: enrollment.id, before: { cmdpDonorId: null }, after: { cmdpDonorId: r.cmdpDonorId, batchId: batch.id } });
    result.filled += 1;
  }
  return result;
}

/** Closes a batch; a CMDP batch needs the returned sheet (already read). */
export function closeBatch(db: Database, batchId: number, returned: readonly ReturnedDonorId[] | null, actor: string): ExportBatch {
  return db.transaction(() => {
    const row = findBatchRow(db, batchId);
    expectStatus(row, ['created', 'submitted'], '关闭');
    if (row.kind === 'cmdp' && returned === null) throw new ApiError('INVALID_INPUT', '关闭中华骨髓库批次需要上传骨髓库返回的表格（证件号码与骨髓库编号）', { batchId });
    const result = row.kind === 'cmdp' && returned !== null ? fillDonorIds(db, row, returned, actor) : null;
    db.prepare("UPDATE export_batch SET status = 'closed', closed_at = ?, closed_by = ?, close_result = ? WHERE id = ?").run(
      new Date().toISOString(),
      actor,
      result === null ? null : JSON.stringify(result),
      batchId,
    );
    recordAudit(db, { actor, action: 'exports.close', entity: 'export_batch', entityId: batchId, after: { kind: row.kind, rows: row.row_count, ...(result ?? {}) } });
    return getBatch(db, batchId);
  })();
}

/** The registry refused the batch: its people may go into the next one. */
export function reopenBatch(db: Database, batchId: number, reason: string, actor: string): ExportBatch {
  return db.transaction(() => {
    const row = findBatchRow(db, batchId);
    expectStatus(row, ['created', 'submitted', 'closed'], '重新打开');
    db.prepare("UPDATE export_batch SET status = 'reopened', reopened_at = ?, reopened_by = ?, reopen_reason = ? WHERE id = ?").run(new Date().toISOString(), actor, reason, batchId);
    recordAudit(db, { actor, action: 'exports.reopen', entity: 'export_batch', entityId: batchId, before: { status: row.status }, after: { kind: row.kind, rows: row.row_count, reason } });
    return getBatch(db, batchId);
  })();
}
