// Commands over the registry file itself: create, count, check, back up and restore.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../contract/errors';
import { SCHEMA_VERSION } from '../../registry/db/migrations';
import type { Registry } from '../../registry/registry';
import { restoreBackup } from '../../registry/backups/restore';
import { BACKUP_PASSPHRASE_ENV, openUnlocked } from '../passphrase';
import { defaultDbPath } from '../../registry/paths';
import { registryStats } from '../../registry/stats';
import { CLI_ACTOR, emit, type GlobalOptions } from '../output';

export function dbPathOf(options: GlobalOptions): string {
  return resolve(options.db ?? defaultDbPath());
}

export async function withRegistry<T>(options: GlobalOptions, work: (registry: Registry) => T | Promise<T>): Promise<T> {
  const host = await openUnlocked(dbPathOf(options));
  try {
    return await work(host.registry());
  } finally {
    host.close();
  }
}

export async function init(options: GlobalOptions): Promise<void> {
  const path = dbPathOf(options);
  const created = !existsSync(path);
  await withRegistry(options, () => undefined);
  emit(options, { db: path, created, schemaVersion: SCHEMA_VERSION }, `${created ? '已创建' : '已打开'}登记数据库：${path}（结构版本 ${SCHEMA_VERSION}）`);
}

export async function stats(options: GlobalOptions): Promise<void> {
  const counts = await withRegistry(options, (r) => registryStats(r.db));
  emit(options, counts, Object.entries(counts).map(([program, n]) => `${program}: ${n}`).join('\n'));
}

export async function verify(options: GlobalOptions): Promise<void> {
  const report = await withRegistry(options, (r) => r.verify());
  emit(options, report, report.ok ? '数据库检查通过' : `数据库检查发现问题：${report.integrity.join('；')}`);
  if (!report.ok) process.exitCode = 1;
}

export async function backup(file: string, options: GlobalOptions): Promise<void> {
  const dest = resolve(file);
  await withRegistry(options, (r) => r.backup(dest));
  const bytes = statSync(dest).size;
  emit(options, { backup: dest, bytes }, `已备份到 ${dest}（${bytes} 字节）`);
}

export async function restore(file: string, options: GlobalOptions): Promise<void> {
  const target = dbPathOf(options);
  const source = resolve(file);
  // The app's restore: the backup checked first, the current data kept as a 'before-restore'
  // backup in the list, the file replaced (keeping the registry's current key) and reopened,
  // which migrates an older backup now, and the restore audited in the restored registry.
  const host = await openUnlocked(target);
  try {
    // A backup made under an earlier passphrase opens with that one (SANXIAN_BACKUP_PASSPHRASE).
    const passphrase = process.env[BACKUP_PASSPHRASE_ENV];
    const { result } = await restoreBackup(host, { file: source, ...(passphrase ? { passphrase } : {}) }, CLI_ACTOR).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') {
        throw new ApiError('WRONG_PASSPHRASE', `该备份的口令与登记库当前口令不同：请在环境变量 ${BACKUP_PASSPHRASE_ENV} 中给出备份时的口令，未做任何更改`);
      }
      throw error;
    });
    emit(options, { restored: source, db: target, beforeRestore: result.beforeRestore }, `已从 ${source} 恢复。恢复前的数据已备份为 ${result.beforeRestore}`);
  } finally {
    host.close();
  }
}
