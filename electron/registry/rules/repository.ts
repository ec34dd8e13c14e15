// The rule in force on a date: the newest version effective on or before it, else the default.
// Values are re-validated on read, so a row that no longer fits its schema falls back safely.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { RULES, RULE_KEYS, type RuleKey, type RuleState, type RuleValue, type RuleVersion } from '../../contract/rules';
import { localToday } from '../../contract/validation/calendar';
import { recordAudit } from '../audit/log';

interface RuleRow {
  id: number;
  value: string;
  effective_from: string;
  source: string;
  note: string | null;
  created_at: string;
  created_by: string;
}


function defaultVersion(key: RuleKey): RuleVersion {
  const def = RULES[key];
  return { version: 0, value: def.defaultValue, effectiveFrom: null, source: def.source, note: null, createdAt: null, createdBy: null };
}

function toVersion(row: RuleRow): RuleVersion {
  return {
    version: row.id,
    value: JSON.parse(row.value),
    effectiveFrom: row.effective_from,
    source: row.source,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function versions(db: Database, key: RuleKey): RuleVersion[] {
  const rows = db.prepare('SELECT * FROM rule_version WHERE key = ? ORDER BY effective_from DESC, id DESC').all(key) as RuleRow[];
  return rows.map(toVersion).filter((v) => RULES[key].schema.safeParse(v.value).success);
}

function stateOf(db: Database, key: RuleKey, onDate: string): RuleState {
  const history = [...versions(db, key), defaultVersion(key)];
  const current = history.find((v) => v.effectiveFrom === null || v.effectiveFrom <= onDate) ?? defaultVersion(key);
  return { key, current, history };
}

/** The typed value of a rule in force on `onDate` (default today). */
export function getRule<K extends RuleKey>(db: Database, key: K, onDate = localToday()): RuleValue<K> {
  return stateOf(db, key, onDate).current.value as RuleValue<K>;
}

export function listRules(db: Database, onDate = localToday()): RuleState[] {
  return RULE_KEYS.map((key) => stateOf(db, key, onDate));
}

export interface RuleChange {
  readonly key: RuleKey;
  readonly value: unknown;
  readonly effectiveFrom: string;
  readonly source: string;
  readonly note?: string;
}

/** Adds a version; earlier versions stay, so past decisions can be explained. */
export function updateRule(db: Database, change: RuleChange, actor: string): RuleState {
  return db.transaction(() => {
    const before = getRule(db, change.key, change.effectiveFrom);
    const value = RULES[change.key].schema.parse(change.value);
    db.prepare(
      `INSERT INTO rule_version (key, value, effective_from, source, note, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(change.key, JSON.stringify(value), change.effectiveFrom, change.source, change.note ?? null, new Date().toISOString(), actor);
    recordAudit(db, { actor, action: 'rule.update', entity: 'rule', before: { key: change.key, value: before }, after: { ...change, value } });
    return stateOf(db, change.key, localToday());
  })();
}
