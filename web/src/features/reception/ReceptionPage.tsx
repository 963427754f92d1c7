import { useState } from 'react';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { useVisits, VISIT_OUTCOMES, type VisitFilters, type VisitListItem, type VisitOutcome } from './api';
import { VisitFormDrawer } from './VisitFormDrawer';
import { FilterCheck, FilterSelect, ListToolbar, RecordsTable } from '../records/ListToolbar';
import { useListState } from '../records/list';

/** Sổ tiếp công dân: the visits of the units in scope, newest first, searched and filtered (filters in the address). */
export function ReceptionPage() {
  const { t } = useTranslation();
  const can = useCan();
  const requestTypes = useCatalog('request_type');
  const { filters, page, filter, setPage } = useListState<VisitFilters>();
  const [adding, setAdding] = useState(false);
  const visits = useVisits(filters, page);

  const columns: TableColumnsType<VisitListItem> = [
    { title: t('reception.columns.receivedAt'), dataIndex: 'receivedAt', width: 150, render: (v: string) => <span className="tabular">{formatDateTime(v)}</span> },
    {
      title: t('reception.columns.people'),
      dataIndex: 'peopleLabel',
      render: (label: string, v) => (
        <Flex vertical>
          <Flex gap={4} wrap align="center">
            <Typography.Text strong={!v.sealed} type={v.sealed ? 'secondary' : undefined}>
              {label}
            </Typography.Text>
            {v.delegation ? <Tag color="volcano">{t('reception.delegation')} · {v.headCount}</Tag> : null}
            {v.repeat ? <Tag color="gold">{t('reception.repeat')}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary" className="text-sm" ellipsis>
            {v.content}
          </Typography.Text>
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
        <ListToolbar prefix="visits" path="/api/visits" filters={filters} filter={filter} sorts={(['receivedAt', 'unit'] as const).map((v) => ({ value: v, label: t(`reception.sort.${v}`) }))}>
          <FilterSelect placeholder={t('records.allTypes')} options={requestTypes.options()} value={filters.requestType} onChange={(v) => filter({ requestType: v })} testId="visits-type" />
          <FilterSelect
            placeholder={t('reception.allOutcomes')}
            options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`reception.outcomes.${o}`) }))}
            value={filters.outcome}
            onChange={(v) => filter({ outcome: v })}
            testId="visits-outcome"
          />
          <FilterCheck label={t('reception.delegationOnly')} value={filters.delegation} onChange={(v) => filter({ delegation: v })} testId="visits-delegation" />
          <FilterCheck label={t('reception.repeatOnly')} value={filters.repeat} onChange={(v) => filter({ repeat: v })} testId="visits-repeat" />
        </ListToolbar>
        <RecordsTable<VisitListItem> prefix="visits" query={visits} page={page} setPage={setPage} columns={columns} scroll={{ x: 900 }} />
      </Card>
      {adding ? <VisitFormDrawer onClose={() => setAdding(false)} /> : null}
    </>
  );
}
