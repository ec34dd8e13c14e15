// The dashboard after sign-in: every program's tiles, charts and work lists as of one day.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Dashboard } from '../../contract/overview';
import { bloodOverview } from './blood';
import { pledgeOverview } from './organ';
import { stemcellOverview } from './stemcell';
import { wristbandOverview } from './wristband';

export function getDashboard(db: Database, today: string, waitingDays: number): Dashboard {
  return { today, blood: bloodOverview(db, today), stemcell: stemcellOverview(db, today, waitingDays), organ: pledgeOverview(db), wristband: wristbandOverview(db, today) };
}
