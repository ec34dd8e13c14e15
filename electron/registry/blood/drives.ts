// Blood drives (献血活动) and the reusable list of partner units (共建单位). A drive's counts
// and totals are summed from its donations every time they are shown, so they cannot drift.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Drive, DrivesPage, DriveTotals, PartnerUnit, ValidDrive } from '../../contract/blood';
import { ApiError } from '../../contract/errors';
import { recordAudit } from '../audit/log';

interface DriveRow {
  id: number;
  date: string;
  site: string;
  organiser: string | null;
  notes: string | null;
}

interface TotalsRow {
  drive_id: number;
  came: number;
  donated: number;
  whole_ml: number;
  units: number;
}

// Over the covering partial index donation_drive: people, not visits, so someone deferred and
// then accepted the same day counts once, as donated.
const TOTALS = `SELECT drive_id, count(DISTINCT person_id) AS came,
    count(DISTINCT CASE WHEN outcome = 'donated' THEN person_id END) AS donated,
    coalesce(sum(volume_ml), 0) AS whole_ml, coalesce(sum(units), 0) AS units
  FROM donation`;

/** The statements that read drives, exported for the query-plan test. */
export const DRIVE_SQL = {
  totalsOf: `${TOTALS} WHERE drive_id = ?`,
  record: `SELECT max(whole_ml) AS ml FROM (${TOTALS} WHERE drive_id IS NOT NULL GROUP BY drive_id)`,
  byDate: 'SELECT id, date, site, organiser, notes FROM blood_drive ORDER BY date DESC, id DESC LIMIT @limit OFFSET @offset',
  // Sorting by volume needs every drive's total: one pass over the covering index.
  byVolume: `WITH t AS (${TOTALS} WHERE drive_id IS NOT NULL GROUP BY drive_id)
    SELECT v.id, v.date, v.site, v.organiser, v.notes, t.drive_id, t.came, t.donated, t.whole_ml, t.units
    FROM blood_drive v LEFT JOIN t ON t.drive_id = v.id
    ORDER BY coalesce(t.whole_ml, 0) DESC, coalesce(t.units, 0) DESC, v.date DESC, v.id DESC LIMIT @limit OFFSET @offset`,
} as const;

const toTotals = (t: TotalsRow | undefined): DriveTotals =>
  t === undefined
    ? { came: 0, deferred: 0, donated: 0, wholeBloodMl: 0, plateletUnits: 0 }
    : { came: t.came, deferred: t.came - t.donated, donated: t.donated, wholeBloodMl: t.whole_ml, plateletUnits: t.units };

/** The largest volume of whole blood any drive has collected: the office's record. */
function recordVolume(db: Database): number {
  const row = db.prepare(DRIVE_SQL.record).get() as { ml: number | null };
  return row.ml ?? 0;
}

function partnerUnitsOf(db: Database, driveIds: readonly number[]): Map<number, { id: number; name: string }[]> {
  const rows = db
    .prepare(
      `SELECT l.drive_id, u.id, u.name FROM blood_drive_partner l JOIN partner_unit u ON u.id = l.unit_id
       WHERE l.drive_id IN (SELECT value FROM json_each(?)) ORDER BY u.name`,
    )
    .all(JSON.stringify(driveIds)) as { drive_id: number; id: number; name: string }[];
  const byDrive = new Map<number, { id: number; name: string }[]>(driveIds.map((id) => [id, []]));
  for (const r of rows) byDrive.get(r.drive_id)!.push({ id: r.id, name: r.name });
  return byDrive;
}

function toDrives(db: Database, rows: readonly DriveRow[], totals: ReadonlyMap<number, TotalsRow>): Drive[] {
  const record = recordVolume(db);
  const units = partnerUnitsOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const t = toTotals(totals.get(r.id));
    return {
      id: r.id,
      date: r.date,
      site: r.site,
      organiser: r.organiser,
      notes: r.notes,
      partnerUnits: units.get(r.id)!,
      totals: t,
      isRecord: record > 0 && t.wholeBloodMl === record,
    };
  });
}

