// The audit log: every change, reveal, export and print is written here in the same
// transaction as the change itself, so the log and the registry cannot disagree.
import type { Database } from 'better-sqlite3';
import type { AuditEntry, AuditPage } from '../../contract/audit';

export interface AuditRecord {
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId?: number | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function recordAudit(db: Database, record: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(new Date().toISOString(), record.actor, record.action, record.entity, record.entityId ?? null, json(record.before), json(record.after));
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
}

export interface AuditFilter {
  readonly action?: string;
  readonly entity?: string;
  readonly offset: number;
  readonly limit: number;
}

export function listAudit(db: Database, filter: AuditFilter): AuditPage {
  const where = '(@action IS NULL OR action = @action) AND (@entity IS NULL OR entity = @entity)';
  const params = { action: filter.action ?? null, entity: filter.entity ?? null };
  const rows = db
    .prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as AuditRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log WHERE ${where}`).get(params) as { total: number };
  return { rows: rows.map(toEntry), total };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  };
}
