import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ListPager } from '../../components/ListPager';
import { useCan } from '../auth/session';
import { useVisits, type VisitFilters, type VisitListItem, type VisitOutcome } from './api';
import { VisitFormDrawer } from './VisitFormDrawer';
import '../cases/records.css';

/** Sổ tiếp công dân: the visits of the units in scope, newest first, filtered by period, type and delegations. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const can = useCan();
  const requestTypes = useCatalog('request_type');
  const [filters, setFilters] = useState<VisitFilters>({});
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const visits = useVisits(filters, page);
  const filter = (next: VisitFilters) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  };

  const columns: TableColumnsType<VisitListItem> = [
    { title: t('reception.columns.receivedAt'), dataIndex: 'receivedAt', width: 150, render: (v: string) => <span className="tabular">{formatDateTime(v)}</span> },
    {
      title: t('reception.columns.people'),
      dataIndex: 'peopleLabel',
      render: (label: string, v) => (
        <Flex gap={4} wrap align="center">
          <Typography.Text strong={!v.sealed} type={v.sealed ? 'secondary' : undefined}>
            {label}
          </Typography.Text>
          {v.delegation ? <Tag color="volcano">{t('reception.delegation')} · {v.headCount}</Tag> : null}
          {v.repeat ? <Tag color="gold">{t('reception.repeat')}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('reception.columns.requestType'), dataIndex: 'requestType', width: 150, render: (code: string) => requestTypes.label(code) },
    {
      title: t('reception.columns.outcome'),
      dataIndex: 'outcome',
      width: 200,
      render: (o: string, v) => (
        <Flex vertical>
          <span>{t(`reception.outcomes.${o as VisitOutcome}`)}</span>
          {v.letterId ? (
            <Link to={`/letters/${v.letterId}`} className="text-sm">
              {t('reception.letter', { id: v.letterId })}
            </Link>
          ) : null}
        </Flex>
      ),
    },
    { title: t('reception.columns.unit'), dataIndex: 'unitName', width: 200, ellipsis: true },
  ];

  return (
    <>
      <PageHeader
        title={t('reception.title')}
        subtitle={t('reception.subtitle')}
        extra={
          can('reception.write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="visit-add">
              {t('reception.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" className="gap-after">
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={t('records.period')}
            placeholder={[t('records.from'), t('records.to')]}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) => filter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            data-testid="visits-period"
          />
          <Select
            allowClear
            placeholder={t('records.allTypes')}
            options={requestTypes.options()}
            onChange={(v: VisitFilters['requestType']) => filter({ requestType: v })}
            className="records-filter"
            data-testid="visits-type"
          />
          <Checkbox onChange={(e) => filter({ delegation: e.target.checked || undefined })} data-testid="visits-delegation">
            {t('reception.delegationOnly')}
          </Checkbox>
        </Flex>
        {visits.isError ? <QueryError error={visits.error} onRetry={() => void visits.refetch()} /> : null}
        <Table<VisitListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={visits.data?.items ?? []}
          loading={visits.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('records.empty') }}
          data-testid="visits-table"
        />
        <ListPager page={page} hasMore={visits.data?.hasMore ?? false} onChange={setPage} testId="visits-pager" />
      </Card>
      {adding ? <VisitFormDrawer onClose={() => setAdding(false)} /> : null}
    </>
  );
}
