// Which sheet columns mean which field: the synonyms staff can edit in
// resources/import/columns.json, checked with zod when loaded so a typo there is a clear
// message rather than columns silently not found.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ApiError } from '../../../contract/errors';
import type { ImportKind } from '../../../contract/imports';
import { resourcePath } from '../../resources';

const PERSON_FIELDS = ['name', 'docType', 'docNumber', 'sex', 'birthDate', 'ethnicity', 'mobile', 'address', 'employer', 'occupation', 'bloodGroup', 'bloodRh', 'notes'] as const;

/** The fields each kind of sheet may carry, person fields first. */
export const KIND_FIELDS = {
  people: PERSON_FIELDS,
  'blood-drive': [...PERSON_FIELDS, 'donationKind', 'volumeMl', 'units', 'certificateNo'],
  cmdp: [...PERSON_FIELDS, 'consentDate', 'cmdpDonorId', 'contact1Name', 'contact1Relation', 'contact1Phone', 'contact2Name', 'contact2Relation', 'contact2Phone'],
  organ: [...PERSON_FIELDS, 'registeredOn', 'cardNumber', 'pledgeKinds', 'organs'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type ImportField = (typeof KIND_FIELDS)[ImportKind][number];
const ALL_FIELDS = [...new Set(Object.values(KIND_FIELDS).flat())] as [ImportField, ...ImportField[]];

const ColumnsFile = z.object({
  $comment: z.string().optional(),
  fields: z.partialRecord(z.enum(ALL_FIELDS), z.array(z.string().min(1)).min(1)),
  footer: z.array(z.string().min(1)).default([]),
});

export interface ColumnSynonyms {
  /** Normalised column name → field, for one kind. */
  readonly byName: ReadonlyMap<string, ImportField>;
  /** Words that start a footer line (填表人, 合计 …). */
  readonly footer: readonly string[];
}

/** Compared without spaces, asterisks, width differences, case or a note in brackets like （必填）. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*]/g, '')
    .replace(/\((必填|选填|可选|必须)\)$/, '')
    .toLowerCase();
}

function load(path: string): z.output<typeof ColumnsFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ApiError('INTERNAL', `无法读取列名配置 import/columns.json：${(error as Error).message}`);
  }
  const parsed = ColumnsFile.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError('INTERNAL', `列名配置 import/columns.json 有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  }
  return parsed.data;
}

/** The synonyms for one kind. Read on every import, so an edit applies without a restart. */
export function columnSynonyms(kind: ImportKind, path = resourcePath('import', 'columns.json')): ColumnSynonyms {
  const file = load(path);
  const byName = new Map<string, ImportField>();
  for (const field of KIND_FIELDS[kind] as readonly ImportField[]) {
    for (const name of file.fields[field] ?? []) {
      const key = normaliseHeader(name);
      // The first field listed wins a name two fields share (登记日期 is consentDate in a CMDP sheet).
      if (!byName.has(key)) byName.set(key, field);
    }
  }
  return { byName, footer: file.footer };
}
