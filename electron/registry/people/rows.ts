// A person as stored (the person row and its phone and contact rows) and as the API shows it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import type { DocType, PersonContact, PersonDetail, PersonPhone, PersonSummary } from '../../contract/people';
import { maskDocumentNumber, maskMobile, type AboGroup, type RhFactor, type Sex } from '../../contract/validation';

export interface PersonRow {
  id: number;
  name: string;
  sex: Sex | null;
  birth_date: string | null;
  doc_type: DocType;
  doc_number: string | null;
  mobile: string | null;
  address: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  ethnicity: string | null;
  employer: string | null;
  occupation: string | null;
  blood_abo: AboGroup | null;
  blood_rh: RhFactor | null;
}

export function toSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    docType: row.doc_type,
    docNumberMasked: row.doc_number === null ? null : maskDocumentNumber(row.doc_number),
    mobileMasked: row.mobile === null ? null : maskMobile(row.mobile),
    createdAt: row.created_at,
  };
}

export function findRow(db: Database, id: number): PersonRow {
  const row = db.prepare('SELECT * FROM person WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该人员', { id });
  return row;
}

export function readPhones(db: Database, personId: number): PersonPhone[] {
  return db.prepare('SELECT phone, label FROM person_phone WHERE person_id = ? ORDER BY position, id').all(personId) as PersonPhone[];
}

export function readContacts(db: Database, personId: number): PersonContact[] {
  return db
    .prepare('SELECT name, relation, phone FROM person_contact WHERE person_id = ? ORDER BY position, id')
    .all(personId) as PersonContact[];
}

export function toDetail(db: Database, row: PersonRow): PersonDetail {
  return {
    ...toSummary(row),
    ethnicity: row.ethnicity,
    mobile: row.mobile,
    phones: readPhones(db, row.id),
    address: row.address,
    employer: row.employer,
    occupation: row.occupation,
    bloodAbo: row.blood_abo,
    bloodRh: row.blood_rh,
    contacts: readContacts(db, row.id),
    notes: row.notes,
    updatedAt: row.updated_at,
  };
}

/** Replaces a person's other phones and emergency contacts with the given lists, in order. */
export function writeLists(db: Database, personId: number, phones: readonly PersonPhone[], contacts: readonly PersonContact[]): void {
  db.prepare('DELETE FROM person_phone WHERE person_id = ?').run(personId);
  db.prepare('DELETE FROM person_contact WHERE person_id = ?').run(personId);
  const addPhone = db.prepare('INSERT INTO person_phone (person_id, position, phone, label) VALUES (?, ?, ?, ?)');
  phones.forEach((p, i) => addPhone.run(personId, i, p.phone, p.label));
  const addContact = db.prepare('INSERT INTO person_contact (person_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)');
  contacts.forEach((c, i) => addContact.run(personId, i, c.name, c.relation, c.phone));
}
