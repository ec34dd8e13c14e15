import { localToday } from '../../contract/validation/calendar';
import { getDashboard } from '../../registry/overview/dashboard';
import { periodReport } from '../../registry/overview/report';
import { exportReport } from '../../registry/overview/reportExport';
import type { HandlersFor } from '../types';

export const overviewHandlers: HandlersFor<'overview'> = {
  'overview.dashboard': ({ waitingDays }, { registry }) => getDashboard(registry.db, localToday(), waitingDays),
  'overview.report': ({ from, to }, { registry }) => periodReport(registry.db, from, to),
  'overview.exportReport': ({ from, to }, { registry, actor }) => exportReport(registry.db, registry.path, from, to, actor),
};
