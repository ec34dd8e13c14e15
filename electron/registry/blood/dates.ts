// Calendar arithmetic the blood rules need beyond contract/validation/calendar.ts: the days on
// which birthdays fall.

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day someone turns `years` old; a 29 February birthday falls on 1 March in other years. */
export function birthdayAt(birthDate: string, years: number): string {
  const [y, m, d] = [Number(birthDate.slice(0, 4)) + years, Number(birthDate.slice(5, 7)), Number(birthDate.slice(8, 10))];
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : `${y}-03-01`;
}

/** The latest birth date of someone who is at least `years` old on `onDate`. */
export function latestBirthDateFor(onDate: string, years: number): string {
  const [y, m, d] = [Number(onDate.slice(0, 4)) - years, Number(onDate.slice(5, 7)), Number(onDate.slice(8, 10))];
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : `${y}-02-28`;
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);
