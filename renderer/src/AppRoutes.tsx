// Hash routes, so the same build works from app:// and from the loopback server. Print views
// (#/print/…) sit outside the main layout: the page is the sheet, with no menu around it.
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { BloodPage } from './pages/blood/BloodPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ExchangePage } from './pages/exchange/ExchangePage';
import { OrganPage } from './pages/organ/OrganPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { RosterCardsPrint } from './pages/print/RosterCardsPrint';
import { RosterPrint } from './pages/print/RosterPrint';
import { ReportPage } from './pages/report/ReportPage';
import { ReportPrint } from './pages/report/ReportPrint';
import { SettingsPage } from './pages/settings/SettingsPage';
import { StemcellPage } from './pages/stemcell/StemcellPage';
import { WristbandPage } from './pages/wristband/WristbandPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/print/report" element={<ReportPrint />} />
      <Route path="/print/roster-cards" element={<RosterCardsPrint />} />
      <Route path="/print/roster" element={<RosterPrint />} />
      <Route element={<AppLayout />}>
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/blood" element={<BloodPage />} />
        <Route path="/stemcell" element={<StemcellPage />} />
        <Route path="/organ" element={<OrganPage />} />
        <Route path="/wristband" element={<WristbandPage />} />
        <Route path="/exchange" element={<ExchangePage />} />
        <Route path="/report" element={<ReportPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/dashboard" replace />} />
      </Route>
    </Routes>
  );
}
