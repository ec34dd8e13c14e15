// The keys the search index stores for a person, computed the same way when a row is written
// (through the SQL functions in db/functions.ts) and when a query is read (query.ts).
import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  /** Syllables run together, lower case, ü as v: 张三 → zhangsan, 吕 → lv. */
  readonly full: string;
  /** First letter of each syllable: 张三 → zs. */
  readonly initials: string;
}

/**
 * Surname mode reads the first characters as a surname, so the polyphonic surnames come out the
 * way their bearers say them (单 shan, 曾 zeng, 解 xie, 仇 qiu), not the everyday readings.
 * Latin names (John Smith) keep their letters, one "syllable" per word.
 */
export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name.normalize('NFKC'), { mode: 'surname', toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z]+/))
    .filter((s) => s !== '');
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/**
 * A document or phone number as the tail search stores it: only its letters and digits (a
 * landline may be written 0754-8888 1234), upper case, reversed — so "ends with 1234" becomes
 * "starts with 4321", a range of an index.
 */
export function numberKey(text: string): string {
  return [...text.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '')].reverse().join('');
}
