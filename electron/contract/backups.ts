// Backups of the registry file: the automatic ones kept in a folder beside the registry (made at
// start, at quit and daily, rotated), one on demand into that folder or a chosen one (a USB
// stick), checking a backup, restoring one and deleting one. Restoring replaces every record, so
// it is for administrators (ADMIN_METHODS in staff.ts) and signs everyone out afterwards;
// deleting is theirs too.
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';

export const BACKUP_REASONS = ['start', 'quit', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Rows in the main tables, recorded when the backup was checked, so staff can tell backups apart. */
export interface BackupCounts {
  readonly people: number;
  readonly donations: number;
  readonly enrollments: number;
  readonly pledges: number;
  readonly wristbandParticipants: number;
}

export interface BackupCheck {
  /** Opened, integrity_check ok, no foreign key violations. */
  readonly ok: boolean;
  readonly checkedAt: string;
  /** Why it failed, in Chinese (the registry's message); null when ok. */
  readonly problem: string | null;
}

/** The last audit entry in the backup: tells whether the registry has changed since. */
export interface AuditMark {
  readonly id: number;
  readonly at: string;
}

/** The sidecar `<backup>.json` written beside each backup once it has been checked. */
export interface BackupManifest {
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
  readonly encrypted: boolean;
  readonly schemaVersion: number;
  readonly counts: BackupCounts;
  readonly verify: BackupCheck;
  /** null for a registry with an empty log; absent in manifests written before it was recorded. */
  readonly auditMark?: AuditMark | null;
}

/**
 * What the list says of a backup: 'ok' checked and unchanged since; 'failed' does not open, was
 * changed since it was checked (size), or failed its check; 'unverified' opens but has no
 * manifest; 'other-key' encrypted under another passphrase than the registry's current one.
 */
export type BackupStatus = 'ok' | 'failed' | 'unverified' | 'other-key';

export interface BackupEntry {
  readonly name: string;
  /** Absolute path: what verify and restore take. */
  readonly path: string;
  readonly bytes: number;
  /** From the manifest; for a backup without one, from its name or the file's time. */
  readonly createdAt: string;
  readonly manifest: BackupManifest | null;
  readonly status: BackupStatus;
  readonly problem: string | null;
}

export interface BackupList {
  /** The automatic backups' folder, beside the registry. */
  readonly folder: string;
  /** Newest first. */
  readonly backups: readonly BackupEntry[];
}

export interface BackupVerifyResult {
  readonly path: string;
  readonly ok: boolean;
  readonly schemaVersion: number | null;
  readonly counts: BackupCounts | null;
  readonly problem: string | null;
}

export interface BackupRestoreResult {
  readonly restoredFrom: string;
  /** The 'before-restore' backup of the data that was replaced, in the automatic folder. */
  readonly beforeRestore: string;
}

const MAX_PATH = 4096;
/**
 * A full path (E:\… or /…). The registry may run on another computer's behalf (browser mode):
 * a relative path would be read from wherever the server happened to start.
 */
export const ABSOLUTE_PATH = /^([a-zA-Z]:[\\/]|[\\/])/;
const absolutePath = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(MAX_PATH, `${label}过长`)
    .regex(ABSOLUTE_PATH, `${label}应为完整路径（如 D:\\备份 或 /media/u盘）`);
/** The passphrase a backup was made under, when the registry's has changed since. */
const backupPassphrase = z.string().min(1, '请输入该备份的数据库口令').max(200, '口令不能超过200个字符').optional();

export const BackupCreateInput = z.object({ folder: absolutePath('备份位置').optional() }).strict().default({});
export const BackupFileInput = z.object({ file: absolutePath('备份文件'), passphrase: backupPassphrase }).strict();

/** A backup in the automatic folder, by its file name: deleting takes nothing from anywhere else. */
export const BackupDeleteInput = z
  .object({
    name: z
      .string({ error: '请选择要删除的备份' })
      .min(1, '请选择要删除的备份')
      .max(255, '备份文件名过长')
      .regex(/^[^.\\/][^\\/]*\.sqlite3$/, '只能删除备份表中列出的备份'),
  })
  .strict();

export interface BackupDeleteResult {
  readonly name: string;
}

export const backupsMethods = {
  'backups.list': method<BackupList>()(EmptyInput),
  /** A manual backup into the automatic folder, or into `folder` (with the recovery file when encrypted). */
  'backups.create': method<BackupEntry>()(BackupCreateInput),
  'backups.verify': method<BackupVerifyResult>()(BackupFileInput),
  'backups.restore': method<BackupRestoreResult>()(BackupFileInput),
  /** Deletes a backup and its manifest from the automatic folder; never the newest sound one. */
  'backups.delete': method<BackupDeleteResult>()(BackupDeleteInput),
} as const;
