// Where an export's template comes from: staff's own version, kept in the registry's settings
// table (it survives app updates and goes into backups with the registry), else the default
// shipped in resources/templates. Both are checked against the kind's schema every time they
// are read, so a template broken by hand or left behind by an older version stops the export
// with a message saying what to fix, instead of writing a broken file.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, exportTemplateSchema, TEMPLATE_FIELDS, type ExportKind, type ExportTemplate, type TemplateState } from '../../../contract/exports';
import { recordAudit } from '../../audit/log';
import { resourcePath } from '../../resources';

const settingKey = (kind: ExportKind) => `exports.template.${kind}`;

function checked(kind: ExportKind, value: unknown, where: string): ExportTemplate {
  const parsed = exportTemplateSchema(kind).safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new ApiError('INVALID_INPUT', `${where}的“${EXPORT_KIND_LABELS[kind]}”导出模板有误：${first.message}。请在 设置 → 导出模板 中修改或恢复默认。`, {
    kind,
    issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
  });
}

function parseJson(text: string, kind: ExportKind, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('INVALID_INPUT', `${where}的“${EXPORT_KIND_LABELS[kind]}”导出模板不是有效的 JSON。请在 设置 → 导出模板 中恢复默认。`, { kind });
  }
}

export function defaultTemplate(kind: ExportKind): ExportTemplate {
  let text: string;
  try {
    text = readFileSync(resourcePath('templates', `${kind}.json`), 'utf8');
  } catch {
    throw new ApiError('NOT_FOUND', `找不到“${EXPORT_KIND_LABELS[kind]}”的默认导出模板文件，请重新安装程序`, { kind });
  }
  return checked(kind, parseJson(text, kind, '程序自带'), '程序自带');
}

function storedTemplate(db: Database, kind: ExportKind): ExportTemplate | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(settingKey(kind)) as { value: string } | undefined;
  return row === undefined ? null : checked(kind, parseJson(row.value, kind, '已保存'), '已保存');
}

/** The template an export of `kind` uses now. */
export function templateFor(db: Database, kind: ExportKind): ExportTemplate {
  return storedTemplate(db, kind) ?? defaultTemplate(kind);
}

// A broken saved template is shown with its problem and the default in its place, so staff
// can open the editor and fix it; exports refuse it (templateFor) until they do.
function stateOf(db: Database, kind: ExportKind): TemplateState {
  const fields = TEMPLATE_FIELDS[kind];
  try {
    const stored = storedTemplate(db, kind);
    return { kind, template: stored ?? defaultTemplate(kind), custom: stored !== null, fields, problem: null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') throw error;
    return { kind, template: defaultTemplate(kind), custom: true, fields, problem: error.message };
  }
}

export function listTemplates(db: Database): TemplateState[] {
  return EXPORT_KINDS.map((kind) => stateOf(db, kind));
}

/** Keeps staff's template (already checked by the contract; checked again here for other callers). */
export function saveTemplate(db: Database, kind: ExportKind, template: unknown, actor: string): TemplateState {
  const valid = checked(kind, template, '要保存');
  return db.transaction(() => {
    const before = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(settingKey(kind)) as string | undefined;
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(settingKey(kind), JSON.stringify(valid));
    recordAudit(db, { actor, action: 'exports.template.save', entity: 'setting', before: before === undefined ? null : JSON.parse(before), after: { kind, ...valid } });
    return stateOf(db, kind);
  })();
}

/** Back to the shipped default. */
export function resetTemplate(db: Database, kind: ExportKind, actor: string): TemplateState {
  return db.transaction(() => {
    const { changes } = db.prepare('DELETE FROM setting WHERE key = ?').run(settingKey(kind));
    if (changes > 0) recordAudit(db, { actor, action: 'exports.template.reset', entity: 'setting', after: { kind } });
    return stateOf(db, kind);
  })();
}
