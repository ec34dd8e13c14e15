// Printing, as far as the registry is concerned: every print and every saved PDF is written to
// the audit log (what, how many, which part of the roster, who). The pages themselves are
// renderer routes (#/print/…); the registry only hears that they were printed.
//
// `print.savePdf` is answered by the Electron shell itself (webContents.printToPDF and a save
// dialog, electron/shell/print-pdf.ts), because only the shell can render its own window to a
// PDF. Every other host (browser mode, CLI, tests) answers it with a refusal whose details say
// SHELL_ONLY, and the renderer then opens the browser's print dialog, where staff choose
// "另存为 PDF". This keeps the preload's one `rpc` bridge as the renderer's only door.
import { z } from 'zod';
import { optionalNotes } from './fields';
import { method } from './spec';

/** What can be printed. The overview's report prints through the same framework. */
export const PRINT_DOCUMENTS = ['wristband.cards', 'wristband.roster', 'overview.report'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];
export const PRINT_DOCUMENT_LABELS: Readonly<Record<PrintDocument, string>> = {
  'wristband.cards': '爱心手环卡片',
  'wristband.roster': '爱心手环名册',
  'overview.report': '统计报表',
};

export const PRINT_OUTPUTS = ['printer', 'pdf'] as const;
export type PrintOutput = (typeof PRINT_OUTPUTS)[number];

/**
 * How a print is named in the audit log. Entities there are single names (wristband_participant)
 * that the log's labels look up as one key, so the document's dot becomes an underscore.
 */
export const printAudit = (document: PrintDocument, output: PrintOutput) => ({
  action: `print.${output}`,
  entity: document.replace('.', '_'),
});

/** The part of the document printed, e.g. one village; cards and rows counted, not sheets. */
const printedDocument = {
  document: z.enum(PRINT_DOCUMENTS, { error: '未知的打印内容' }),
  count: z.number({ error: '打印份数应为数字' }).int().min(0).max(1_000_000),
  /** Which part was printed (村/社区 or 网格), as staff would read it in the log. */
  scope: optionalNotes('打印范围', 200),
};

export const PrintRecordInput = z.object({ ...printedDocument, output: z.enum(PRINT_OUTPUTS, { error: '未知的打印方式' }) }).strict();
export type PrintRecordInput = z.input<typeof PrintRecordInput>;

export const PdfSaveInput = z
  .object({
    ...printedDocument,
    /** Suggested file name, without folder or extension. */
    fileName: z
      .string({ error: '请填写文件名' })
      .trim()
      .min(1, '请填写文件名')
      .max(80, '文件名不能超过80个字')
      .refine((name) => !/[\\/:*?"<>|]/.test(name) && [...name].every((c) => c >= ' '), '文件名不能包含 \\ / : * ? " < > | 等字符'),
  })
  .strict();
export type PdfSaveInput = z.input<typeof PdfSaveInput>;

export interface PrintRecorded {
  readonly recordedAt: string;
}

export interface PdfSaved {
  /** Where the PDF was written; null when staff closed the save dialog. */
  readonly savedTo: string | null;
}

/** The details of the refusal hosts other than the Electron shell give to `print.savePdf`. */
export const PDF_SHELL_ONLY = 'SHELL_ONLY';

export const printMethods = {
  'print.record': method<PrintRecorded>()(PrintRecordInput),
  'print.savePdf': method<PdfSaved>()(PdfSaveInput),
} as const;
