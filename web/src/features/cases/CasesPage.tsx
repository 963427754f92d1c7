import { useState } from 'react';
import { Card, Checkbox, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ListPager } from '../../components/ListPager';
import { UnitTreeSelect } from '../admin/shared/UnitTreeSelect';
import { CASE_STATES, CASE_TYPES, useCases, useUrgingCases, type CaseFilters, type CaseListItem } from './api';
import { DueTag } from './DueTag';
import { CaseFlags } from './CaseFlags';
import './records.css';

/** Cases proposed for urging: overdue, or due within this many working days. */
const URGE_WITHIN_DAYS = 3;

/** Vụ việc: the cases in scope, most urgent first, with the running time limit's due date and days left. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<CaseFilters>({});
  const [page, setPage] = useState(1);
  // "To urge" shows the proposals (GET /api/cases/urging) instead of the filtered list.
  const [toUrge, setToUrge] = useState(false);
  const listed = useCases(filters, page);
  const urging = useUrgingCases(URGE_WITHIN_DAYS, filters.unitId, page, toUrge);
  const cases = toUrge ? urging : listed;
  const filter = (next: CaseFilters) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  };

  const columns: TableColumnsType<CaseListItem> = [
    {
      title: t('cases.name'),
      dataIndex: 'title',
      render: (title: string, c) => (
        <Flex vertical gap={2}>
          <Link to={`/cases/${c.id}`} data-testid={`case-link-${c.id}`}>
            <Typography.Text strong className="accent">
              #{c.id} · {title}
            </Typography.Text>
          </Link>
          <CaseFlags item={c} />
        </Flex>
      ),
    },
    { title: t('cases.type'), dataIndex: 'type', width: 150, render: (v: CaseListItem['type']) => t(`cases.types.${v}`) },
    { title: t('cases.state'), dataIndex: 'state', width: 160, render: (v: CaseListItem['state']) => <Tag>{t(`cases.states.${v}`)}</Tag> },
    { title: t('cases.handler'), dataIndex: 'handlerName', width: 170, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('cases.noHandler')}</Typography.Text> },
    { title: t('cases.openedOn'), dataIndex: 'openedOn', width: 110, render: (v: string) => <span className="tabular">{formatDate(v)}</span> },
    { title: t('cases.dueOn'), dataIndex: 'dueOn', width: 200, render: (_d: string | null, c) => <DueTag dueOn={c.dueOn} daysLeft={c.daysLeft} testId={`case-due-${c.id}`} /> },
    {
      title: t('cases.ageing'),
      dataIndex: 'ageDays',
      width: 130,
      render: (_a: number, c) => (
        <Flex vertical gap={0} className="tabular" data-testid={`case-age-${c.id}`}>
          <span>{t('cases.ageDays', { n: c.ageDays })}</span>
          {c.daysOverdue !== null ? <Typography.Text type="danger">{t('cases.daysOverdue', { n: c.daysOverdue })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('records.unit'), dataIndex: 'unitName', width: 180, ellipsis: true },
  ];

  return (
    <>
      <PageHeader title={t('cases.title')} subtitle={t('cases.subtitle')} />
      <Card>
        <Flex gap={12} wrap align="center" className="gap-after">
          <Select
            allowClear
            placeholder={t('records.allStates')}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`cases.states.${s}`) }))}
            onChange={(v: CaseFilters['state']) => filter({ state: v })}
            className="records-filter"
            data-testid="cases-state"
          />
          <Select
            allowClear
            placeholder={t('cases.type')}
            options={CASE_TYPES.map((s) => ({ value: s, label: t(`cases.types.${s}`) }))}
            onChange={(v: CaseFilters['type']) => filter({ type: v })}
            className="records-filter"
            data-testid="cases-type"
          />
          <UnitTreeSelect placeholder={t('records.allUnits')} onChange={(v) => filter({ unitId: typeof v === 'number' ? v : undefined })} className="records-filter" data-testid="cases-unit" />
          <Checkbox onChange={(e) => filter({ overdue: e.target.checked || undefined })} data-testid="cases-overdue">
            {t('cases.overdueOnly')}
          </Checkbox>
          <Checkbox onChange={(e) => filter({ dueSoon: e.target.checked || undefined })} data-testid="cases-due-soon">
            {t('cases.dueSoonOnly')}
          </Checkbox>
          <Checkbox onChange={(e) => filter({ open: e.target.checked || undefined })} data-testid="cases-open">
            {t('cases.openOnly')}
          </Checkbox>
          <Checkbox
            onChange={(e) => {
              setToUrge(e.target.checked);
              setPage(1);
            }}
            data-testid="cases-to-urge"
          >
            {t('cases.toUrge', { days: URGE_WITHIN_DAYS })}
          </Checkbox>
        </Flex>
        {cases.isError ? <QueryError error={cases.error} onRetry={() => void cases.refetch()} /> : null}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={cases.data?.items ?? []}
          loading={cases.isFetching}
          pagination={false}
          scroll={{ x: 1150 }}
          locale={{ emptyText: t('records.empty') }}
          data-testid="cases-table"
          onRow={(c) => ({ onClick: () => void navigate(`/cases/${c.id}`), className: 'clickable' })}
        />
        <ListPager page={page} hasMore={cases.data?.hasMore ?? false} onChange={setPage} testId="cases-pager" />
      </Card>
    </>
  );
}
