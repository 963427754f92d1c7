import { Suspense, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Badge, Button, Flex, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/session';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { BrandMark } from '../components/BrandMark';
import { entryForPath, visibleNav } from './nav';
import { NAV_ICONS } from './navIcons';
import { HeaderBar } from './HeaderBar';
import { useQueues } from './queues';

const SIDER_WIDTH = 256;

/** The signed-in frame: capability menu on the left (only what the user may open), header, content. */
export function Shell() {
  const me = useCurrentUser();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const nav = useMemo(() => visibleNav(me.permissions), [me.permissions]);
  const section = entryForPath(location.pathname);
  const queues = useQueues();
  const [openKeys, setOpenKeys] = useState<string[]>(() => (location.pathname.startsWith('/admin') ? ['admin'] : []));

  // Arriving on an administration screen by a link (overview, address bar) opens its menu group.
  useEffect(() => {
    if (location.pathname.startsWith('/admin')) setOpenKeys((keys) => (keys.includes('admin') ? keys : [...keys, 'admin']));
  }, [location.pathname]);

  // The tab says where the user is (several tabs are common at a reception desk).
  const currentKey = section?.key;
  useEffect(() => {
    document.title = currentKey && currentKey !== 'home' ? `${t(`nav.${currentKey}`)} — ${t('app.name')}` : t('app.fullName');
  }, [currentKey, t]);

  // The account's stored language wins when it changes elsewhere (another tab or device).
  useEffect(() => {
    // Offline, the strings may not download: stay in the current language rather than fail the shell.
    if (me.language !== currentLanguage()) setLanguage(me.language).catch(() => undefined);
  }, [me.language]);

  // Tablets (up to 1199 px, e.g. 1024 landscape) start with the compact menu; a desktop starts expanded.
  useEffect(() => {
    if (screens.xl === false) setCollapsed(true);
    if (screens.xl === true) setCollapsed(false);
  }, [screens.xl]);

  const items: NonNullable<MenuProps['items']> = nav.map((entry) =>
    entry.children
      ? {
          key: entry.key,
          icon: NAV_ICONS[entry.key],
          label: <span data-testid={`nav-${entry.key}`}>{t(`nav.${entry.key}`)}</span>,
          children: entry.children.map((child) => ({
            key: child.key,
            icon: NAV_ICONS[child.key],
            'data-testid': `nav-${child.key}`,
            label: <Link to={child.path}>{t(`nav.${child.key}`)}</Link>,
          })),
        }
      : {
          key: entry.key,
          icon: NAV_ICONS[entry.key],
          'data-testid': `nav-${entry.key}`,
          label: <Link to={entry.path}>{t(`nav.${entry.key}`)}</Link>,
        },
  );

  // The queues with work waiting, above the capabilities (hidden in the compact menu, where a label cannot show).
  const waiting = queues.filter((q) => q.count > 0);
  const here = location.pathname + location.search;
  const current = waiting.find((q) => q.path === here);
  if (waiting.length > 0 && !collapsed) {
    items.unshift({
      type: 'group',
      key: 'queues',
      label: t('queues.title'),
      children: waiting.map((q) => ({
        key: `queue-${q.code}`,
        'data-testid': `queue-${q.code}`,
        label: (
          <Link to={q.path}>
            <Flex justify="space-between" align="center" gap={8}>
              <span className="nowrap" title={t(`queues.${q.code}`)}>
                {t(`queues.${q.code}`)}
              </span>
              <Badge count={q.count} overflowCount={999} color={q.code.endsWith('overdue') ? 'red' : 'blue'} />
            </Flex>
          </Link>
        ),
      })),
    });
  }

  const paths = new Map([...nav.flatMap((e) => [e, ...(e.children ?? [])]).map((e) => [e.key as string, e.path] as const), ...waiting.map((q) => [`queue-${q.code}`, q.path] as const)]);

  return (
    // antd's App (message, modal, notification for every screen) starts here, not at the root: the login page needs none of it.
    <AntApp>
      <Layout className="shell">
        <a className="skip-link" href="#main-content">
          {t('shell.skipToContent')}
        </a>
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={null}
          theme="light"
          className="shell-sider"
        >
          <Link to="/" aria-label={t('app.fullName')} className="shell-brand-link">
            <Flex align="center" gap={10} className={collapsed ? 'shell-brand is-collapsed' : 'shell-brand'}>
              <BrandMark size={30} />
              {collapsed ? null : (
                <div className="shell-brand-name">
                  <Typography.Text strong className="shell-brand-title">
                    {t('app.name')}
                  </Typography.Text>
                  <Typography.Text type="secondary" className="text-sm nowrap" ellipsis>
                    {t('app.tagline')}
                  </Typography.Text>
                </div>
              )}
            </Flex>
          </Link>
          <nav aria-label={t('shell.mainMenu')}>
            <Menu
              mode="inline"
              items={items}
              selectedKeys={current ? [`queue-${current.code}`] : section ? [section.key] : []}
              openKeys={collapsed ? undefined : openKeys}
              onOpenChange={(keys) => setOpenKeys(keys)}
              onClick={(info) => {
                // Links handle clicks and Enter on themselves; Enter on a menu row reached with the arrow keys
                // arrives here as a keyboard event on the row, which has no link of its own to follow.
                if (info.domEvent.type === 'keydown' && !(info.domEvent.target instanceof HTMLAnchorElement)) {
                  const path = paths.get(info.key);
                  if (path) void navigate(path);
                }
              }}
              className="shell-menu"
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header className="shell-header">
            <Button
              type="text"
              aria-label={collapsed ? t('shell.expand') : t('shell.collapse')}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed((c) => !c)}
              data-testid="sider-toggle"
            />
            <HeaderBar />
          </Layout.Header>
          <Layout.Content id="main-content" tabIndex={-1} className="shell-content">
            <div className="shell-page">
              <Suspense fallback={<FullPageSpinner />}>
                <Outlet />
              </Suspense>
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