export function getDrive(db: Database, id: number): Drive {
  const row = db.prepare('SELECT id, date, site, organiser, notes FROM blood_drive WHERE id = ?').get(id) as DriveRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该献血活动', { id });
  const totals = db.prepare(DRIVE_SQL.totalsOf).get(id) as TotalsRow;
  return toDrives(db, [row], new Map(totals.came > 0 ? [[id, totals]] : []))[0];
}

/** Finds or adds each partner unit by name; names are already normalised by the contract. */
function partnerUnitIds(db: Database, names: readonly string[], actor: string): number[] {
  const find = db.prepare('SELECT id FROM partner_unit WHERE name = ?');
  const add = db.prepare('INSERT INTO partner_unit (name, created_at) VALUES (?, ?)');
  return [...new Set(names)].map((name) => {
    const existing = find.get(name) as { id: number } | undefined;
    if (existing) return existing.id;
    const id = Number(add.run(name, new Date().toISOString()).lastInsertRowid);
    recordAudit(db, { actor, action: 'partner-unit.create', entity: 'partner_unit', entityId: id, after: { name } });
    return id;
  });
}

/** Adds a drive, or changes one when `id` is given, with its partner units, in one transaction. */
export function saveDrive(db: Database, input: ValidDrive, actor: string): Drive {
  return db.transaction(() => {
    const before = input.id === undefined ? null : getDrive(db, input.id);
    const now = new Date().toISOString();
    const values = { date: input.date, site: input.site, organiser: input.organiser ?? null, notes: input.notes ?? null, now, actor };
    const id =
      input.id === undefined
        ? Number(
            db
              .prepare(
                `INSERT INTO blood_drive (date, site, organiser, notes, created_at, created_by, updated_at)
                 VALUES (@date, @site, @organiser, @notes, @now, @actor, @now)`,
              )
              .run(values).lastInsertRowid,
          )
        : (db
            .prepare('UPDATE blood_drive SET date = @date, site = @site, organiser = @organiser, notes = @notes, updated_at = @now WHERE id = @id')
            .run({ ...values, id: input.id }),
          input.id);
    db.prepare('DELETE FROM blood_drive_partner WHERE drive_id = ?').run(id);
    const link = db.prepare('INSERT INTO blood_drive_partner (drive_id, unit_id) VALUES (?, ?)');
    for (const unitId of partnerUnitIds(db, input.partnerUnits, actor)) link.run(id, unitId);
    const after = getDrive(db, id);
    recordAudit(db, { actor, action: before === null ? 'drive.create' : 'drive.update', entity: 'drive', entityId: id, before, after });
    return after;
  })();
}

export interface DriveListFilter {
  readonly sort: 'volume' | 'date';
  readonly offset: number;
  readonly limit: number;
}

/** A page of drives, by total volume (the records first) or by date (the latest first). */
export function listDrives(db: Database, filter: DriveListFilter): DrivesPage {
  const { total } = db.prepare('SELECT count(*) AS total FROM blood_drive').get() as { total: number };
  const page = { limit: filter.limit, offset: filter.offset };
  if (filter.sort === 'date') {
    const rows = db.prepare(DRIVE_SQL.byDate).all(page) as DriveRow[];
    const one = db.prepare(DRIVE_SQL.totalsOf);
    const totals = new Map(rows.map((r) => [r.id, one.get(r.id) as TotalsRow]));
    return { total, rows: toDrives(db, rows, totals) };
  }
  const rows = db.prepare(DRIVE_SQL.byVolume).all(page) as (DriveRow & (TotalsRow | { drive_id: null }))[];
  const totals = new Map(rows.flatMap((r) => (r.drive_id === null ? [] : [[r.id, r as TotalsRow] as const])));
  return { total, rows: toDrives(db, rows, totals) };
}

export function listPartnerUnits(db: Database): PartnerUnit[] {
  return db
    .prepare(
      `SELECT u.id, u.name, count(l.drive_id) AS drives FROM partner_unit u
       LEFT JOIN blood_drive_partner l ON l.unit_id = u.id GROUP BY u.id ORDER BY u.name`,
    )
    .all() as PartnerUnit[];
}
