// Dates in the stem-cell and pledge forms: antd's pickers hold dayjs values, the registry takes
// YYYY-MM-DD, and no date of these programs lies in the future.
import dayjs, { type Dayjs } from 'dayjs';

export const toIsoDate = (value: Dayjs): string => value.format('YYYY-MM-DD');

/** For a DatePicker's disabledDate: tomorrow on, and before 1900. */
export const notInFuture = (date: Dayjs): boolean => date.isAfter(dayjs(), 'day') || date.year() < 1900;

/** Whole days from an ISO date to today, for "waiting since". */
export const daysSince = (date: string): number => dayjs().startOf('day').diff(dayjs(date), 'day');

/** Age in full years today, or null without a birth date. */
export const ageToday = (birthDate: string | null): number | null => (birthDate === null ? null : dayjs().diff(dayjs(birthDate), 'year'));
