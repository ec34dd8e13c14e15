// Where backups live and how each is described: the automatic folder beside the registry, file
// names with the local date and time, the `<backup>.json` manifest written once the backup has
// been checked, and the list as staff see it. Every .sqlite3 file in the folder is listed, with
// or without a manifest, and one that does not open says so: a backup is never hidden.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { BACKUP_REASONS, type BackupEntry, type BackupManifest, type BackupStatus } from '../../contract/backups';
import { syncFile } from '../db/maintenance';
import { openDatabase, APPLICATION_ID, type OpenOptions } from '../db/open';
import { fileState } from '../vault/key';

const BACKUP_EXTENSION = '.sqlite3';

export const backupsFolderOf = (registryPath: string): string => join(dirname(registryPath), 'backups');

export const manifestOf = (backupPath: string): string => `${backupPath}.json`;

const pad = (n: number) => String(n).padStart(2, '0');

/** `registry-2026-12-07-0930.sqlite3`: named after the registry file, in the office's local time; `-2`… when the minute is taken. */
export function backupPathFor(folder: string, registryPath: string, at: Date): string {
  const stem = basename(registryPath, extname(registryPath));
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  for (let n = 1; ; n++) {
    const path = join(folder, `${stem}-${stamp}${n === 1 ? '' : `-${n}`}${BACKUP_EXTENSION}`);
    if (!existsSync(path) && !existsSync(manifestOf(path))) return path;
  }
}

const Counts = z.object({
  people: z.number(),
  donations: z.number(),
  enrollments: z.number(),
  pledges: z.number(),
  wristbandParticipants: z.number(),
});
const Manifest = z.object({
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number(),
  encrypted: z.boolean(),
  schemaVersion: z.number(),
  counts: Counts,
  verify: z.object({ ok: z.boolean(), checkedAt: z.string(), problem: z.string().nullable() }),
  auditMark: z.object({ id: z.number(), at: z.string() }).nullable().optional(),
});

/** The manifest beside `backupPath`; null when there is none or it cannot be read. */
export function readManifest(backupPath: string): BackupManifest | null {
  try {
    const parsed = Manifest.safeParse(JSON.parse(readFileSync(manifestOf(backupPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written beside the backup through a synced temp file, so a crash leaves the old manifest or the new one. */
export function writeManifest(backupPath: string, manifest: BackupManifest): void {
  const file = manifestOf(backupPath);
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify(manifest, null, 2)}\n`);
  syncFile(partial);
  renameSync(partial, file);
}

/** Deletes a backup, then its manifest: cut short between the two, what is left is a manifest the list ignores, not a backup listed as unchecked. */
export function removeBackupFiles(backupPath: string): void {
  rmSync(backupPath, { force: true });
  rmSync(manifestOf(backupPath), { force: true });
}

/** The backups in `folder`, newest first; partial files (dot-names) are not backups yet. */
export function backupFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(BACKUP_EXTENSION) && !name.startsWith('.'))
    .map((name) => join(folder, name));
}

/**
 * Deletes what an interrupted backup left in `folder` (its temp copy, a half-written manifest)
 * once it is older than `minAgeMs`: younger ones may belong to a backup still running elsewhere
 * (the CLI). Left alone they would keep a copy of the registry nobody sees, perhaps unencrypted.
 */
export function removeLeftovers(folder: string, now: Date, minAgeMs: number): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!/\.partial(\.sqlite3)?(-journal)?$/.test(name)) continue;
    const path = join(folder, name);
    if (now.getTime() - statSync(path).mtime.getTime() >= minAgeMs) rmSync(path, { force: true });
  }
}

/** When a backup without a manifest was made: from its name if it is one of ours, else the file's time. */
function createdAtOf(path: string, manifest: BackupManifest | null): string {
  if (manifest) return manifest.createdAt;
  const m = /-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-\d+)?\.sqlite3$/.exec(basename(path));
  if (m) {
    const [year, month, day, hour, minute] = m.slice(1).map(Number);
    const at = new Date(year, month - 1, day, hour, minute);
    if (!Number.isNaN(at.getTime())) return at.toISOString();
  }
  return statSync(path).mtime.toISOString();
}

/** SQLite's smallest page size: every database file is a whole number of pages. */
const MIN_PAGE_SIZE = 512;

type Probe = { readonly status: Exclude<BackupStatus, 'unverified'>; readonly problem: string | null };

/**
 * A quick look, for the list: the file opens with `options.key` as one of our registries. The
 * full check (integrity_check) reads every page, too slow for a list; the manifest's recorded
 * size catches a backup truncated or changed since its check.
 */
function probe(path: string, options: OpenOptions): Probe {
  const state = fileState(path);
  if (state === 'empty') return { status: 'failed', problem: '备份文件是空的' };
  // Whole pages, encrypted or not: anything else is some other file, or a copy cut short.
  if (state === 'encrypted' && statSync(path).size % MIN_PAGE_SIZE !== 0) return { status: 'failed', problem: '不是三献登记数据库，或是不完整的加密备份' };
  if (state === 'encrypted' && !options.key) return { status: 'other-key', problem: '此备份已加密（或不是三献登记数据库），需要备份时的数据库口令才能打开' };
  try {
    const db = openDatabase(path, { ...options, readonly: true });
    try {
      const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID && (db.pragma('user_version', { simple: true }) as number) >= 1;
      return ours ? { status: 'ok', problem: null } : { status: 'failed', problem: '不是三献登记数据库' };
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') {
      return { status: 'other-key', problem: '此备份是用以前的数据库口令加密的，恢复时需要输入当时的口令' };
    }
    return { status: 'failed', problem: error instanceof Error ? error.message : String(error) };
  }
}

/** One backup as the list shows it. */
export function describeBackup(path: string, options: OpenOptions): BackupEntry {
  const bytes = statSync(path).size;
  const manifest = readManifest(path);
  const opened = probe(path, options);
  const judged = ((): Pick<BackupEntry, 'status' | 'problem'> => {
    if (opened.status !== 'ok') return opened;
    if (!manifest) return { status: 'unverified', problem: '没有校验记录（可能是复制进来的文件，或写入校验记录前程序中断）' };
    if (manifest.bytes !== bytes) return { status: 'failed', problem: `文件大小与校验时不符（校验时 ${manifest.bytes} 字节，现在 ${bytes} 字节），文件可能已损坏` };
    if (!manifest.verify.ok) return { status: 'failed', problem: manifest.verify.problem ?? '校验未通过' };
    return { status: 'ok', problem: null };
  })();
  return { name: basename(path), path, bytes, createdAt: createdAtOf(path, manifest), manifest, ...judged };
}

/** Every backup in `folder`, newest first. */
export function listBackupsIn(folder: string, options: OpenOptions): BackupEntry[] {
  return backupFilesIn(folder)
    .map((path) => describeBackup(path, options))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** A folder a backup cannot be written to: a USB stick not plugged in, a path mistyped, no permission. */
export const folderUnavailable = (folder: string, cause: unknown) =>
  new ApiError('NOT_FOUND', `无法在此位置写入备份：${folder}（${(cause as Error).message}）`, { folder, reason: 'FOLDER_UNAVAILABLE' });

export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw folderUnavailable(folder, error);
  }
}
