// Calendar periods for the overview: months, the same days a year earlier, and the period
// before a report's period. Dates are YYYY-MM-DD local days (contract/validation/calendar.ts).
import { addDays } from '../../contract/validation/calendar';

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same day `months` months later (earlier when negative); the 31st becomes the month's last day. */
export function shiftMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  return `${y}-${pad(m)}-${pad(Math.min(Number(date.slice(8, 10)), daysInMonth(y, m)))}`;
}

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;
export const monthEnd = (date: string): string => `${date.slice(0, 7)}-${pad(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
export const yearStart = (date: string): string => `${date.slice(0, 4)}-01-01`;

/** Every month (YYYY-MM) that has a day between `from` and `to`, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = monthStart(from); m <= to; m = shiftMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

/**
 * The period just before [from, to]: as many whole months when the period is whole months (so
 * the quarter before a quarter, the February before a March), otherwise as many days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (from === monthStart(from) && to === monthEnd(to)) {
    const months = monthsOf(from, to).length;
    return { from: shiftMonths(from, -months), to: addDays(from, -1) };
  }
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}
