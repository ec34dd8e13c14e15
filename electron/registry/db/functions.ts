// SQL functions the search index triggers call (migration 0005). SQLite has neither pinyin nor
// a string reverse, and the index is kept by triggers so that no code path writing a person can
// forget it — so every connection must have these, and openDatabase registers them on each one.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { namePinyin, numberKey, type NamePinyin } from '../search/keys';

export function registerFunctions(db: Database): void {
  // A trigger asks for the full pinyin and then the initials of the same name; computing them
  // once halves the cost of a bulk insert.
  let lastName: string | null = null;
  let last: NamePinyin = { full: '', initials: '' };
  const pinyinOf = (name: string): NamePinyin => {
    if (name !== lastName) {
      last = namePinyin(name);
      lastName = name;
    }
    return last;
  };
  const deterministic = { deterministic: true };
  db.function('pinyin_full', deterministic, (name: unknown) => (typeof name === 'string' ? pinyinOf(name).full : null));
  db.function('pinyin_initials', deterministic, (name: unknown) => (typeof name === 'string' ? pinyinOf(name).initials : null));
  db.function('number_key', deterministic, (text: unknown) => (typeof text === 'string' ? numberKey(text) : null));
}
