// Importing the spreadsheets drives and partners hand in. A preview is a job (it streams a
// large file while the app stays responsive): started with a staged file, polled, cancellable;
// its rows are each valid or carry issues, and nothing is written until the commit, which
// writes every valid row in one transaction or nothing.
import { z } from 'zod';
import { FileId } from './files';
import { method } from './spec';

export const IMPORT_KINDS = ['people', 'blood-drive', 'cmdp', 'organ'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The issue codes a row can carry. The first eight are the data-exchange issue's own. */
export const IMPORT_ISSUE_CODES = [
  'ID_FORMAT',
  'ID_CHECKSUM',
  'ID_UNRECOVERABLE',
  'ID_MISMATCH',
  'AGE_OUT_OF_RANGE',
  'MISSING_REQUIRED',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_IN_REGISTRY',
  /** A value that is not one the field accepts (a date, a phone, a blood group …). */
  'INVALID_VALUE',
  /** Already recorded in this program (enrolled, pledged, donated at this drive): the row is skipped. */
  'ALREADY_RECORDED',
  /** A blood donation that breaks an interval rule: recorded (it happened), with the break noted. */
  'DONATION_RULE',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  /** The spreadsheet's own row number (1 = its first line). */
  readonly row: number;
  /** The field (person or program) the issue is about. */
  readonly field: string;
  readonly code: ImportIssueCode;
  readonly severity: IssueSeverity;
  /** Chinese, for staff and the CLI; the renderer may show its catalogue text for the code. */
  readonly message: string;
}

/** What to do with a row whose person is already registered. */
export const DUPLICATE_ACTIONS = ['skip', 'update', 'overwrite'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

export interface FieldChange {
  readonly field: string;
  /** The registry's value (ID numbers and phones masked); null when empty there. */
  readonly registry: string | null;
  /** The sheet's value, masked the same way. */
  readonly sheet: string;
}

export interface RegistryDuplicate {
  readonly row: number;
  readonly personId: number;
  readonly name: string;
  readonly docNumberMasked: string;
  /** The fields where the sheet differs from the registry; empty when they agree. */
  readonly changes: readonly FieldChange[];
}

export interface ImportCounts {
  /** Data rows (header, titles, empty and footer rows not counted). */
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  /** Valid rows whose person is already registered (DUPLICATE_IN_REGISTRY). */
  readonly inRegistry: number;
}

export interface ImportPreview extends ImportCounts {
  readonly fileName: string;
  readonly sha256: string;
  readonly kind: ImportKind;
  readonly driveId: number | null;
  /** The row the column names were read from. */
  readonly headerRow: number;
  /** field → the sheet's column name. */
  readonly columns: Readonly<Record<string, string>>;
  /** Column names the importer does not know; their contents are ignored. */
  readonly ignoredColumns: readonly string[];
  readonly issueCounts: Readonly<Partial<Record<ImportIssueCode, number>>>;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJobStatus {
  readonly jobId: string;
  readonly state: JobState;
  /** 0–1, by bytes of the file read. */
  readonly progress: number;
  readonly rowsRead: number;
  readonly preview: ImportPreview | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export interface ImportResult {
  readonly importId: number;
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
}

export interface ImportRecord extends ImportCounts, Omit<ImportResult, 'importId'> {
  readonly id: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly kind: ImportKind;
  readonly driveId: number | null;
  readonly importedAt: string;
  readonly importedBy: string;
}

const jobId = z.string().regex(/^[0-9a-f]{32}$/, '导入任务编号无效');
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const ImportStartInput = z
  .object({ fileId: FileId, kind: z.enum(IMPORT_KINDS, { error: '请选择导入类型' }), driveId: z.number().int().positive().optional() })
  .strict()
  .refine((i) => i.kind !== 'blood-drive' || i.driveId !== undefined, { path: ['driveId'], message: '导入献血记录须选择献血活动' });

export const ImportCommitInput = z
  .object({
    jobId,
    /** For every row whose person is registered, unless `decisions` names the row. */
    onDuplicate: z.enum(DUPLICATE_ACTIONS).default('skip'),
    /** Per-row choices: sheet row number → action. */
    decisions: z.record(z.string().regex(/^\d+$/), z.enum(DUPLICATE_ACTIONS)).default({}),
  })
  .strict();
export type ImportCommitInput = z.input<typeof ImportCommitInput>;

export const importsMethods = {
  'imports.start': method<{ jobId: string }>()(ImportStartInput),
  'imports.status': method<ImportJobStatus>()(z.object({ jobId }).strict()),
  'imports.cancel': method<ImportJobStatus>()(z.object({ jobId }).strict()),
  'imports.issues': method<{ rows: readonly ImportIssue[]; total: number }>()(
    z.object({ jobId, code: z.enum(IMPORT_ISSUE_CODES).optional(), severity: z.enum(['error', 'warning']).optional(), ...paging }).strict(),
  ),
  'imports.duplicates': method<{ rows: readonly RegistryDuplicate[]; total: number }>()(z.object({ jobId, ...paging }).strict()),
  'imports.commit': method<ImportResult>()(ImportCommitInput),
  /** The invalid rows as a spreadsheet with an issues column, staged for download. */
  'imports.invalidRows': method<{ fileId: string; name: string; rows: number }>()(z.object({ jobId }).strict()),
  'imports.list': method<{ rows: readonly ImportRecord[]; total: number }>()(z.object({ ...paging }).strict()),
} as const;
