// Round trip: a CMDP batch this office wrote, imported by the importer into another registry
// (as a city work station running the same program would), brings back the same people.
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../../electron/registry/exchange/import/commit';
import { previewImport } from '../../../electron/registry/exchange/import/preview';
import { getPerson } from '../../../electron/registry/people/repository';
import { getEnrollmentOfPerson } from '../../../electron/registry/stemcell/repository';
import { tempRegistry } from '../helpers/tmp';
import { exportSetup } from './exportSetup';

describe('export → import round trip', () => {
  it('imports an exported CMDP batch into another registry with every field intact', async () => {
    const t = exportSetup();
    // An address a spreadsheet would take for a formula comes back as it was: neutralised, then restored.
    const a = await t.sampledVolunteer('陈志强', { address: '-3 号楼（金砂路 1 号）', bloodAbo: 'AB', bloodRh: '-', ethnicity: '01' });
    await t.sampledVolunteer('郑丽娜', { sex: 'F', docNumber: undefined });
    const made = await t.call('exports.create', { kind: 'cmdp' });
    expect(made.rows).toBe(1); // 郑丽娜 has no ID number, so she is not ready
    const file = made.file!;

    const other = tempRegistry('other.sqlite3');
    const data = await previewImport(other.db, { path: t.stagedPath(file.fileId), name: file.name, sha256: file.sha256, kind: 'cmdp' });
    expect(data.issues).toEqual([]);
    expect(data.preview).toMatchObject({ rows: 1, valid: 1, invalid: 0 });
    const result = commitImport(other.db, data, { onDuplicate: 'skip', decisions: {} }, 'staff-2');
    expect(result).toMatchObject({ created: 1 });

    const original = await t.call('people.get', { id: a.id });
    const imported = getPerson(other.db, other.db.prepare('SELECT id FROM person').pluck().get() as number);
    for (const field of ['name', 'sex', 'birthDate', 'mobile', 'address', 'bloodAbo', 'bloodRh', 'ethnicity'] as const) {
      expect(imported[field], field).toEqual(original[field]);
    }
    // The full number is never in a PersonDetail (masked), so it is read from each file.
    expect(other.db.prepare('SELECT doc_number FROM person WHERE id = ?').pluck().get(imported.id)).toBe(a.docNumber);
    const enrollment = getEnrollmentOfPerson(other.db, imported.id)!;
    expect(enrollment.consentDate).toBe('2024-03-01');
    expect(enrollment.contacts.map((c) => [c.name, c.relation, c.phone])).toEqual([
      ['张建国', 'parent', '13800138001'],
      ['李梅', 'friend', '0754-88123456'],
    ]);
  });
});
