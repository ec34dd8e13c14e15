// The one place where a registry value becomes a spreadsheet cell, for every writer (export
// batches, the importer's sheet of invalid rows). Three promises staff rely on:
// - no cell is ever a formula: text that a spreadsheet would read as one (it begins with =, +,
//   -, @, tab or CR) gets a leading apostrophe, in xlsx and csv alike, as the OWASP
//   CSV-injection guidance advises; an xlsx can be re-saved as csv, so both are neutralised;
// - document numbers and phones are text cells with the text format '@', so Excel never turns
//   an ID number into 4.40513E+17 when someone edits the sheet;
// - dates are real dates (a date serial with a date format), so they sort and filter.
import type { Cell } from 'exceljs';
import type { CellFormat } from '../../contract/exportTemplates';

export type { CellFormat } from '../../contract/exportTemplates';

export type RawValue = string | number | boolean | Date | null | undefined;

/** What exceljs is given: never a formula object, never rich text. */
export interface SheetCell {
  readonly value: string | number | Date | null;
  readonly numFmt: string;
}

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
const NUMBER_FORMATS: Record<'integer' | 'decimal', string> = { integer: '0', decimal: '0.##' };

// Leading apostrophes are part of the pattern so that neutralising is reversible: a text that
// already begins with '= gains a second apostrophe, and restoring removes exactly one.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula, for reading back a sheet this program wrote. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A registry date (YYYY-MM-DD, or an ISO timestamp) as the Date exceljs stores as that day. */
function asDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  // exceljs turns a Date into a serial by its UTC time: midnight UTC is that calendar day.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? date : null;
}

function asText(value: Exclude<RawValue, null | undefined>): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The value and number format of one xlsx cell. Values that do not fit the format stay text. */
export function sheetCell(value: RawValue, format: CellFormat): SheetCell {
  if (value === null || value === undefined || value === '') {
    return { value: null, numFmt: format === 'date' ? DATE_FORMAT : format === 'integer' || format === 'decimal' ? NUMBER_FORMATS[format] : TEXT_FORMAT };
  }
  switch (format) {
    case 'date': {
      const date = typeof value === 'string' || value instanceof Date ? asDate(value) : null;
      return date ? { value: date, numFmt: DATE_FORMAT } : { value: neutraliseFormula(asText(value)), numFmt: TEXT_FORMAT };
    }
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      return Number.isFinite(n) ? { value: n, numFmt: NUMBER_FORMATS[format] } : { value: neutraliseFormula(asText(value)), numFmt: TEXT_FORMAT };
    }
    case 'text':
    case 'document':
    case 'phone':
      return { value: neutraliseFormula(asText(value)), numFmt: TEXT_FORMAT };
  }
}

/** Writes one value into an exceljs cell (a worksheet's or a streaming writer's). */
export function setSheetCell(cell: Cell, value: RawValue, format: CellFormat): void {
  const c = sheetCell(value, format);
  cell.value = c.value;
  cell.numFmt = c.numFmt;
}

/** One csv field: neutralised, always quoted (so separators and line breaks stay inside). */
export function csvField(value: RawValue, format: CellFormat): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (format === 'date' && (typeof value === 'string' || value instanceof Date)) text = asDate(value)?.toISOString().slice(0, 10) ?? neutraliseFormula(asText(value));
  else if ((format === 'integer' || format === 'decimal') && typeof value === 'number') text = String(value);
  else text = neutraliseFormula(asText(value));
  return `"${text.replaceAll('"', '""')}"`;
}

/** One csv line of already-built fields, ended CRLF as Excel writes it. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.join(',')}\r\n`;
}

/** Excel opens a UTF-8 csv as UTF-8 (not the system's GBK) only with this mark first. */
export const CSV_BOM = '\uFEFF';
