// The programs in the left navigation, in the office's order of work.
import {
  BarChartOutlined,
  DashboardOutlined,
  HeartOutlined,
  ExperimentOutlined,
  MedicineBoxOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavKey = 'dashboard' | 'people' | 'blood' | 'stemcell' | 'organ' | 'wristband' | 'exchange' | 'report' | 'settings';

export interface NavEntry {
  readonly key: NavKey;
  readonly path: `/${NavKey}`;
  readonly icon: ReactNode;
}

// Icons are decoration: hidden from screen readers so an entry is announced by its label alone.
export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'dashboard', path: '/dashboard', icon: <DashboardOutlined aria-hidden /> },
  { key: 'people', path: '/people', icon: <TeamOutlined aria-hidden /> },
  { key: 'blood', path: '/blood', icon: <HeartOutlined aria-hidden /> },
  { key: 'stemcell', path: '/stemcell', icon: <ExperimentOutlined aria-hidden /> },
  { key: 'organ', path: '/organ', icon: <MedicineBoxOutlined aria-hidden /> },
  { key: 'wristband', path: '/wristband', icon: <SafetyCertificateOutlined aria-hidden /> },
  { key: 'exchange', path: '/exchange', icon: <SwapOutlined aria-hidden /> },
  { key: 'report', path: '/report', icon: <BarChartOutlined aria-hidden /> },
  { key: 'settings', path: '/settings', icon: <SettingOutlined aria-hidden /> },
];
