// blood_donor, one row per person who has donated: counts, volumes and the last dates the
// donor list filters on. Rebuilt from the donations (never adjusted by increments), so it
// cannot drift; migration 0006's triggers do the same when donations are removed or moved.
import type { Database } from 'better-sqlite3';

/** Rebuilds the summary rows of these people from their donations. */
export function refreshDonors(db: Database, personIds: readonly number[]): void {
  const ids = JSON.stringify(personIds);
  db.prepare('DELETE FROM blood_donor WHERE person_id IN (SELECT value FROM json_each(?))').run(ids);
  db.prepare(
    `INSERT INTO blood_donor (person_id, donations, whole_ml, platelet_units, first_date, last_date, last_whole_date, last_platelets_date, adverse)
     SELECT person_id, count(*), coalesce(sum(volume_ml), 0), coalesce(sum(units), 0), min(date), max(date),
            max(CASE WHEN kind = 'whole_blood' THEN date END), max(CASE WHEN kind = 'platelets' THEN date END), max(adverse_reaction)
     FROM donation WHERE person_id IN (SELECT value FROM json_each(?)) AND outcome = 'donated' GROUP BY person_id`,
  ).run(ids);
}
