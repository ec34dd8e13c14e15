// The spellings real sheets use for dates, sex, blood groups and ID numbers, turned into the
// forms the registry's validators take. Each parser returns null for a value it cannot read;
// the caller turns that into an INVALID_VALUE issue naming the column.
import { isCalendarDate } from '../../../contract/validation/calendar';
import { normaliseDocumentNumber, parseAbo, parseRh, type AboGroup, type RhFactor, type Sex } from '../../../contract/validation';
import { restoreNeutralised } from '../cells';
import type { Cell } from './read';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: numbers without exponent or grouping, dates as YYYY-MM-DD, blank as ''. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  // A sheet this program exported carries an apostrophe before text that looks like a formula.
  return restoreNeutralised(String(cell).trim());
}

// Excel counts days from 1899-12-30 (the 1900 leap-year bug is folded into that origin).
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function ymd(y: number, m: number, d: number): string | null {
  const text = `${y}-${pad(m)}-${pad(d)}`;
  return isCalendarDate(text) ? text : null;
}

/**
 * Dates as sheets hold them: a real Excel date, an Excel serial number, 19950312 typed as a
 * number or text, 1995-03-12, 1995/3/12, 1995.3.12, 1995年3月12日 (a time after it is ignored).
 */
export function parseDateCell(cell: Cell): string | null {
  // exceljs gives a date cell as the UTC midnight of the day Excel shows.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 29991231) return parseDateCell(String(cell));
    if (cell > 0 && cell < 2958466) return new Date(EXCEL_EPOCH_UTC + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
    return null;
  }
  if (typeof cell !== 'string') return null;
  const text = cell.normalize('NFKC').trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return parts ? ymd(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

/** 男/女, 男性/女性, M/F, male/female. */
export function parseSexCell(text: string): Sex | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (['男', '男性', 'm', 'male'].includes(t)) return 'M';
  if (['女', '女性', 'f', 'female'].includes(t)) return 'F';
  return null;
}

/** One column holding both parts: A型, O, AB型Rh阴性, B型RH+, O型(阴性). */
export function parseBloodGroupCell(text: string): { abo: AboGroup; rh: RhFactor | null } | null {
  const t = text.normalize('NFKC').replace(/[\s()（）]/g, '').replace(/^血型/, '').toUpperCase();
  const match = /^(AB|A|B|O)型?(.*)$/.exec(t);
  if (!match) return null;
  const abo = parseAbo(match[1]);
  if (abo === null) return null;
  if (match[2] === '') return { abo, rh: null };
  const rh = parseRh(match[2]);
  return rh === null ? null : { abo, rh };
}

/**
 * An ID number Excel has already damaged: stored as a number (4.40513E+17, or 18 digits whose
 * last three became 000 because Excel keeps 15 significant digits), or such a number typed
 * back as text. The real number cannot be recovered from the cell.
 */
export function isUnrecoverableId(cell: Cell, checksumOk: boolean): boolean {
  // 15 digits (an old ID) survive as a number; 18 do not.
  if (typeof cell === 'number') return cell >= 1e15;
  if (typeof cell !== 'string') return false;
  const text = normaliseDocumentNumber(cell);
  if (/^\d(\.\d+)?E\+?\d+$/.test(text)) return true;
  return !checksumOk && /^\d{15}000$/.test(text);
}
