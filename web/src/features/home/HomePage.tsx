import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Col, Descriptions, Flex, Row, Tag, theme, Typography } from 'antd';
import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@core/domain/org/roles';
import { api } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import type { Health } from '../../lib/types';
import { visibleNav } from '../../app/nav';
import { NAV_ICONS } from '../../app/navIcons';
import { useQueues } from '../../app/queues';
import { useCurrentUser } from '../auth/session';
import { PageHeader } from '../../components/PageHeader';

/**
 * Where a user lands: his work queues first (each with its count, opening its list filtered), then who he is, where
 * he works, and the sections open to him — the working ones first, then those not built yet, each saying so on its
 * tile.
 */
export function HomePage() {
  const me = useCurrentUser();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const lang = currentLanguage();
  const health = useQuery({ queryKey: ['health'], queryFn: () => api.get<Health>('/api/health'), staleTime: 5 * 60_000 });
  const unitName = me.assignments.find((a) => a.unitId === me.activeUnitId)?.unitName ?? '';
  const tiles = visibleNav(me.permissions)
    .filter((e) => e.key !== 'home')
    .flatMap((e) => e.children ?? [e]);
  const ordered = [...tiles.filter((e) => !e.planned), ...tiles.filter((e) => e.planned)];
  const queues = useQueues();

  return (
    <>
      <PageHeader title={t('home.greeting', { name: me.fullName })} subtitle={unitName} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          {queues.length > 0 ? (
            <Card title={t('queues.title')} className="gap-after" data-testid="home-queues">
              <Row gutter={[12, 12]}>
                {queues.map((q) => (
                  <Col xs={24} sm={12} xl={8} key={q.code}>
                    <Link to={q.path} data-testid={`home-queue-${q.code}`} className="home-tile">
                      <Card size="small" hoverable className="fill-height">
                        <Flex justify="space-between" align="center" gap={8}>
                          <Typography.Text type={q.count === 0 ? 'secondary' : undefined}>{t(`queues.${q.code}`)}</Typography.Text>
                          <Badge count={q.count} showZero overflowCount={9999} color={q.count === 0 ? 'default' : q.code.endsWith('overdue') ? 'red' : 'blue'} />
                        </Flex>
                      </Card>
                    </Link>
                  </Col>
                ))}
              </Row>
            </Card>
          ) : null}
          <Card title={t('home.shortcuts')}>
            <Row gutter={[12, 12]}>
              {ordered.map((e) => (
                <Col xs={24} sm={12} xl={8} key={e.key}>
                  <Link to={e.path} data-testid={`home-link-${e.key}`} data-planned={e.planned ? 'true' : undefined} className="home-tile">
                    <Card size="small" hoverable className={e.planned ? 'fill-height is-planned' : 'fill-height'}>
                      <Flex align="center" gap={10}>
                        <span className="home-tile-icon">{NAV_ICONS[e.key]}</span>
                        <Flex vertical align="flex-start" gap={2} className="min-w-0">
                          <Typography.Text strong type={e.planned ? 'secondary' : undefined}>
                            {t(`nav.${e.key}`)}
                          </Typography.Text>
                          {e.planned ? (
                            <Tag color="default" className="flush" data-testid={`home-planned-${e.key}`}>
                              {t('comingSoon.badge')}
                            </Tag>
                          ) : null}
                        </Flex>
                      </Flex>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
            {ordered.some((e) => e.planned) ? (
              <Typography.Paragraph type="secondary" className="text-sm gap-before flush-bottom" data-testid="home-planned-note">
                {t('home.plannedNote')}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card title={t('home.rolesAt', { unit: unitName })}>
              <Flex gap={6} wrap>
                {me.roles.map((r) => (
                  <Tag color="blue" key={r}>
                    {ROLE_LABELS[r][lang]}
                  </Tag>
                ))}
              </Flex>
            </Card>
            <Card title={t('home.security')}>
              {me.totpEnabled ? (
                <Typography.Text>
                  <CheckCircleTwoTone twoToneColor={token.colorSuccess} /> {t('home.totpOn')}
                </Typography.Text>
              ) : (
                <Typography.Text>
                  <WarningTwoTone twoToneColor={token.colorWarning} /> {t('home.totpOff')}
                </Typography.Text>
              )}
            </Card>
            <Card title={t('home.system')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'db',
                    label: t('home.database'),
                    children: health.data ? (health.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite') : t('common.none'),
                  },
                  { key: 'version', label: t('home.version'), children: health.data?.version ?? t('common.none') },
                ]}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
