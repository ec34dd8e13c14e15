// What an audit entry changed, as rows staff can read: for each field that differs, its value
// before and after (masked as the log stores them). A merge also says whom it merged in and
// how many records moved across.
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../electron/contract/audit';
import { ETHNICITIES } from '../../../../electron/contract/validation';
import { catalogueTextOr } from '../../i18n/dynamic';

export interface ChangeRow {
  readonly field: string;
  /** undefined: the field did not exist before (a creation). */
  readonly before?: string;
  readonly after?: string;
}

export interface AuditChanges {
  /** Lines that describe the entry as a whole (a merge's source and what moved). */
  readonly summary: readonly string[];
  readonly rows: readonly ChangeRow[];
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function formatValue(t: TFunction, english: boolean, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (field === 'sex' && (value === 'M' || value === 'F')) return t(`sex.${value}`);
  if (field === 'bloodRh' && (value === '+' || value === '-')) return t(`rh.${value}`);
  if (field === 'docType' && typeof value === 'string') return catalogueTextOr(`docType.${value}`, value);
  if (field === 'ethnicity' && typeof value === 'string') {
    const found = ETHNICITIES.find((e) => e.code === value);
    return found ? (english ? found.romanized : found.name) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.none');
    return value.map((item) => (isFields(item) ? Object.values(item).filter((v) => v !== null && v !== '').join(' ') : String(item))).join('；');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function diffRows(t: TFunction, english: boolean, entity: string, before: unknown, after: unknown): ChangeRow[] {
  const b = isFields(before) ? before : undefined;
  const a = isFields(after) ? after : undefined;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const label = (key: string) => (entity === 'person' ? catalogueTextOr(`person.${key}`, key) : key);
  return keys
    .filter((key) => JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]))
    .map((key) => ({
      field: label(key),
      ...(b === undefined ? {} : { before: formatValue(t, english, key, b[key]) }),
      ...(a === undefined ? {} : { after: formatValue(t, english, key, a[key]) }),
    }));
}

export function auditChanges(t: TFunction, english: boolean, entry: AuditEntry): AuditChanges {
  if (entry.action !== 'person.merge' || !isFields(entry.before) || !isFields(entry.after)) {
    return { summary: [], rows: diffRows(t, english, entry.entity, entry.before, entry.after) };
  }
  const merged = isFields(entry.before.merged) ? entry.before.merged : {};
  const moved = isFields(entry.after.moved) ? entry.after.moved : {};
  const movedText = Object.entries(moved)
    .map(([ref, count]) => `${catalogueTextOr(`audit.tables.${ref.split('.')[0]}`, ref)} ${t('audit.movedCount', { count: Number(count) })}`)
    .join('；');
  return {
    summary: [
      t('audit.mergedFrom', { id: String(merged.id ?? entry.after.mergedId), name: String(merged.name ?? '') }),
      ...(movedText ? [`${t('audit.moved')}：${movedText}`] : []),
    ],
    rows: diffRows(t, english, 'person', entry.before.kept, entry.after.kept),
  };
}
