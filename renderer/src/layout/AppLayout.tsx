// The main window: program navigation on the left, the current page on the right.
import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NAV_ENTRIES } from './navigation';
import { BandLookup } from './BandLookup';
import { SignInStatus } from './SignInStatus';

const SIDER_WIDTH = 200;

// A slim bar above the page for who is working; antd's default header is tall and dark.
const HEADER_STYLE = {
  height: 48,
  lineHeight: 'normal',
  padding: '0 32px',
  background: 'transparent',
  display: 'flex',
  justifyContent: 'flex-end',
  alignItems: 'center',
  borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
} as const;

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = NAV_ENTRIES.find((entry) => pathname.startsWith(entry.path));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={SIDER_WIDTH} theme="light" style={{ borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}>
        <Typography.Title level={5} style={{ margin: 0, padding: '20px 16px 16px', lineHeight: 1.4 }}>
          {t('app.title')}
        </Typography.Title>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={current ? [current.key] : []}
            items={NAV_ENTRIES.map((entry) => ({ key: entry.key, icon: entry.icon, label: t(`nav.${entry.key}`) }))}
            onClick={({ key }) => {
              const entry = NAV_ENTRIES.find((e) => e.key === key);
              if (entry) void navigate(entry.path);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header style={HEADER_STYLE}>
          <BandLookup />
          <SignInStatus />
        </Layout.Header>
        <Layout.Content style={{ padding: '24px 32px', minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
