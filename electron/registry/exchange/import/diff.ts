// A registered person against the sheet's version of them: which fields differ (shown to staff
// as a diff, masked like the registry masks them), and the change each duplicate action makes.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DuplicateAction, FieldChange } from '../../../contract/imports';
import type { ValidPerson } from '../../../contract/people';
import { maskMobile } from '../../../contract/validation';
import type { PersonRow } from '../../people/rows';

/** The person fields a sheet can change (the document itself identifies the person). */
const COMPARED = {
  name: 'name',
  sex: 'sex',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  mobile: 'mobile',
  address: 'address',
  employer: 'employer',
  occupation: 'occupation',
  bloodAbo: 'blood_abo',
  bloodRh: 'blood_rh',
  notes: 'notes',
} as const satisfies Partial<Record<keyof ValidPerson, keyof PersonRow>>;

type Compared = keyof typeof COMPARED;

const shown = (field: Compared, value: string) => (field === 'mobile' ? maskMobile(value) : value);

function personRow(db: Database, id: number): PersonRow {
  return db.prepare('SELECT * FROM person WHERE id = ?').get(id) as PersonRow;
}

function differing(row: PersonRow, person: ValidPerson): { field: Compared; registry: string | null; sheet: string }[] {
  const out: { field: Compared; registry: string | null; sheet: string }[] = [];
  for (const [field, column] of Object.entries(COMPARED) as [Compared, keyof PersonRow][]) {
    const sheet = person[field];
    const registry = row[column] as string | null;
    if (sheet !== undefined && sheet !== registry) out.push({ field, registry, sheet: sheet as string });
  }
  return out;
}

export function registryChanges(db: Database, id: number, person: ValidPerson): { name: string; changes: FieldChange[] } {
  const row = personRow(db, id);
  const changes = differing(row, person).map((c) => ({ field: c.field, registry: c.registry === null ? null : shown(c.field, c.registry), sheet: shown(c.field, c.sheet) }));
  return { name: row.name, changes };
}

/**
 * The fields to change for an action: 'update' fills only what the registry leaves empty,
 * 'overwrite' takes every value the sheet gives; 'skip' changes nothing.
 */
export function patchFor(db: Database, id: number, person: ValidPerson, action: DuplicateAction): Partial<Record<Compared, string>> {
  if (action === 'skip') return {};
  const changes = differing(personRow(db, id), person).filter((c) => action === 'overwrite' || c.registry === null);
  return Object.fromEntries(changes.map((c) => [c.field, c.sheet]));
}
