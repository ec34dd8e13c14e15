// Merging two records of one person. Every row in any table that references the merged person
// moves to the kept one — the tables are found from the schema's foreign keys, so each program's
// tables (donations, enrollments, pledges, bands…) are covered without being named here. The
// kept record's empty fields are filled from the merged one, the merged record is deleted, and
// the merge is logged. All in one transaction: a conflict leaves nothing changed.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { PersonInput, type MergeResult, type PersonContact, type PersonPhone } from '../../contract/people';
import { invalidInput, maskDocumentNumber } from '../../contract/validation';
import { recordAudit } from '../audit/log';
import { getPerson, writePerson } from './repository';
import { changedFields, inputOfRecord, maskedRecord, recordOf, recordOfValid, type PersonRecord } from './record';
import { findRow } from './rows';

// Every (table, column) whose foreign key points at person. Table-valued pragma, bound as data.
const REFERENCES = `
  SELECT m.name AS tableName, f."from" AS columnName
  FROM sqlite_schema AS m JOIN pragma_foreign_key_list(m.name) AS f
  WHERE m.type = 'table' AND lower(f."table") = 'person'
  ORDER BY m.name, f."from"`;

/** What staff call the rows a conflict is about; other tables are named as they are. */
const TABLE_NAMES: Readonly<Record<string, string>> = {
  enrollment: '造血干细胞入库登记',
  donation: '献血记录',
  blood_donor: '献血汇总',
  pledge: '有效的器官、角膜或遗体捐献登记',
  wristband_participant: '爱心手环登记',
};

interface Reference {
  readonly tableName: string;
  readonly columnName: string;
}

/** Identifiers come from sqlite_schema, never from a user; quoting keeps odd names intact. */
const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

const isConstraintError = (error: unknown): error is Error & { code: string } =>
  typeof (error as { code?: unknown } | null)?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

/**
 * Moves every referencing row. A table whose move breaks a constraint is tried again after the
 * others: summaries kept by triggers (one row per person) empty themselves once the rows they
 * sum have moved. What still conflicts when nothing more moves is a real conflict.
 */
function moveReferences(db: Database, keepId: number, mergeId: number): Record<string, number> {
  const moved: Record<string, number> = {};
  let pending = db.prepare(REFERENCES).all() as Reference[];
  let lastConflict: { ref: Reference; error: Error & { code: string } } | null = null;
  while (pending.length > 0) {
    const failed: Reference[] = [];
    for (const ref of pending) {
      try {
        const sql = `UPDATE ${quote(ref.tableName)} SET ${quote(ref.columnName)} = ? WHERE ${quote(ref.columnName)} = ?`;
        const { changes } = db.prepare(sql).run(keepId, mergeId);
        if (changes > 0) moved[`${ref.tableName}.${ref.columnName}`] = changes;
      } catch (error) {
        if (!isConstraintError(error)) throw error;
        failed.push(ref);
        lastConflict = { ref, error };
      }
    }
    if (failed.length === pending.length && lastConflict !== null) throw conflictError(lastConflict.ref, lastConflict.error);
    pending = failed;
  }
  return moved;
}

function conflictError(ref: Reference, error: Error & { code: string }): ApiError {
  const what = TABLE_NAMES[ref.tableName] ?? ref.tableName;
  const unique = error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  const message = unique
    ? `两人都有「${what}」，而每人只能有一条，不能合并。请先处理其中一人的这条记录。已取消合并，没有做任何改动。`
    : `合并与「${what}」的规则冲突（${error.message}）。已取消合并，没有做任何改动。`;
  return new ApiError('DUPLICATE', message, { reason: 'MERGE_CONFLICT', table: ref.tableName, column: ref.columnName, constraint: error.message });
}

function refuse(message: string, code: string): ApiError {
  return new ApiError('INVALID_INPUT', message, [{ path: ['mergeId'], message, code }]);
}

const unique = <T>(items: readonly T[], key: (item: T) => string, taken: readonly string[] = []): T[] => {
  const seen = new Set(taken);
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
};

/** The kept record with its empty fields filled from the merged one; nothing it holds is lost. */
function combine(kept: PersonRecord, merged: PersonRecord): PersonRecord {
  const mobile = kept.mobile ?? merged.mobile;
  // The merged person's mobile stays reachable as another phone when the kept one has its own.
  const mergedMobile: PersonPhone[] = merged.mobile !== null && merged.mobile !== mobile ? [{ phone: merged.mobile, label: '手机' }] : [];
  const phones = unique([...kept.phones, ...merged.phones, ...mergedMobile], (p) => p.phone, mobile === null ? [] : [mobile]);
  const contacts = unique<PersonContact>([...kept.contacts, ...merged.contacts], (c) => `${c.name}\n${c.phone}`);
  const keepsNumber = kept.docNumber !== null;
  const notes = [kept.notes, merged.notes].filter((n): n is string => n !== null);
  return {
    name: kept.name,
    sex: kept.sex ?? merged.sex,
    birthDate: kept.birthDate ?? merged.birthDate,
    ethnicity: kept.ethnicity ?? merged.ethnicity,
    docType: keepsNumber ? kept.docType : merged.docType,
    docNumber: keepsNumber ? kept.docNumber : merged.docNumber,
    mobile,
    phones,
    address: kept.address ?? merged.address,
    employer: kept.employer ?? merged.employer,
    occupation: kept.occupation ?? merged.occupation,
    bloodAbo: kept.bloodAbo ?? merged.bloodAbo,
    bloodRh: kept.bloodRh ?? merged.bloodRh,
    contacts,
    notes: notes.length === 0 ? null : [...new Set(notes)].join('\n'),
  };
}

export function mergePeople(db: Database, keepId: number, mergeId: number, actor: string): MergeResult {
  if (keepId === mergeId) throw refuse('不能把一个人与其本人合并，请选择两条不同的记录', 'MERGE_SELF');
  return db.transaction(() => {
    const keptRow = findRow(db, keepId);
    const mergedRow = findRow(db, mergeId);
    if (keptRow.doc_number !== null && mergedRow.doc_number !== null) {
      throw refuse(
        `两人的证件号码不同（${maskDocumentNumber(keptRow.doc_number)}、${maskDocumentNumber(mergedRow.doc_number)}），不是同一人，不能合并`,
        'MERGE_DIFFERENT_DOCUMENTS',
      );
    }
    const kept = recordOf(db, keptRow);
    const merged = recordOf(db, mergedRow);
    // The merged record must itself be a valid person: e.g. a number that contradicts the kept birth date is refused.
    const checked = PersonInput.safeParse(inputOfRecord(combine(kept, merged)));
    if (!checked.success) throw invalidInput(checked.error.issues);
    const after = recordOfValid(checked.data);

    const moved = moveReferences(db, keepId, mergeId);
    // Deleted before the kept record is updated: a number moving across is then free to take.
    db.prepare('DELETE FROM person WHERE id = ?').run(mergeId);
    writePerson(db, keepId, after, true);

    const diff = changedFields(kept, after);
    recordAudit(db, {
      actor,
      action: 'person.merge',
      entity: 'person',
      entityId: keepId,
      before: { kept: diff.before, merged: { id: mergeId, ...maskedRecord(merged) } },
      after: { kept: diff.after, mergedId: mergeId, moved },
    });
    return { person: getPerson(db, keepId), moved };
  })();
}
