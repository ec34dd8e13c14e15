// Hash routes, so the same build works from app:// and from the loopback server, and print
// views can later live beside the main layout as #/print/… routes.
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { BloodPage } from './pages/blood/BloodPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { ExchangePage } from './pages/exchange/ExchangePage';
import { OrganPage } from './pages/organ/OrganPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { StemcellPage } from './pages/stemcell/StemcellPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/blood" element={<BloodPage />} />
        <Route path="/stemcell" element={<StemcellPage />} />
        <Route path="/organ" element={<OrganPage />} />
        <Route path="/wristband" element={<ComingSoonPage module="wristband" />} />
        <Route path="/exchange" element={<ExchangePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/people" replace />} />
      </Route>
    </Routes>
  );
}
