import { Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { FilterCheck, FilterSelect, ListToolbar, RecordsTable } from '../records/ListToolbar';
import { useListState } from '../records/list';
import { CASE_STATES, CASE_TYPES, useCases, type CaseFilters, type CaseListItem } from './api';
import { DueTag } from './DueTag';
import { CaseFlags } from './CaseFlags';

/** Vụ việc: the cases in scope, most urgent first, with the running time limit's due date and days left; filters in the address. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, page, filter, setPage } = useListState<CaseFilters>();
  const cases = useCases(filters, page);

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
        <ListToolbar prefix="cases" path="/api/cases" filters={filters} filter={filter} sorts={(['dueOn', 'openedOn', 'title'] as const).map((v) => ({ value: v, label: t(`cases.sort.${v}`) }))}>
          <FilterSelect
            placeholder={t('records.allStates')}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`cases.states.${s}`) }))}
            value={filters.state}
            onChange={(v) => filter({ state: v })}
            testId="cases-state"
          />
          <FilterSelect placeholder={t('cases.type')} options={CASE_TYPES.map((s) => ({ value: s, label: t(`cases.types.${s}`) }))} value={filters.type} onChange={(v) => filter({ type: v })} testId="cases-type" />
          <FilterCheck label={t('cases.overdueOnly')} value={filters.overdue} onChange={(v) => filter({ overdue: v })} testId="cases-overdue" />
          <FilterCheck label={t('cases.dueSoonOnly')} value={filters.dueSoon} onChange={(v) => filter({ dueSoon: v })} testId="cases-due-soon" />
          <FilterCheck label={t('cases.openOnly')} value={filters.open} onChange={(v) => filter({ open: v })} testId="cases-open" />
          <FilterCheck label={t('cases.toUrge')} value={filters.toUrge} onChange={(v) => filter({ toUrge: v })} testId="cases-to-urge" />
          {(['complex', 'protracted', 'backlog', 'overLevel'] as const).map((flag) => (
            <FilterCheck key={flag} label={t(`cases.${flag}`)} value={filters[flag]} onChange={(v) => filter({ [flag]: v })} testId={`cases-${flag}`} />
          ))}
        </ListToolbar>
        <RecordsTable<CaseListItem>
          prefix="cases"
          query={cases}
          page={page}
          setPage={setPage}
          columns={columns}
          scroll={{ x: 1150 }}
          onRow={(c) => ({ onClick: () => void navigate(`/cases/${c.id}`), className: 'clickable' })}
        />
      </Card>
    </>
  );
}
