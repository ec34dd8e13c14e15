// Export batches: what the office sends up to the registries above it (CMDP volunteers, organ
// pledges, drive reports). A batch is a record — who made it, when, the file's hash and the
// people in it — so each person is sent once per kind, and a batch can be written again
// byte for byte, marked submitted, closed with the registry's returned sheet, or reopened.
import { z } from 'zod';
import { EXPORT_KINDS, exportTemplateSchema, type ExportKind, type ExportTemplate, type TemplateField } from './exportTemplates';
import { FileId, type StagedFile } from './files';
import { method } from './spec';
import { isCalendarDate } from './validation/calendar';

export * from './exportTemplates';

export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = { cmdp: '中华骨髓库志愿者', organ: '器官捐献登记', 'drive-report': '献血活动报告' };

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** created → submitted → closed; reopened releases the batch's people for a later batch. */
export const BATCH_STATUSES = ['created', 'submitted', 'closed', 'reopened'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Which donations a drive report covers: one drive, or every donation in a date range. */
export interface DriveReportScope {
  readonly driveId?: number;
  readonly from?: string;
  readonly to?: string;
}

/** What closing a CMDP batch did with the returned sheet. */
export interface CloseResult {
  /** Volunteers whose CMDP donor ID was filled in. */
  readonly filled: number;
  /** Volunteers who already had that same ID. */
  readonly unchanged: number;
  /** Sheet rows whose ID number is not in this batch. */
  readonly notInBatch: number;
  /** Sheet rows without a valid 12-digit donor ID. */
  readonly invalid: number;
}

export interface ExportBatch {
  readonly id: number;
  readonly kind: ExportKind;
  readonly status: BatchStatus;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly rows: number;
  readonly fileName: string;
  readonly format: ExportFormat;
  readonly sha256: string;
  readonly scope: DriveReportScope;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly closeResult: CloseResult | null;
  readonly reopenedAt: string | null;
  readonly reopenedBy: string | null;
  readonly reopenReason: string | null;
}

export interface ExportBatchPage {
  readonly rows: readonly ExportBatch[];
  readonly total: number;
}

/** A volunteer left out of a CMDP batch, with what they still lack (采样, 证件号码 …). */
export interface NotReady {
  readonly personId: number;
  readonly name: string;
  readonly missing: readonly string[];
}

/** A new batch; `batch` and `file` are null when nothing was new (rows = 0, nothing recorded). */
export interface ExportResult {
  readonly batch: ExportBatch | null;
  readonly rows: number;
  readonly file: StagedFile | null;
  readonly notReady: readonly NotReady[];
}

export interface TemplateState {
  readonly kind: ExportKind;
  readonly template: ExportTemplate;
  /** True when staff changed it; false for the shipped default. */
  readonly custom: boolean;
  readonly fields: Readonly<Record<string, TemplateField>>;
  /** Why the saved template cannot be used (the default is shown instead); null when it can. */
  readonly problem: string | null;
}

const batchId = z.number().int().positive();
const day = (label: string) => z.string({ error: `请填写${label}` }).refine(isCalendarDate, `${label}应为有效日期（YYYY-MM-DD）`);

export const ExportCreateInput = z
  .object({
    kind: z.enum(EXPORT_KINDS, { error: '请选择导出类别' }),
    driveId: z.number().int().positive().optional(),
    from: day('开始日期').optional(),
    to: day('结束日期').optional(),
    format: z.enum(EXPORT_FORMATS).default('xlsx'),
  })
  .strict()
  .superRefine((input, ctx) => {
    const range = input.from !== undefined || input.to !== undefined;
    if (input.kind !== 'drive-report') {
      if (input.driveId !== undefined || range) ctx.addIssue({ code: 'custom', path: ['kind'], message: '只有献血活动报告需要选择活动或日期范围' });
      return;
    }
    if (input.driveId !== undefined && range) ctx.addIssue({ code: 'custom', path: ['driveId'], message: '请选择一次献血活动，或一个日期范围，不能同时选择' });
    else if (input.driveId === undefined && (input.from === undefined || input.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: [input.from === undefined ? 'from' : 'to'], message: '请选择一次献血活动，或填写开始和结束日期' });
    } else if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    }
  });
export type ExportCreateInput = z.input<typeof ExportCreateInput>;

export const ExportListInput = z
  .object({
    kind: z.enum(EXPORT_KINDS).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const templateOf = <K extends ExportKind>(kind: K) => z.object({ kind: z.literal(kind), template: exportTemplateSchema(kind) }).strict();
export const TemplateSaveInput = z.discriminatedUnion('kind', [templateOf('cmdp'), templateOf('organ'), templateOf('drive-report')]);

export const exportsMethods = {
  'exports.list': method<ExportBatchPage>()(ExportListInput),
  'exports.create': method<ExportResult>()(ExportCreateInput),
  /** Writes the batch's file again from its recorded rows, into the staging store. */
  'exports.download': method<StagedFile>()(z.object({ batchId, format: z.enum(EXPORT_FORMATS).default('xlsx') }).strict()),
  'exports.submit': method<ExportBatch>()(z.object({ batchId }).strict()),
  /** `fileId`: the registry's returned sheet (CMDP: donor IDs per ID number), uploaded first. */
  'exports.close': method<ExportBatch>()(z.object({ batchId, fileId: FileId.optional() }).strict()),
  'exports.reopen': method<ExportBatch>()(
    z.object({ batchId, reason: z.string({ error: '请说明重新打开的原因' }).trim().min(1, '请说明重新打开的原因').max(200, '原因不能超过200个字') }).strict(),
  ),
  'exports.templates': method<TemplateState[]>()(z.object({}).strict().default({})),
  'exports.saveTemplate': method<TemplateState>()(TemplateSaveInput),
  'exports.resetTemplate': method<TemplateState>()(z.object({ kind: z.enum(EXPORT_KINDS) }).strict()),
} as const;
