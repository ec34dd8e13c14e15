// Calendar dates (YYYY-MM-DD) as the office means them: the local day, ages in full years.
// The stem-cell and pledge schemas use these on both sides of the API, so a date the form
// accepts is one the registry accepts.
import { z } from 'zod';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the computer's time zone: an entry made at 7:00 in Beijing is dated that day, not the UTC one. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Age in full years on `date`: the birthday itself counts (born 2000-03-01 is 18 on 2018-03-01). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** A past or present date, as forms and the API accept it; `label` names the field in the message. */
export const pastDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isCalendarDate, { message: `${label}应为有效日期（YYYY-MM-DD）`, abort: true })
    .refine((date) => date <= localToday(), `${label}不能晚于今天`)
    .refine((date) => date >= '1900-01-01', `${label}过早`);
