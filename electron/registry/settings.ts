// Settings kept in the registry, so the app and browser mode share them. Stored values are
// re-validated on read: a hand-edited or outdated value falls back to the default.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SETTING_DEFAULTS, SETTING_SCHEMAS, type SettingKey, type Settings } from '../contract/system';
import { recordAudit } from './audit/log';

export function getSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const settings: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const { key, value } of rows) {
    if (!Object.hasOwn(SETTING_SCHEMAS, key)) continue;
    const parsed = SETTING_SCHEMAS[key as SettingKey].safeParse(parseJson(value));
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}

export function updateSettings(db: Database, patch: Partial<Settings>, actor: string): Settings {
  return db.transaction(() => {
    const before = getSettings(db);
    for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
      if (value !== undefined) writeSetting(db, key, value as never);
    }
    const after = getSettings(db);
    recordAudit(db, { actor, action: 'settings.update', entity: 'setting', before, after });
    return after;
  })();
}

/** Stores one setting; callers audit the change the way it matters to them. */
export function writeSetting<K extends SettingKey>(db: Database, key: K, value: Settings[K]): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
