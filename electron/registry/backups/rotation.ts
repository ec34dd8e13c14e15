// Which automatic backups to delete: grandfather-father-son. Of the backups made at start, at
// quit and daily, keep the newest of each of the newest N days, N weeks and N months that have
// a backup (as restic's --keep-daily does), so a computer left off for a month still keeps its
// older backups instead of letting them all expire. A pure function: it decides what is
// deleted, so it is tested on its own.
import type { BackupReason } from '../../contract/backups';

export interface RotationItem {
  readonly id: string;
  readonly createdAt: Date;
  readonly reason: BackupReason;
}

export interface KeepCounts {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

/** Only these are rotated: a manual backup and the copy made before a restore are kept until staff delete them. */
const ROTATED: ReadonlySet<BackupReason> = new Set(['start', 'quit', 'daily']);

const pad = (n: number) => String(n).padStart(2, '0');
// Local calendar: "one a day" means the office's day, not UTC's.
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The Monday that starts the week (weeks begin on Monday in China). */
const weekOf = (d: Date) => dayOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)));

/** The newest item of each of the first `count` buckets, walking newest first. */
function newestPerBucket(sorted: readonly RotationItem[], bucket: (d: Date) => string, count: number): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const item of sorted) {
    if (seen.size >= count) break;
    const key = bucket(item.createdAt);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item.id);
  }
  return kept;
}

/**
 * The ids to delete. Never the newest backup of all, never a manual or before-restore backup,
 * never one made today (a mistake made this afternoon is undone from this morning's backup, not
 * yesterday's), and never one dated after `now`: the clock was wrong when it was made (or is
 * now), so its date says nothing about its age and it must not push real backups out of their slots.
 */
export function backupsToDelete(items: readonly RotationItem[], now: Date, keep: KeepCounts): string[] {
  const today = dayOf(now);
  const rotated = items
    .filter((item) => ROTATED.has(item.reason) && item.createdAt.getTime() <= now.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const newest = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  // The newest of all, and the newest that can be judged, whatever the keep counts say.
  const kept = new Set<string>([
    ...[newest, rotated[0]].flatMap((item) => (item ? [item.id] : [])),
    ...newestPerBucket(rotated, dayOf, keep.daily),
    ...newestPerBucket(rotated, weekOf, keep.weekly),
    ...newestPerBucket(rotated, monthOf, keep.monthly),
  ]);
  return rotated.filter((item) => !kept.has(item.id) && dayOf(item.createdAt) !== today).map((item) => item.id);
}
