// The imports staff have committed, newest first.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ImportKind, ImportRecord } from '../../../contract/imports';

interface ImportRow {
  id: number;
  file_name: string;
  sha256: string;
  kind: ImportKind;
  drive_id: number | null;
  rows: number;
  valid: number;
  invalid: number;
  in_registry: number;
  created: number;
  updated: number;
  skipped: number;
  imported_at: string;
  imported_by: string;
}

const toRecord = (r: ImportRow): ImportRecord => ({
  id: r.id,
  fileName: r.file_name,
  sha256: r.sha256,
  kind: r.kind,
  driveId: r.drive_id,
  rows: r.rows,
  valid: r.valid,
  invalid: r.invalid,
  inRegistry: r.in_registry,
  created: r.created,
  updated: r.updated,
  skipped: r.skipped,
  importedAt: r.imported_at,
  importedBy: r.imported_by,
});

export function listImports(db: Database, page: { offset: number; limit: number }): { rows: ImportRecord[]; total: number } {
  const rows = db.prepare('SELECT * FROM imports ORDER BY id DESC LIMIT ? OFFSET ?').all(page.limit, page.offset) as ImportRow[];
  const { total } = db.prepare('SELECT count(*) AS total FROM imports').get() as { total: number };
  return { rows: rows.map(toRecord), total };
}
