// People in SQLite. Every function takes the database handle, so the same code can later run
// against another store behind the same signatures.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../contract/errors';
import type { DocType, PeoplePage, PersonDetail, PersonSummary, ValidPerson } from '../../contract/people';
import { maskDocumentNumber, maskMobile, type Sex } from '../../contract/validation';
import { recordAudit } from '../audit/log';

interface PersonRow {
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
}

function toSummary(row: PersonRow): PersonSummary {
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

function toDetail(row: PersonRow): PersonDetail {
  return { ...toSummary(row), mobile: row.mobile, address: row.address, notes: row.notes, updatedAt: row.updated_at };
}

function findRow(db: Database, id: number): PersonRow {
  const row = db.prepare('SELECT * FROM person WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该人员', { id });
  return row;
}

export function getPerson(db: Database, id: number): PersonDetail {
  return toDetail(findRow(db, id));
}

export function findByDocument(db: Database, docType: DocType, docNumber: string): number | null {
  const row = db.prepare('SELECT id FROM person WHERE doc_type = ? AND doc_number = ?').get(docType, docNumber) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Adds a person; a person whose document number is already registered is a DUPLICATE. */
export function createPerson(db: Database, person: ValidPerson, actor: string): PersonDetail {
  return db.transaction(() => {
    if (person.docNumber !== undefined) {
      const existingId = findByDocument(db, person.docType, person.docNumber);
      if (existingId !== null) throw new ApiError('DUPLICATE', '该证件号码已登记', { existingId });
    }
    const now = new Date().toISOString();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO person (name, sex, birth_date, doc_type, doc_number, mobile, address, notes, created_at, updated_at)
         VALUES (@name, @sex, @birthDate, @docType, @docNumber, @mobile, @address, @notes, @now, @now)`,
      )
      .run({
        name: person.name,
        sex: person.sex ?? null,
        birthDate: person.birthDate ?? null,
        docType: person.docType,
        docNumber: person.docNumber ?? null,
        mobile: person.mobile ?? null,
        address: person.address ?? null,
        notes: person.notes ?? null,
        now,
      });
    const created = getPerson(db, Number(lastInsertRowid));
    // The log holds the masked form: it is read more widely than the registry itself.
    recordAudit(db, { actor, action: 'person.create', entity: 'person', entityId: created.id, after: created });
    return created;
  })();
}

export interface PeopleQuery {
  readonly query?: string;
  readonly offset: number;
  readonly limit: number;
}

/**
 * A page of people, newest first. The query matches a name prefix or a whole document or
 * mobile number; the registry issue replaces this with the indexed search.
 */
export function listPeople(db: Database, q: PeopleQuery): PeoplePage {
  const term = q.query && q.query !== '' ? q.query : null;
  const where = term === null ? '1' : '((name >= @term AND name < @termEnd) OR doc_number = @doc OR mobile = @term)';
  const params = term === null ? {} : { term, termEnd: `${term}\u{10FFFF}`, doc: term.toUpperCase() };
  const rows = db
    .prepare(`SELECT * FROM person WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as PersonRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM person WHERE ${where}`).get(params) as { total: number };
  return { rows: rows.map(toSummary), total };
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
