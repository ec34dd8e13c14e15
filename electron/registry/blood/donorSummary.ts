// blood_donor, one row per person who has donated: counts, volumes, the last dates and the
// birth date the donor list filters on. Rebuilt from the donations (never adjusted by increments), so it
// cannot drift; migration 0006's triggers do the same when donations are removed or moved.
import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Rebuilds the summary rows of these people from their donations. */
export function refreshDonors(db: Database, personIds: readonly number[]): void {
  const ids = JSON.stringify(personIds);
  db.prepare('DELETE FROM blood_donor WHERE person_id IN (SELECT value FROM json_each(?))').run(ids);
  db.prepare(
    `INSERT INTO blood_donor (person_id, donations, whole_ml, platelet_units, platelet_donations, first_date, last_date,
                              last_whole_date, last_platelets_date, adverse, birth_date)
     SELECT d.person_id, count(*), coalesce(sum(d.volume_ml), 0), coalesce(sum(d.units), 0), count(*) FILTER (WHERE d.kind = 'platelets'),
            min(d.date), max(d.date), max(CASE WHEN d.kind = 'whole_blood' THEN d.date END), max(CASE WHEN d.kind = 'platelets' THEN d.date END),
            max(d.adverse_reaction), p.birth_date
     FROM donation d JOIN person p ON p.id = d.person_id
     WHERE d.person_id IN (SELECT value FROM json_each(?)) AND d.outcome = 'donated' GROUP BY d.person_id`,
  ).run(ids);
}
