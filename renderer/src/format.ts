// How dates and times read on screen: ISO dates, local time to the minute.
import dayjs from 'dayjs';

/** The registry stores instants as ISO strings in UTC; staff read them in local time. */
export function formatInstant(value: string): string {
  const instant = dayjs(value);
  return instant.isValid() ? instant.format('YYYY-MM-DD HH:mm') : value;
}
