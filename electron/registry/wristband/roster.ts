// What the printed cards and the A4 roster may carry. The privacy settings are applied here, in
// the core: an ID number, condition, address or photo never leaves the registry unless its own
// setting allows it, whatever page asks. The printed contact is the band-contact guardian's
// phone, or the office hotline when there is none.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { PRINT_FIELDS, type PrintField, type QrContent, type Roster, type RosterCard } from '../../contract/wristbandIncidents';
import type { Condition, PhotoType } from '../../contract/wristband';
import { recordAudit } from '../audit/log';
import { getSettings } from '../settings';

/** The text of the band's QR code: the code on the first line (what a scanner types), then what the setting adds. */
export function qrText(code: string, content: QrContent, hotline: string, contactPhone: string | null): string {
  const lines = [code];
  if (content !== 'code' && hotline !== '') lines.push(`爱心手环热线 ${hotline}`);
  if (content === 'code_hotline_contact' && contactPhone !== null) lines.push(`家属电话 ${contactPhone}`);
  return lines.join('\n');
}

interface CardRow {
  participant_id: number;
  code: string;
  village: string;
  grid: string | null;
  name: string;
  doc_number: string | null;
  address: string | null;
  condition: Condition | null;
  photo_type: PhotoType | null;
  photo: Buffer | null;
  contact_phone: string | null;
}

export function rosterCards(db: Database, filter: { village?: string; grid?: string }, actor: string): Roster {
  const settings = getSettings(db);
  const shows = Object.fromEntries(PRINT_FIELDS.map((f) => [f, settings[`wristband.print.${f}`]])) as Record<PrintField, boolean>;
  const hotline = settings['wristband.hotline'];
  const where = ["p.status = 'active'"];
  if (filter.village) where.push('p.village = @village');
  if (filter.grid) where.push('p.grid = @grid');
  // Columns a setting keeps back are not even read.
  const rows = db
    .prepare(
      `SELECT p.id AS participant_id, b.code, p.village, p.grid, person.name,
              ${shows.idNumber ? 'person.doc_number' : 'NULL'} AS doc_number,
              ${shows.address ? 'person.address' : 'NULL'} AS address,
              ${shows.condition ? '(SELECT condition FROM wristband_profile WHERE participant_id = p.id)' : 'NULL'} AS condition,
              ${shows.photo ? 'ph.type' : 'NULL'} AS photo_type, ${shows.photo ? 'ph.bytes' : 'NULL'} AS photo,
              (SELECT t.phone FROM wristband_guardian g JOIN wristband_guardian_phone t ON t.guardian_id = g.id
                WHERE g.participant_id = p.id AND g.band_contact = 1 ORDER BY t.position LIMIT 1) AS contact_phone
       FROM wristband_participant p
       JOIN person ON person.id = p.person_id
       JOIN wristband_band b ON b.participant_id = p.id AND b.status IN ('issued', 'active')
       LEFT JOIN wristband_photo ph ON ph.participant_id = p.id
       WHERE ${where.join(' AND ')}
       ORDER BY p.village, p.grid, b.serial`,
    )
    .all({ village: filter.village, grid: filter.grid }) as CardRow[];
  const cards: RosterCard[] = rows.map((r) => {
    const contact = r.contact_phone ?? (hotline === '' ? null : hotline);
    return {
      participantId: r.participant_id,
      bandCode: r.code,
      qrText: qrText(r.code, settings['wristband.qrContent'], hotline, r.contact_phone),
      contactPhone: contact,
      contactIsHotline: r.contact_phone === null && contact !== null,
      village: r.village,
      grid: r.grid,
      name: shows.name ? r.name : null,
      idNumber: r.doc_number,
      condition: r.condition,
      address: r.address,
      photo: r.photo_type !== null && r.photo !== null ? { type: r.photo_type, base64: r.photo.toString('base64') } : null,
    };
  });
  const sensitive = (['idNumber', 'condition', 'address', 'photo'] as const).filter((f) => shows[f]);
  if (sensitive.length > 0 && cards.length > 0) {
    // Sensitive fields leaving the registry for printing are a reveal; the print itself is audited by the print method.
    db.transaction(() => recordAudit(db, { actor, action: 'wristband.roster-reveal', entity: 'wristband_participant', after: { cards: cards.length, fields: sensitive, ...filter } }))();
  }
  return { hotline, village: filter.village ?? null, grid: filter.grid ?? null, shows, cards };
}
