import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { NavKey } from './nav';

export const NAV_ICONS: Record<NavKey, ReactNode> = {
  home: <HomeOutlined />,
  reception: <TeamOutlined />,
  letters: <FileTextOutlined />,
  cases: <FolderOpenOutlined />,
  people: <IdcardOutlined />,
  periods: <ScheduleOutlined />,
  incidents: <AlertOutlined />,
  reports: <BarChartOutlined />,
  calendar: <CalendarOutlined />,
  admin: <SettingOutlined />,
  'admin-units': <ApartmentOutlined />,
  'admin-places': <EnvironmentOutlined />,
  'admin-officers': <UserOutlined />,
  'admin-accounts': <KeyOutlined />,
  'admin-audit': <HistoryOutlined />,
};
