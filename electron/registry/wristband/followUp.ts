// The follow-up list that drives visits: participants in the program whose band was not seen
// (or who have no band in use), or one of whose guardians' phones was not confirmed, in the
// last N months (N: the 'wristband.followUpMonths' setting). Most overdue first: no band at all, then the oldest check.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { localToday } from '../../contract/validation/calendar';
import type { FollowUpPage, FollowUpReason } from '../../contract/wristbandIncidents';
import { getSettings } from '../settings';

/** The same day `months` months earlier; the 31st becomes the last day of a shorter month. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function followUp(db: Database, page: { offset: number; limit: number }, today = localToday()): FollowUpPage {
  const months = getSettings(db)['wristband.followUpMonths'];
  const due = monthsBefore(today, months);
  // Names are read for the page only: joining every candidate to person (a large table) first
  // cost more than the rest of the list at a million people.
  const candidates = `
    WITH f AS (
      SELECT p.id, p.person_id, p.village, p.grid, b.id AS band_id, b.code AS band_code, b.checked_on,
             -- The oldest confirmation, or NULL when any phone was never confirmed (or none is on file).
             (SELECT CASE WHEN count(*) = count(ph.confirmed_on) THEN min(ph.confirmed_on) END
                FROM wristband_guardian g JOIN wristband_guardian_phone ph ON ph.guardian_id = g.id
               WHERE g.participant_id = p.id) AS phones_on
      FROM wristband_participant p
      LEFT JOIN wristband_band b ON b.participant_id = p.id AND b.status IN ('issued', 'active', 'lost', 'damaged')
      WHERE p.status = 'active')`;
  const overdue = 'FROM f WHERE band_id IS NULL OR checked_on < @due OR phones_on IS NULL OR phones_on < @due';
  const order = "ORDER BY min(coalesce(checked_on, ''), coalesce(phones_on, '')), id";
  // The total rides along as a window over the same pass, so the candidates are worked out once.
  const rows = db
    .prepare(
      `${candidates}, page AS (SELECT *, count(*) OVER () AS total ${overdue} ${order} LIMIT @limit OFFSET @offset)
       SELECT page.*, person.name FROM page JOIN person ON person.id = page.person_id ${order}`,
    )
    .all({ due, limit: page.limit, offset: page.offset }) as {
    id: number;
    name: string;
    village: string;
    grid: string | null;
    band_id: number | null;
    band_code: string | null;
    checked_on: string | null;
    phones_on: string | null;
    total: number;
  }[];
  // A page past the end has no row to carry the total.
  const total = rows[0]?.total ?? (db.prepare(`${candidates} SELECT count(*) ${overdue}`).pluck().get({ due }) as number);
  return {
    months,
    dueBefore: due,
    total,
    rows: rows.map((r) => {
      const reasons: FollowUpReason[] = [];
      if (r.band_id === null || (r.checked_on ?? '') < due) reasons.push('band');
      if (r.phones_on === null || r.phones_on < due) reasons.push('phones');
      return {
        participantId: r.id,
        name: r.name,
        village: r.village,
        grid: r.grid,
        bandId: r.band_id,
        bandCode: r.band_code,
        bandCheckedOn: r.checked_on,
        phonesConfirmedOn: r.phones_on,
        reasons,
      };
    }),
  };
}
