// The office's periodic statistics: one period's figures per program, and the period before it
// beside them (the change is left to whoever shows it: a table, a spreadsheet, a print).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PeriodFigures, PeriodReport } from '../../contract/overview';
import { bloodFigures } from './blood';
import { organFigures } from './organ';
import { previousPeriod } from './periods';
import { stemcellFigures } from './stemcell';
import { wristbandFigures } from './wristband';

export function periodFigures(db: Database, from: string, to: string): PeriodFigures {
  return { from, to, blood: bloodFigures(db, from, to), stemcell: stemcellFigures(db, from, to), organ: organFigures(db, from, to), wristband: wristbandFigures(db, from, to) };
}

export function periodReport(db: Database, from: string, to: string): PeriodReport {
  const previous = previousPeriod(from, to);
  return { current: periodFigures(db, from, to), previous: periodFigures(db, previous.from, previous.to) };
}
