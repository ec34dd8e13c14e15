// `sanxian import FILE --kind KIND [--dry-run] [--on-duplicate skip|update|overwrite] [--drive ID]`:
// the same preview and commit the import page uses. With --json exactly
// {"file","kind","rows","valid","invalid","committed","created","updated","skipped","issues":[...]}.
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { ApiError } from '../../contract/errors';
import { DUPLICATE_ACTIONS, IMPORT_KINDS, type DuplicateAction, type ImportKind } from '../../contract/imports';
import { commitImport } from '../../registry/exchange/import/commit';
import { previewImport } from '../../registry/exchange/import/preview';
import { sha256Of } from '../../registry/files/store';
import { CLI_ACTOR, emit, type GlobalOptions } from '../output';
import { withRegistry } from './registry';

export interface ImportOptions extends GlobalOptions {
  readonly kind: ImportKind;
  readonly dryRun?: boolean;
  readonly onDuplicate: DuplicateAction;
  readonly drive?: number;
}

/** Who the audit log names for an import run from the command line. */

export async function importFile(file: string, options: ImportOptions): Promise<void> {
  const path = resolve(file);
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `找不到文件：${file}`);
  const result = await withRegistry(options, async ({ db }) => {
    const data = await previewImport(db, { path, name: basename(path), sha256: sha256Of(path), kind: options.kind, driveId: options.drive });
    // On stderr, so --json output stays one document: a long commit should not look like a hang.
    if (!options.dryRun) process.stderr.write(`检查完毕：${data.preview.valid} 行有效，正在写入登记库……\n`);
    const written = options.dryRun ? null : commitImport(db, data, { onDuplicate: options.onDuplicate, decisions: {} }, CLI_ACTOR);
    const { preview } = data;
    return {
      file: path,
      kind: options.kind,
      rows: preview.rows,
      valid: preview.valid,
      invalid: preview.invalid,
      committed: written !== null,
      created: written?.created ?? 0,
      updated: written?.updated ?? 0,
      skipped: written?.skipped ?? 0,
      issues: data.issues,
    };
  });
  const summary = `${result.rows} 行：有效 ${result.valid}，有问题 ${result.invalid}；${
    result.committed ? `已导入：新增 ${result.created}，更新 ${result.updated}，跳过 ${result.skipped}` : '试运行，未写入'
  }`;
  const lines = result.issues.slice(0, 50).map((i) => `  第 ${i.row} 行 [${i.code}] ${i.message}`);
  if (result.issues.length > 50) lines.push(`  ……另有 ${result.issues.length - 50} 条`);
  emit(options, result, [summary, ...lines].join('\n'));
}

/** Argument parsers for the command's options, with the choices named in the message. */
export const importArgs = {
  kind(value: string): ImportKind {
    if (!(IMPORT_KINDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`导入类型应为 ${IMPORT_KINDS.join('、')} 之一`);
    return value as ImportKind;
  },
  onDuplicate(value: string): DuplicateAction {
    if (!(DUPLICATE_ACTIONS as readonly string[]).includes(value)) throw new InvalidArgumentError(`应为 ${DUPLICATE_ACTIONS.join('、')} 之一`);
    return value as DuplicateAction;
  },
  drive(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('献血活动编号应为正整数');
    return n;
  },
};
