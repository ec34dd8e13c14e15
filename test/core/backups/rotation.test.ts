// Rotation decides which backups are deleted, so it is pinned down case by case: what an office
// keeps after months of daily backups, and what it must never lose (the newest backup, manual
// backups, the copy taken before a restore, backups dated by a wrong clock). Dates are local
// (new Date(y, m, d, h)), as the rotation's days, weeks and months are.
import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../electron/contract/backups';
import { backupsToDelete, type RotationItem } from '../../../electron/registry/backups/rotation';

const KEEP = { daily: 7, weekly: 4, monthly: 12 };

const at = (month: number, day: number, hour = 9, minute = 0, year = 2026) => new Date(year, month - 1, day, hour, minute);
const label = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
const item = (createdAt: Date, reason: BackupReason = 'daily'): RotationItem => ({ id: label(createdAt), createdAt, reason });

/** One backup a day at 09:00 from `from` to `to`, both included. */
function everyDay(from: Date, to: Date): RotationItem[] {
  const items: RotationItem[] = [];
  for (let d = from; d <= to; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9)) items.push(item(d));
  return items;
}

const kept = (items: readonly RotationItem[], now: Date, keep = KEEP) => {
  const doomed = new Set(backupsToDelete(items, now, keep));
  return items.filter((i) => !doomed.has(i.id)).map((i) => i.id);
};

describe('backup rotation (grandfather-father-son)', () => {
  it('deletes nothing while there are fewer backups than it keeps', () => {
    const items = everyDay(at(12, 1), at(12, 7));
    expect(backupsToDelete(items, at(12, 7, 12), KEEP)).toEqual([]);
    expect(backupsToDelete([], at(12, 7, 12), KEEP)).toEqual([]);
  });

  it('keeps after ten weeks of daily backups the last 7 days, the newest of each of 4 weeks and of each month', () => {
    // 2026-12-07 is a Monday: weeks start Dec 7, Nov 30, Nov 23, Nov 16.
    const items = everyDay(at(10, 1), at(12, 7));
    expect(kept(items, at(12, 7, 12))).toEqual(
      [at(10, 31), at(11, 22), at(11, 29), at(11, 30), ...[1, 2, 3, 4, 5, 6, 7].map((d) => at(12, d))].map(label),
    );
  });

  it('keeps every backup of today, and only the newest of a day once the day has passed', () => {
    const items = [item(at(12, 6, 8), 'start'), item(at(12, 6, 12), 'daily'), item(at(12, 6, 18), 'quit'), item(at(12, 7, 8), 'start'), item(at(12, 7, 9), 'quit')];
    expect(backupsToDelete(items, at(12, 7, 10), KEEP).sort()).toEqual([label(at(12, 6, 8)), label(at(12, 6, 12))].sort());
    expect(backupsToDelete(items, at(12, 7, 10), { daily: 1, weekly: 0, monthly: 0 }).sort()).toEqual(
      [label(at(12, 6, 8)), label(at(12, 6, 12)), label(at(12, 6, 18))].sort(),
    );
  });

  it('tells days, weeks and months apart by the local calendar, at midnight', () => {
    const items = [item(at(11, 30, 23, 59), 'quit'), item(at(12, 1, 0, 1), 'start'), item(at(12, 2, 9), 'start')];
    const now = at(12, 2, 10);
    expect(backupsToDelete(items, now, { daily: 3, weekly: 0, monthly: 0 })).toEqual([]);
    // Same week (Monday Nov 30), different months: monthly keeps both, weekly only one.
    expect(backupsToDelete(items, now, { daily: 1, weekly: 0, monthly: 2 })).toEqual([label(at(12, 1, 0, 1))]);
    expect(backupsToDelete(items, now, { daily: 1, weekly: 2, monthly: 0 }).sort()).toEqual([label(at(11, 30, 23, 59)), label(at(12, 1, 0, 1))].sort());
  });

  it('never deletes the newest backup, whatever the keep counts say', () => {
    const items = everyDay(at(12, 1), at(12, 7));
    expect(kept(items, at(12, 7, 12), { daily: 0, weekly: 0, monthly: 0 })).toEqual([label(at(12, 7))]);
  });

  it('never deletes manual backups or the copies made before a restore, however old', () => {
    const manual = item(at(1, 5), 'manual');
    const beforeRestore = item(at(2, 10), 'before-restore');
    const items = [manual, beforeRestore, ...everyDay(at(12, 1), at(12, 7))];
    const doomed = backupsToDelete(items, at(12, 7, 12), { daily: 1, weekly: 0, monthly: 0 });
    expect(doomed).not.toContain(manual.id);
    expect(doomed).not.toContain(beforeRestore.id);
    expect(doomed).toHaveLength(6);
  });

  it('keeps older backups when the computer was off for months: days without a backup take no slot', () => {
    const items = [...everyDay(at(8, 1), at(8, 31)), item(at(12, 7), 'start')];
    const left = kept(items, at(12, 7, 12), { daily: 7, weekly: 0, monthly: 0 });
    expect(left).toEqual([...[26, 27, 28, 29, 30, 31].map((d) => label(at(8, d))), label(at(12, 7))]);
  });

  it('keeps a backup dated in the future and does not let it push out the real newest ones', () => {
    const future = item(at(3, 1, 9, 0, 2030), 'daily');
    const items = [future, ...everyDay(at(12, 5), at(12, 7))];
    const doomed = backupsToDelete(items, at(12, 7, 12), { daily: 2, weekly: 0, monthly: 0 });
    expect(doomed).toEqual([label(at(12, 5))]);
  });
});
