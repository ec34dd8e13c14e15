// The audit log: every change, reveal, export and print is written here in the same
// transaction as the change itself, so the log and the registry cannot disagree.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditEntry, AuditFacets, AuditPage } from '../../contract/audit';

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
  readonly entityId?: number;
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  readonly offset: number;
  readonly limit: number;
}

// Only the filters given go into the query (values bound, never spliced), so each one can use
// its index: (action, id), (entity, entity_id), (actor, id), (at).
const CONDITIONS = {
  action: 'action = @action',
  entity: 'entity = @entity',
  entityId: 'entity_id = @entityId',
  actor: 'actor = @actor',
  from: 'at >= @from',
  to: 'at < @to',
} as const satisfies Record<keyof Omit<AuditFilter, 'offset' | 'limit'>, string>;

export function auditWhere(filter: Omit<AuditFilter, 'offset' | 'limit'>): { where: string; params: Record<string, string | number> } {
  const given = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).filter((key) => filter[key] !== undefined);
  return {
    where: given.length === 0 ? '1' : given.map((key) => CONDITIONS[key]).join(' AND '),
    params: Object.fromEntries(given.map((key) => [key, filter[key] as string | number])),
  };
}

/** Newest first. */
export function listAudit(db: Database, filter: AuditFilter): AuditPage {
  const { where, params } = auditWhere(filter);
  const rows = db
    .prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as AuditRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log WHERE ${where}`).get(params) as { total: number };
  return { rows: rows.map(toEntry), total };
}

// The distinct values of an indexed column, one index seek per value rather than a scan of the
// whole log: each step asks for the smallest value above the previous one.
const distinctOf = (column: 'action' | 'entity' | 'actor') => `
  WITH RECURSIVE v(x) AS (
    SELECT min(${column}) FROM audit_log
    UNION ALL
    SELECT (SELECT min(${column}) FROM audit_log WHERE ${column} > v.x) FROM v WHERE v.x IS NOT NULL
  ) SELECT x FROM v WHERE x IS NOT NULL`;

export function auditFacets(db: Database): AuditFacets {
  const values = (column: 'action' | 'entity' | 'actor') => db.prepare(distinctOf(column)).pluck().all() as string[];
  return { actions: values('action'), entities: values('entity'), actors: values('actor') };
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
