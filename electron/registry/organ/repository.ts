// Reading pledges: a person's versions newest first, and the paged list by status and kind.
// Writes live in pledges.ts.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import {
  PLEDGE_KINDS,
  PLEDGE_STATUSES,
  type Executor,
  type ExecutorRelation,
  type FamilyConsent,
  type Organ,
  type PersonPledges,
  type PledgeKind,
  type PledgePage,
  type PledgeStatus,
  type PledgeSummary,
  type PledgeVersion,
  type Witness,
} from '../../contract/organ';
import type { Sex } from '../../contract/validation';

export interface PledgeRow {
  id: number;
  person_id: number;
  previous_id: number | null;
  status: PledgeStatus;
  organs: number;
  organ_list: string;
  tissues: number;
  corneas: number;
  body: number;
  card_number: string;
  registered_on: string;
  effective_on: string;
  executor_name: string | null;
  executor_relation: ExecutorRelation | null;
  executor_phone: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  notes: string | null;
  recorded_at: string;
  recorded_by: string;
  name: string;
  sex: Sex | null;
  birth_date: string | null;
}

const SELECT_PLEDGE = 'SELECT g.*, p.name, p.sex, p.birth_date FROM pledge g JOIN person p ON p.id = g.person_id';

function toSummary(row: PledgeRow): PledgeSummary {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    status: row.status,
    kinds: PLEDGE_KINDS.filter((kind) => row[kind] === 1),
    organs: JSON.parse(row.organ_list) as Organ[],
    cardNumber: row.card_number,
    registeredOn: row.registered_on,
    effectiveOn: row.effective_on,
    revokedOn: row.revoked_on,
  };
}

function toVersion(db: Database, row: PledgeRow): PledgeVersion {
  const executor: Executor | null =
    row.executor_name !== null && row.executor_relation !== null && row.executor_phone !== null
      ? { name: row.executor_name, relation: row.executor_relation, phone: row.executor_phone }
      : null;
  return {
    ...toSummary(row),
    previousId: row.previous_id,
    familyConsents: db
      .prepare('SELECT name, relation, consented_on AS date FROM pledge_family_consent WHERE pledge_id = ? ORDER BY position')
      .all(row.id) as FamilyConsent[],
    witnesses: db.prepare('SELECT name, phone FROM pledge_witness WHERE pledge_id = ? ORDER BY position').all(row.id) as Witness[],
    executor,
    revocationReason: row.revocation_reason,
    notes: row.notes,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export function findPledgeRow(db: Database, pledgeId: number): PledgeRow {
  const row = db.prepare(`${SELECT_PLEDGE} WHERE g.id = ?`).get(pledgeId) as PledgeRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该捐献登记', { pledgeId });
  return row;
}

export function getPledges(db: Database, personId: number): PersonPledges {
  const rows = db.prepare(`${SELECT_PLEDGE} WHERE g.person_id = ? ORDER BY g.id DESC`).all(personId) as PledgeRow[];
  const history = rows.map((row) => toVersion(db, row));
  // The newest version that is not superseded: the one in force, or the latest revoked.
  return { current: history.find((v) => v.status !== 'changed') ?? null, history };
}

export interface PledgeQuery {
  readonly status: PledgeStatus;
  readonly kind?: PledgeKind;
  readonly offset: number;
  readonly limit: number;
}

// Latest first within a status, walking pledge_by_status backwards. The kind is a column name
// from our own list (PLEDGE_KINDS), never from input.
const listSql = (kind: PledgeKind | undefined) =>
  `${SELECT_PLEDGE} WHERE g.status = @status${kind ? ` AND g.${kind} = 1` : ''} ORDER BY g.effective_on DESC, g.id DESC LIMIT @limit OFFSET @offset`;
const countSql = (kind: PledgeKind | undefined) => `SELECT count(*) AS n FROM pledge g WHERE g.status = @status${kind ? ` AND g.${kind} = 1` : ''}`;
export const PLEDGE_LIST_SQL = { list: listSql, count: countSql, byStatus: 'SELECT status, count(*) AS n FROM pledge GROUP BY status' } as const;

export function listPledges(db: Database, q: PledgeQuery): PledgePage {
  const rows = db.prepare(listSql(q.kind)).all({ status: q.status, limit: q.limit, offset: q.offset }) as PledgeRow[];
  const { n: total } = db.prepare(countSql(q.kind)).get({ status: q.status }) as { n: number };
  const counts = Object.fromEntries(PLEDGE_STATUSES.map((s) => [s, 0])) as Record<PledgeStatus, number>;
  for (const row of db.prepare(PLEDGE_LIST_SQL.byStatus).all() as { status: PledgeStatus; n: number }[]) counts[row.status] = row.n;
  return { rows: rows.map(toSummary), total, counts };
}

/** Pledges in force, for the registry's per-program counts. */
export function countActivePledges(db: Database): number {
  return (db.prepare("SELECT count(*) AS n FROM pledge WHERE status = 'active'").get() as { n: number }).n;
}
