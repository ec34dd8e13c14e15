// What the one search box was given: a name (or part of one), pinyin, or a number (document
// or phone, whole or its tail). The shape of the text decides; staff never pick a mode.
import { parseMobile, parseResidentId } from '../../contract/validation';

export type SearchTerm =
  /** Chinese (or other non-Latin) text: part of a name; 3+ characters also address and notes. */
  | { readonly kind: 'name'; readonly text: string }
  /** Latin letters only, lower case: full pinyin or initials, as a prefix. */
  | { readonly kind: 'pinyin'; readonly letters: string }
  /** Digits (and letters, as in passports and a final X), upper case: whole or the tail. */
  | { readonly kind: 'number'; readonly digits: string }
  /** Nothing searchable: empty, or a number too short to say whose it is. */
  | { readonly kind: 'none' };

/** The fewest characters of a number that are searched, as its tail. */
export const MIN_NUMBER_TAIL = 4;

export function parseSearchTerm(query: string): SearchTerm {
  // NFKC turns full-width digits, letters and spaces (input methods produce them) into ASCII.
  const text = query.normalize('NFKC').trim();
  if (text === '') return { kind: 'none' };
  const mobile = parseMobile(text);
  if (mobile !== null) return { kind: 'number', digits: mobile };
  // Spaces and dashes are how people write phone numbers (138 1234, 0754-8888-1234).
  const compact = text.replace(/[\s-]+/g, '');
  if (/^[a-z]+$/i.test(compact)) return { kind: 'pinyin', letters: compact.toLowerCase() };
  if (/^[0-9a-z]+$/i.test(compact)) {
    if (compact.length < MIN_NUMBER_TAIL) return { kind: 'none' };
    // A legacy 15-digit ID is stored as its 18-digit form.
    const id = compact.length === 15 ? parseResidentId(compact) : null;
    return { kind: 'number', digits: id?.ok ? id.value : compact.toUpperCase() };
  }
  return { kind: 'name', text: text.replace(/\s+/g, '') };
}
