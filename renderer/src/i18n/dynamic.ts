// Text for a key known only at run time (an audit action, a table name another program added):
// the catalogue's text when it has one, else the raw value, which is better than nothing.
import { i18n } from '.';

export function catalogueTextOr(key: string, fallback: string): string {
  return i18n.exists(key) ? (i18n.t as (key: string) => string)(key) : fallback;
}
