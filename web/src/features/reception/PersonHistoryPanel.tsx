import type { ReactNode } from 'react';
import { Alert, Card, Col, Empty, Flex, List, Row, Skeleton, Tag, Typography } from 'antd';
import { FileTextOutlined, FolderOpenOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useCatalog } from '../../lib/catalogs';
import { QueryError } from '../../components/QueryError';
import { DueTag } from '../cases/DueTag';
import { usePersonHistory } from '../people/api';
import type { VisitOutcome } from './api';

/** How many of each the reception form's narrow panel lists (the record page lists all the server sends); the totals line says how many there are in all. */
const COMPACT_ITEMS = 5;

/**
 * A citizen's visits, letters and cases within the user's scope, newest first, with the server's warnings (repeat
 * visitor, delegation member, open case elsewhere, matter already resolved at second level). `compact` stacks the
 * lists for the reception form; the record page lays them side by side.
 */
export function PersonHistoryPanel({ personId, title, compact = false }: { personId: number; title?: ReactNode; compact?: boolean }) {
  const { t } = useTranslation();
  const history = usePersonHistory(personId);
  const requestTypes = useCatalog('request_type');
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const h = history.data;
  const span = compact ? 24 : 8;
  const shown = compact ? COMPACT_ITEMS : undefined;
  const empty = h.visits.length === 0 && h.letters.length === 0 && h.cases.length === 0;

  return (
    <Flex vertical gap={12} data-testid={`person-history-${personId}`}>
      {title ? <Typography.Text strong>{title}</Typography.Text> : null}
      {h.warnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon title={w.label} data-testid={`history-warning-${w.code}`} />
      ))}
      <Typography.Text type="secondary" className="text-sm" data-testid="history-totals">
        {t('reception.historyTotals', h.totals)}
      </Typography.Text>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reception.historyEmpty')} />
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={span}>
            <HistoryCard icon={<TeamOutlined />} title={t('records.visits')} testId="history-visits">
              <List
                size="small"
                dataSource={h.visits.slice(0, shown)}
                locale={{ emptyText: t('records.empty') }}
                renderItem={(v) => (
                  <List.Item>
                    <Flex vertical>
                      <span className="tabular">{formatDateTime(v.receivedAt)}</span>
                      <Typography.Text type="secondary" className="text-sm">
                        {requestTypes.label(v.requestType)} · {t(`reception.outcomes.${v.outcome as VisitOutcome}`)} · {v.unitName}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </HistoryCard>
          </Col>
          <Col xs={24} md={span}>
            <HistoryCard icon={<FileTextOutlined />} title={t('records.letters')} testId="history-letters">
              <List
                size="small"
                dataSource={h.letters.slice(0, shown)}
                locale={{ emptyText: t('records.empty') }}
                renderItem={(l) => (
                  <List.Item>
                    <Flex vertical>
                      <Link to={`/letters/${l.id}`}>{t('letters.letterTitle', { number: l.number, year: l.year })}</Link>
                      <Typography.Text type="secondary" className="text-sm">
                        {formatDate(l.receivedOn)} · {requestTypes.label(l.requestType)} · {t(`letters.states.${l.state}`)}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </HistoryCard>
          </Col>
          <Col xs={24} md={span}>
            <HistoryCard icon={<FolderOpenOutlined />} title={t('records.cases')} testId="history-cases">
              <List
                size="small"
                dataSource={h.cases.slice(0, shown)}
                locale={{ emptyText: t('records.empty') }}
                renderItem={(c) => (
                  <List.Item>
                    <Flex vertical>
                      <Link to={`/cases/${c.id}`}>{c.title}</Link>
                      <Flex gap={4} wrap align="center">
                        <Tag>{t(`cases.states.${c.state}`)}</Tag>
                        <DueTag dueOn={c.dueOn} daysLeft={c.daysLeft} />
                      </Flex>
                    </Flex>
                  </List.Item>
                )}
              />
            </HistoryCard>
          </Col>
        </Row>
      )}
    </Flex>
  );
}

function HistoryCard({ icon, title, testId, children }: { icon: ReactNode; title: string; testId: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      data-testid={testId}
      className="fill-height"
      title={
        <Flex gap={8} align="center">
          <span className="accent">{icon}</span>
          {title}
        </Flex>
      }
    >
      {children}
    </Card>
  );
}
