// The commit: every ready row written in ONE transaction with the import's record and its audit
// entry, through the registry's own operations (updatePerson, recordDonation, enroll,
// makePledge; new people through personWriter, createPerson's insert prepared once), so an
// imported row obeys exactly the rules a typed one does. Any failure
// rolls everything back; a crash or kill mid-way leaves the registry as it was (SQLite's journal).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { DuplicateAction, ImportResult } from '../../../contract/imports';
import type { PersonPatch } from '../../../contract/people';
import { recordAudit } from '../../audit/log';
import { recordDonation } from '../../blood/donations';
import { makePledge } from '../../organ/pledges';
import { updatePerson } from '../../people/repository';
import { enroll } from '../../stemcell/enrollment';
import { patchFor } from './diff';
import { newPersonWriter, type WriteNewPerson } from './personWriter';
import type { PreviewData, ReadyRow } from './preview';

export interface CommitChoices {
  readonly onDuplicate: DuplicateAction;
  /** Sheet row number → action, overriding onDuplicate for that row. */
  readonly decisions: Readonly<Record<string, DuplicateAction>>;
}

type Outcome = 'created' | 'updated' | 'skipped';

function writeProgram(db: Database, ready: ReadyRow, personId: number, actor: string): void {
  const { program } = ready;
  switch (program.kind) {
    case 'people':
      return;
    case 'blood-drive': {
      const result = recordDonation(db, { ...program.donation, personId }, actor);
      if (result.status !== 'saved') throw new ApiError('INVALID_INPUT', '献血记录不符合规定，未能保存');
      return;
    }
    case 'cmdp':
      enroll(db, { ...program.enrollment, personId }, actor);
      return;
    case 'organ':
      makePledge(db, { ...program.pledge, personId }, actor);
      return;
  }
}

function writeRow(db: Database, ready: ReadyRow, choices: CommitChoices, actor: string, createPerson: WriteNewPerson): Outcome {
  if (ready.alreadyRecorded) return 'skipped';
  let personId = ready.existingId;
  let personChanged = false;
  if (personId === null) {
    personId = createPerson(ready.person, actor);
  } else {
    const action = choices.decisions[String(ready.row)] ?? choices.onDuplicate;
    const patch = patchFor(db, personId, ready.person, action);
    if (Object.keys(patch).length > 0) {
      updatePerson(db, { id: personId, ...patch } as PersonPatch, actor);
      personChanged = true;
    }
  }
  if (ready.program.kind !== 'people') {
    writeProgram(db, ready, personId, actor);
    return 'created';
  }
  return ready.existingId === null ? 'created' : personChanged ? 'updated' : 'skipped';
}

/** Names the sheet row in the message of whatever stopped the commit. */
function atRow(row: number, error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(error.code, `第 ${row} 行：${error.message}（导入未完成，登记库没有改动）`, { row, details: error.details });
}

/**
 * Synchronous, like every write of the registry: the transaction cannot stay open across event
 * loop turns while other requests use the same connection. It takes about 1 ms a row here
 * (mostly the search-index triggers), so a drive's sheet commits at once; a 100,000-row sheet
 * holds the main process for a minute or more (see the import benchmark).
 */
export function commitImport(db: Database, data: PreviewData, choices: CommitChoices, actor: string): ImportResult {
  const { preview } = data;
  return db.transaction((): ImportResult => {
    const counts: Record<Outcome, number> = { created: 0, updated: 0, skipped: 0 };
    const createPerson = newPersonWriter(db);
    for (const ready of data.ready) {
      try {
        counts[writeRow(db, ready, choices, actor, createPerson)] += 1;
      } catch (error) {
        throw atRow(ready.row, error);
      }
    }
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO imports (file_name, sha256, kind, drive_id, rows, valid, invalid, in_registry, created, updated, skipped, imported_at, imported_by)
         VALUES (@fileName, @sha256, @kind, @driveId, @rows, @valid, @invalid, @inRegistry, @created, @updated, @skipped, @now, @actor)`,
      )
      .run({ ...preview, ...counts, now: new Date().toISOString(), actor });
    const importId = Number(lastInsertRowid);
    recordAudit(db, {
      actor,
      action: 'import.commit',
      entity: 'import',
      entityId: importId,
      after: { fileName: preview.fileName, sha256: preview.sha256, kind: preview.kind, driveId: preview.driveId, rows: preview.rows, invalid: preview.invalid, ...counts, onDuplicate: choices.onDuplicate },
    });
    return { importId, ...counts };
  })();
}
