// Finding the header row: sheets open with a merged title (XX献血活动名单), a date line or a
// blank row, so the header is the first row, among the first 30, in which at least two cells
// are known column names and one of them is the name or the ID number.
import type { ColumnSynonyms, ImportField } from './columns';
import { normaliseHeader } from './columns';
import type { Cell } from './read';
import { cellText } from './values';

export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMap {
  /** Column index (0 = A) → field. */
  readonly fields: ReadonlyMap<number, ImportField>;
  /** field → the sheet's column name. */
  readonly names: Readonly<Partial<Record<ImportField, string>>>;
  /** Every header cell's text, by column. */
  readonly texts: readonly string[];
  readonly ignored: readonly string[];
}

/** The row's columns mapped to fields, or null when the row is not the header. */
export function headerOf(cells: readonly Cell[], synonyms: ColumnSynonyms): HeaderMap | null {
  const fields = new Map<number, ImportField>();
  const names: Partial<Record<ImportField, string>> = {};
  const ignored: string[] = [];
  const texts = cells.map(cellText);
  texts.forEach((text, column) => {
    if (text === '') return;
    const field = synonyms.byName.get(normaliseHeader(text));
    // A second column for a field already found is ignored, not merged: which one is right cannot be known.
    if (field === undefined || names[field] !== undefined) ignored.push(text);
    else {
      fields.set(column, field);
      names[field] = text;
    }
  });
  const found = [...fields.values()];
  if (found.length < 2 || !(found.includes('name') || found.includes('docNumber'))) return null;
  return { fields, names, texts, ignored };
}

/** A footer line: its first filled cell starts 填表人：…, 审核人：…, 合计 …. */
export function isFooter(cells: readonly Cell[], footer: readonly string[]): boolean {
  for (const cell of cells) {
    const text = cellText(cell).replace(/\s+/g, '');
    if (text !== '') return footer.some((word) => text.startsWith(word));
  }
  return false;
}
