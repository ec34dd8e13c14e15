// The statistics report as a spreadsheet, written by the exchange's writer (so every cell goes
// through cells.ts: no formulas, numbers as numbers) through a template staff may edit:
// resources/templates/report.json, the same format as the export batches' templates. Written
// into the staging store for the renderer to download, and recorded in the audit log.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { CELL_FORMATS, type ExportTemplate } from '../../contract/exportTemplates';
import type { StagedFile } from '../../contract/files';
import { REPORT_LINE_LABELS, REPORT_PROGRAM_LABELS, reportLines } from '../../contract/overview';
import { recordAudit } from '../audit/log';
import { lineOf, writeExport, type ExportRow } from '../exchange/export/writer';
import { fileStore } from '../files/store';
import { resourcePath } from '../resources';
import { periodReport } from './report';

/** What a column of the report template may show. */
export const REPORT_FIELDS = ['program', 'figure', 'current', 'previous', 'change', 'changeRate'] as const;

const ReportTemplate = z
  .object({
    name: z.string().trim().min(1).max(40),
    sheetName: z.string().trim().regex(/^[^[\]:*?/\\]{1,31}$/),
    columns: z.array(z.object({ header: z.string().trim().min(1).max(50), field: z.enum(REPORT_FIELDS), format: z.enum(CELL_FORMATS) }).strict()).min(1),
  })
  .strict();

export function reportTemplate(): ExportTemplate {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(resourcePath('templates', 'report.json'), 'utf8'));
  } catch {
    throw new ApiError('NOT_FOUND', '找不到或无法读取统计报表模板（templates/report.json），请重新安装程序', { template: 'report' });
  }
  const parsed = ReportTemplate.safeParse(value);
  if (!parsed.success) {
    throw new ApiError('INVALID_INPUT', `统计报表模板（templates/report.json）有误：${parsed.error.issues[0].message}`, { template: 'report' });
  }
  return parsed.data;
}

const percent = (rate: number | null) => (rate === null ? null : `${(rate * 100).toFixed(1)}%`);

export async function exportReport(db: Database, registryPath: string, from: string, to: string, actor: string): Promise<StagedFile> {
  const template = reportTemplate();
  const report = periodReport(db, from, to);
  const rows: ExportRow[] = reportLines(report).map((line) => ({
    program: REPORT_PROGRAM_LABELS[line.program],
    figure: REPORT_LINE_LABELS[line.key],
    current: line.current,
    previous: line.previous,
    change: line.change,
    changeRate: percent(line.changeRate),
  }));
  const { previous } = report;
  const footer = [[], ['本期', `${from} 至 ${to}`], ['上期', `${previous.from} 至 ${previous.to}`]];
  const store = fileStore(registryPath);
  const fileName = `统计报表_${from}_${to}.xlsx`;
  const { fileId, path } = store.create(fileName);
  await writeExport(path, 'xlsx', { template, rows: rows.map((row) => lineOf(template, row)), footer, createdAt: new Date().toISOString() });
  const staged = store.seal(fileId);
  recordAudit(db, { actor, action: 'overview.report.export', entity: 'report', after: { from, to, fileName, sha256: staged.sha256 } });
  return staged;
}
