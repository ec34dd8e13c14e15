// A person's record as one plain value: read from the database, made from a valid input, turned
// back into an input to check a change whole, and what the audit log keeps of it — with the
// document number and the phones masked (the log is read more widely than the registry
// itself), and for a change only the fields that changed, compared on the full values.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PersonContact, PersonPhone, ValidPerson } from '../../contract/people';
import { maskDocumentNumber, maskPhone } from '../../contract/validation';
import { readContacts, readPhones, type PersonRow } from './rows';

export interface PersonRecord {
  readonly name: string;
  readonly sex: string | null;
  readonly birthDate: string | null;
  readonly ethnicity: string | null;
  readonly docType: string;
  readonly docNumber: string | null;
  readonly mobile: string | null;
  readonly phones: readonly PersonPhone[];
  readonly address: string | null;
  readonly employer: string | null;
  readonly occupation: string | null;
  readonly bloodAbo: string | null;
  readonly bloodRh: string | null;
  readonly contacts: readonly PersonContact[];
  readonly notes: string | null;
}

export type PersonRecordKey = keyof PersonRecord;

export function recordOf(db: Database, row: PersonRow): PersonRecord {
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    ethnicity: row.ethnicity,
    docType: row.doc_type,
    docNumber: row.doc_number,
    mobile: row.mobile,
    phones: readPhones(db, row.id),
    address: row.address,
    employer: row.employer,
    occupation: row.occupation,
    bloodAbo: row.blood_abo,
    bloodRh: row.blood_rh,
    contacts: readContacts(db, row.id),
    notes: row.notes,
  };
}

/** A valid person as the record the audit log compares; absent fields are null. */
export function recordOfValid(person: ValidPerson): PersonRecord {
  return {
    name: person.name,
    sex: person.sex ?? null,
    birthDate: person.birthDate ?? null,
    ethnicity: person.ethnicity ?? null,
    docType: person.docType,
    docNumber: person.docNumber ?? null,
    mobile: person.mobile ?? null,
    phones: person.phones.map((p) => ({ phone: p.phone, label: p.label ?? null })),
    address: person.address ?? null,
    employer: person.employer ?? null,
    occupation: person.occupation ?? null,
    bloodAbo: person.bloodAbo ?? null,
    bloodRh: person.bloodRh ?? null,
    contacts: person.contacts.map((c) => ({ name: c.name, relation: c.relation ?? null, phone: c.phone })),
    notes: person.notes ?? null,
  };
}

/** A stored record as PersonInput takes it, so a change can be checked whole. */
export function inputOfRecord(record: PersonRecord): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== null) input[key] = value;
  input.phones = record.phones.map((p) => (p.label === null ? { phone: p.phone } : p));
  input.contacts = record.contacts.map((c) => (c.relation === null ? { name: c.name, phone: c.phone } : c));
  return input;
}

function maskValue(key: PersonRecordKey, value: PersonRecord[PersonRecordKey]): unknown {
  if (value === null) return null;
  switch (key) {
    case 'docNumber':
      return maskDocumentNumber(value as string);
    case 'mobile':
      return maskPhone(value as string);
    case 'phones':
      return (value as readonly PersonPhone[]).map((p) => ({ ...p, phone: maskPhone(p.phone) }));
    case 'contacts':
      return (value as readonly PersonContact[]).map((c) => ({ ...c, phone: maskPhone(c.phone) }));
    default:
      return value;
  }
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/** The filled-in fields of a record, masked: what a creation or a deletion logs. */
export function maskedRecord(record: PersonRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record) as PersonRecordKey[]) {
    if (!isEmpty(record[key])) out[key] = maskValue(key, record[key]);
  }
  return out;
}

/** The fields that differ between two records, as masked before and after halves. */
export function changedFields(before: PersonRecord, after: PersonRecord) {
  const changed = (Object.keys(before) as PersonRecordKey[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  const half = (record: PersonRecord) => Object.fromEntries(changed.map((key) => [key, maskValue(key, record[key])]));
  return { changed, before: half(before), after: half(after) };
}
