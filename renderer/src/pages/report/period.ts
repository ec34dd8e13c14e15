// The periods staff pick a report for, as from–to days. The default is last month: the monthly
// figures are compiled once a month is over.
import dayjs, { type Dayjs } from 'dayjs';
import { isCalendarDate } from '../../../../electron/contract/validation/calendar';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Period {
  readonly kind: PeriodKind;
  readonly from: string;
  readonly to: string;
}

const DAY = 'YYYY-MM-DD';

/** The whole month, quarter or year that `day` falls in. */
export function periodOf(kind: Exclude<PeriodKind, 'range'>, day: Dayjs): Period {
  const start = kind === 'quarter' ? day.startOf('month').month(Math.floor(day.month() / 3) * 3) : day.startOf(kind);
  const end = kind === 'quarter' ? start.add(2, 'month').endOf('month') : day.endOf(kind);
  return { kind, from: start.format(DAY), to: end.format(DAY) };
}

export const lastMonth = (): Period => periodOf('month', dayjs().subtract(1, 'month'));

/** What the page was opened with (?from=…&to=…), or last month. */
export function periodFromSearch(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null || to === null || !isCalendarDate(from) || !isCalendarDate(to) || from > to) return lastMonth();
  const kind = (['month', 'quarter', 'year'] as const).find((k) => {
    const whole = periodOf(k, dayjs(from));
    return whole.from === from && whole.to === to;
  });
  return { kind: kind ?? 'range', from, to };
}
