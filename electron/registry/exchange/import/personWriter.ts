// New people from an import, written with statements prepared once for the whole commit.
// createPerson prepares its statements on every call, which costs several times the insert
// itself on a table with search-index triggers (about 4 ms against 0.6 ms a person here); at
// 100,000 rows that is minutes. The row written and the audit entry are createPerson's own:
// the same columns, recordOfValid and maskedRecord. The unique index on the document number
// still refuses a person registered between the preview and the commit.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { ValidPerson } from '../../../contract/people';
import { recordAudit } from '../../audit/log';
import { maskedRecord, recordOfValid, type PersonRecord } from '../../people/record';

// The person row's columns, and the other phones that go to their own table.
const columnsOf = ({ contacts: _contacts, ...columns }: PersonRecord) => columns;

export type WriteNewPerson = (person: ValidPerson, actor: string) => number;

export function newPersonWriter(db: Database): WriteNewPerson {
  const insert = db.prepare(
    `INSERT INTO person (name, sex, birth_date, ethnicity, doc_type, doc_number, mobile, address, employer, occupation, blood_abo, blood_rh, notes, created_at, updated_at)
     VALUES (@name, @sex, @birthDate, @ethnicity, @docType, @docNumber, @mobile, @address, @employer, @occupation, @bloodAbo, @bloodRh, @notes, @now, @now)`,
  );
  const insertPhone = db.prepare('INSERT INTO person_phone (person_id, position, phone, label) VALUES (?, ?, ?, ?)');
  return (person, actor) => {
    const record = recordOfValid(person);
    const { phones, ...columns } = columnsOf(record);
    let id: number;
    try {
      id = Number(insert.run({ ...columns, now: new Date().toISOString() }).lastInsertRowid);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new ApiError('DUPLICATE', '该证件号码已登记');
      throw error;
    }
    // An import carries no emergency contacts; a landline in the phone column becomes another phone.
    phones.forEach((p, i) => insertPhone.run(id, i, p.phone, p.label));
    recordAudit(db, { actor, action: 'person.create', entity: 'person', entityId: id, after: maskedRecord(record) });
    return id;
  };
}
