// Writes an export's rows through its template into .xlsx (exceljs's streaming writer, so a
// 100,000-row batch never sits in memory as a workbook) or into .csv with a BOM. Every value
// goes through cells.ts. Given the same rows, template and time the .xlsx is the same bytes:
// the workbook's created/modified properties are the batch's time and so are the zip entries'.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { ExportTemplate } from '../../../contract/exportTemplates';
import type { ExportFormat } from '../../../contract/exports';
import { csvField, csvRecord, CSV_BOM, setSheetCell, sheetCell, type RawValue } from '../cells';
import { fixZipEntryTimes } from './zipTimes';

/** One line of an export as chosen: field → value (dates as YYYY-MM-DD). */
export type ExportRow = Readonly<Record<string, string | number | null>>;

/** A line as written and kept with the batch: one value per template column, in order. */
export type ExportLine = readonly (string | number | null)[];

/** The line of `row` under the template's columns. */
export const lineOf = (template: ExportTemplate, row: ExportRow): ExportLine => template.columns.map((c) => row[c.field] ?? null);

export interface SheetContent {
  readonly template: ExportTemplate;
  readonly rows: Iterable<ExportLine>;
  /** Lines after the rows (a drive report's totals), written as text under the first columns. */
  readonly footer?: readonly (readonly RawValue[])[];
  /** The batch's time: the workbook's properties and the zip entries carry it. */
  readonly createdAt: string;
}

const APPLICATION = '三献与爱心手环登记';
const ROWS_PER_TURN = 100;

// The streaming writer only reaches the disk when the event loop turns: without these pauses a
// large batch would pile up in memory, and the app would not answer other calls meanwhile.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function columnWidth(header: string, format: string): number {
  if (format === 'document') return 22;
  if (format === 'date' || format === 'phone') return 14;
  // A CJK character is about two Latin ones wide.
  return Math.min(40, Math.max(8, [...header].length * 2 + 2));
}

async function writeXlsx(path: string, content: SheetContent): Promise<void> {
  const at = new Date(content.createdAt);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  book.created = at;
  book.modified = at;
  book.creator = APPLICATION;
  book.lastModifiedBy = APPLICATION;
  const { columns } = content.template;
  const sheet = book.addWorksheet(content.template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Each column carries its format (so a line staff add in Excel keeps an ID number as text);
  // a cell names its own only when it differs, since a style per cell costs exceljs dearly.
  const formats = columns.map((c) => sheetCell(null, c.format).numFmt);
  sheet.columns = columns.map((c, i) => ({ key: c.field, width: columnWidth(c.header, c.format), style: { numFmt: formats[i] } }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    setSheetCell(cell, c.header, 'text');
    cell.font = { bold: true };
  });
  header.commit();
  let n = 2;
  for (const values of content.rows) {
    const row = sheet.getRow(n);
    columns.forEach((c, i) => {
      const { value, numFmt } = sheetCell(values[i], c.format);
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (numFmt !== formats[i]) cell.numFmt = numFmt;
    });
    row.commit();
    n += 1;
    if (n % ROWS_PER_TURN === 0) await nextTurn();
  }
  for (const line of content.footer ?? []) {
    const row = sheet.getRow(n);
    line.forEach((value, i) => setSheetCell(row.getCell(i + 1), value, typeof value === 'number' ? 'decimal' : 'text'));
    row.font = { bold: true };
    row.commit();
    n += 1;
  }
  sheet.commit();
  await book.commit();
  fixZipEntryTimes(path, at);
}

async function writeCsv(path: string, content: SheetContent): Promise<void> {
  const out = createWriteStream(path);
  const { columns } = content.template;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(CSV_BOM + csvRecord(columns.map((c) => csvField(c.header, 'text'))));
  let chunk = '';
  for (const values of content.rows) {
    chunk += csvRecord(columns.map((c, i) => csvField(values[i], c.format)));
    if (chunk.length > 64 * 1024) {
      await write(chunk);
      chunk = '';
    }
  }
  for (const line of content.footer ?? []) chunk += csvRecord(line.map((value) => csvField(value, typeof value === 'number' ? 'decimal' : 'text')));
  await write(chunk);
  out.end();
  await once(out, 'finish');
}

export function writeExport(path: string, format: ExportFormat, content: SheetContent): Promise<void> {
  return format === 'xlsx' ? writeXlsx(path, content) : writeCsv(path, content);
}
