// People in SQLite. Every function takes the database handle, so the same code can later run
// against another store behind the same signatures.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { PersonInput, followsResidentIdScheme, type DocType, type PeoplePage, type PersonDetail, type PersonPatch, type ValidPerson } from '../../contract/people';
import { invalidInput } from '../../contract/validation';
import { recordAudit } from '../audit/log';
import { findRow, toDetail, toSummary, writeLists, type PersonRow } from './rows';
import { changedFields, inputOfRecord, maskedRecord, recordOf, recordOfValid, type PersonRecord } from './record';

export { toSummary, type PersonRow } from './rows';

export function getPerson(db: Database, id: number): PersonDetail {
  return toDetail(db, findRow(db, id));
}

export function findByDocument(db: Database, docType: DocType, docNumber: string): number | null {
  const row = db.prepare('SELECT id FROM person WHERE doc_type = ? AND doc_number = ?').get(docType, docNumber) as { id: number } | undefined;
  return row?.id ?? null;
}

function assertNumberFree(db: Database, record: PersonRecord, exceptId: number | null): void {
  if (record.docNumber === null) return;
  const existingId = findByDocument(db, record.docType as DocType, record.docNumber);
  if (existingId !== null && existingId !== exceptId) throw new ApiError('DUPLICATE', '该证件号码已登记', { existingId });
}

const COLUMNS = `name = @name, sex = @sex, birth_date = @birthDate, ethnicity = @ethnicity, doc_type = @docType,
  doc_number = @docNumber, mobile = @mobile, address = @address, employer = @employer, occupation = @occupation,
  blood_abo = @bloodAbo, blood_rh = @bloodRh, notes = @notes`;

const columnValues = ({ phones: _phones, contacts: _contacts, ...columns }: PersonRecord) => columns;

/** Stores a checked record over a registered person's; the lists only when they changed. */
export function writePerson(db: Database, id: number, record: PersonRecord, listsChanged: boolean): void {
  db.prepare(`UPDATE person SET ${COLUMNS}, updated_at = @now WHERE id = @id`).run({ ...columnValues(record), now: new Date().toISOString(), id });
  if (listsChanged) writeLists(db, id, record.phones, record.contacts);
}

/** Adds a person; a person whose document number is already registered is a DUPLICATE. */
export function createPerson(db: Database, person: ValidPerson, actor: string): PersonDetail {
  return db.transaction(() => {
    const record = recordOfValid(person);
    assertNumberFree(db, record, null);
    const now = new Date().toISOString();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO person (name, sex, birth_date, ethnicity, doc_type, doc_number, mobile, address, employer, occupation, blood_abo, blood_rh, notes, created_at, updated_at)
         VALUES (@name, @sex, @birthDate, @ethnicity, @docType, @docNumber, @mobile, @address, @employer, @occupation, @bloodAbo, @bloodRh, @notes, @now, @now)`,
      )
      .run({ ...columnValues(record), now });
    const id = Number(lastInsertRowid);
    writeLists(db, id, record.phones, record.contacts);
    recordAudit(db, { actor, action: 'person.create', entity: 'person', entityId: id, after: maskedRecord(record) });
    return getPerson(db, id);
  })();
}

/**
 * Changes the fields the patch gives (null clears one) and checks the whole changed person
 * with PersonInput. A new ID number without a sex or birth date takes them from the number.
 * Logs only the fields that changed; a patch that changes nothing writes nothing.
 */
export function updatePerson(db: Database, patch: PersonPatch, actor: string): PersonDetail {
  return db.transaction(() => {
    const { id, ...fields } = patch;
    const row = findRow(db, id);
    const before = recordOf(db, row);
    const input = inputOfRecord(before);
    const given = Object.entries(fields).filter(([, value]) => value !== undefined);
    if (typeof fields.docNumber === 'string' && followsResidentIdScheme((fields.docType ?? before.docType) as DocType)) {
      if (fields.sex === undefined) delete input.sex;
      if (fields.birthDate === undefined) delete input.birthDate;
    }
    for (const [key, value] of given) {
      if (value === null) delete input[key];
      else input[key] = value;
    }
    const parsed = PersonInput.safeParse(input);
    if (!parsed.success) throw invalidInput(parsed.error.issues);
    const after = recordOfValid(parsed.data);
    const diff = changedFields(before, after);
    if (diff.changed.length === 0) return toDetail(db, row);

    assertNumberFree(db, after, id);
    writePerson(db, id, after, diff.changed.includes('phones') || diff.changed.includes('contacts'));
    recordAudit(db, { actor, action: 'person.update', entity: 'person', entityId: id, before: diff.before, after: diff.after });
    return getPerson(db, id);
  })();
}

export interface PeoplePageRequest {
  readonly offset: number;
  readonly limit: number;
}

/** A page of everyone, newest first. A query goes through the search (registry/search). */
export function listPeople(db: Database, page: PeoplePageRequest): PeoplePage {
  const rows = db
    .prepare('SELECT * FROM person ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset')
    .all({ limit: page.limit, offset: page.offset }) as PersonRow[];
  return { rows: rows.map(toSummary), total: countPeople(db) };
}

/** The full document number, for a deliberate click; the reveal is audited. */
export function revealDocument(db: Database, id: number, actor: string): string | null {
  const row = findRow(db, id);
  recordAudit(db, { actor, action: 'person.reveal-document', entity: 'person', entityId: id });
  return row.doc_number;
}

export function countPeople(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
}
