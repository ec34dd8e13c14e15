// The registry every kill starts from, built once per run and copied (the closed main file only)
// for each child: ready CMDP volunteers for the export, two records of one person for the merge,
// the second holding a long donation history, and a previewed sheet of new people for the import.
// Sizes are chosen so each operation writes thousands of rows in one transaction and lasts long
// enough (a few hundred ms here) for random kills to land inside it.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PersonInput } from '../../electron/contract/personInput';
import { residentIdCheckChar } from '../../electron/contract/validation';
import { refreshDonors } from '../../electron/registry/blood/donorSummary';
import { previewImport } from '../../electron/registry/exchange/import/preview';
import { sha256Of } from '../../electron/registry/files/store';
import { createPerson } from '../../electron/registry/people/repository';
import { openRegistry } from '../../electron/registry/registry';
import { seedReadyVolunteers } from '../../scripts/bench/export';
import { writePeopleSheet } from '../core/exchange/fixtures/people';

export const SIZES = {
  /** Volunteers in the CMDP export batch (its lines are recorded in one transaction). */
  volunteers: 2000,
  /** New people in the imported sheet (each with its search-index rows). */
  importRows: 1000,
  /** Donations moved by the merge (each recomputes the donor summaries). */
  mergedDonations: 600,
} as const;

export interface Template {
  /** The closed registry file to copy. */
  readonly registry: string;
  /** The sheet of new people (.xlsx) to import. */
  readonly sheet: string;
  /** Its preview against the template, as JSON, for the child's commit. */
  readonly preview: string;
  readonly keepId: number;
  readonly mergeId: number;
}

function seedMergePair(path: string): { keepId: number; mergeId: number } {
  const registry = openRegistry({ path });
  const { db } = registry;
  try {
    const first17 = '44050719900412003';
    const person = (input: PersonInput) => createPerson(db, PersonInput.parse(input), 'seed').id;
    const keepId = person({ name: '郑晓东', birthDate: '1990-04-12', sex: 'M', mobile: '13712340000' });
    const mergeId = person({ name: '郑晓东', docNumber: first17 + residentIdCheckChar(first17), mobile: '13612340000', address: '汕头市龙湖区' });
    // A history far longer than a real one, written directly: the merge then moves all of it.
    const donation = db.prepare(
      "INSERT INTO donation (person_id, date, kind, outcome, volume_ml, created_at, created_by) VALUES (?, ?, 'whole_blood', 'donated', 200, '2020-01-01T00:00:00.000Z', 'seed')",
    );
    db.transaction(() => {
      for (let i = 0; i < SIZES.mergedDonations; i += 1) donation.run(mergeId, new Date(Date.UTC(2008, 0, 1 + i)).toISOString().slice(0, 10));
      refreshDonors(db, [mergeId]);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { keepId, mergeId };
  } finally {
    registry.close();
  }
}

async function previewOfSheet(registryPath: string, dir: string): Promise<{ sheet: string; preview: string }> {
  const sheet = await writePeopleSheet(join(dir, 'people.xlsx'), SIZES.importRows);
  const registry = openRegistry({ path: registryPath });
  try {
    const data = await previewImport(registry.db, { path: sheet, name: basename(sheet), sha256: sha256Of(sheet), kind: 'people' });
    if (data.preview.valid !== SIZES.importRows) throw new Error(`the sheet should be all valid: ${JSON.stringify(data.preview)}`);
    const preview = join(dir, 'preview.json');
    writeFileSync(preview, JSON.stringify(data));
    return { sheet, preview };
  } finally {
    registry.close();
  }
}

export async function buildTemplate(dir: string): Promise<Template> {
  const registry = join(dir, 'template.sqlite3');
  seedReadyVolunteers(registry, SIZES.volunteers);
  const pair = seedMergePair(registry);
  return { registry, ...pair, ...(await previewOfSheet(registry, dir)) };
}
