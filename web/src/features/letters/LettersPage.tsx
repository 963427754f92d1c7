import { useState } from 'react';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { DueTag } from '../cases/DueTag';
import { LETTER_STATES, useLetters, type LetterFilters, type LetterListItem } from './api';
import { LetterFormDrawer } from './LetterFormDrawer';
import { FilterCheck, FilterSelect, ListToolbar, RecordsTable } from '../records/ListToolbar';
import { useListState } from '../records/list';

/** Sổ đơn: the letters of the units in scope and those forwarded in, with the running time limit of each; filters in the address. */
export function LettersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const requestTypes = useCatalog('request_type');
  const decisions = useCatalog('decision');
  const { filters, page, filter, setPage } = useListState<LetterFilters>();
  const [adding, setAdding] = useState(false);
  const letters = useLetters(filters, page);

  const columns: TableColumnsType<LetterListItem> = [
    {
      title: t('letters.number'),
      dataIndex: 'number',
      width: 100,
      render: (_n: number, l) => (
        <Link to={`/letters/${l.id}`} data-testid={`letter-link-${l.id}`}>
          <Typography.Text strong className="tabular accent">
            {t('letters.numberValue', { number: l.number, year: l.year })}
          </Typography.Text>
        </Link>
      ),
    },
    { title: t('letters.receivedOn'), dataIndex: 'receivedOn', width: 120, render: (v: string) => <span className="tabular">{formatDate(v)}</span> },
    {
      title: t('letters.senders'),
      dataIndex: 'sendersLabel',
      render: (label: string, l) => (
        <Flex vertical>
          {l.sealed ? (
            <Typography.Text type="secondary" data-testid="letter-sealed">
              <LockOutlined /> {label}
            </Typography.Text>
          ) : (
            <Typography.Text strong>{label}</Typography.Text>
          )}
          {l.summary ? (
            <Typography.Text type="secondary" className="text-sm" ellipsis>
              {l.summary}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('records.requestType'), dataIndex: 'requestType', width: 130, render: (code: string) => requestTypes.label(code) },
    {
      title: t('letters.state'),
      dataIndex: 'state',
      width: 190,
      render: (s: LetterListItem['state'], l) => (
        <Flex vertical gap={2}>
          <Tag color={s === 'da_xu_ly' ? 'default' : 'processing'} className="flush">
            {t(`letters.states.${s}`)}
          </Tag>
          {l.decision ? <Typography.Text className="text-sm">{decisions.label(l.decision)}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('records.due.dueOn'), dataIndex: 'dueOn', width: 190, render: (_d: string | null, l) => <DueTag dueOn={l.dueOn} daysLeft={l.daysLeft} /> },
    { title: t('records.unit'), dataIndex: 'unitName', width: 180, ellipsis: true },
  ];

  return (
    <>
      <PageHeader
        title={t('letters.title')}
        subtitle={t('letters.subtitle')}
        extra={
          can('letters.write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="letter-add">
              {t('letters.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <ListToolbar prefix="letters" path="/api/letters" filters={filters} filter={filter} sorts={(['receivedOn', 'number', 'dueOn'] as const).map((v) => ({ value: v, label: t(`letters.sort.${v}`) }))}>
          <FilterSelect
            placeholder={t('records.allStates')}
            options={LETTER_STATES.map((s) => ({ value: s, label: t(`letters.states.${s}`) }))}
            value={filters.state}
            onChange={(v) => filter({ state: v })}
            testId="letters-state"
          />
          <FilterSelect placeholder={t('records.allTypes')} options={requestTypes.options()} value={filters.requestType} onChange={(v) => filter({ requestType: v })} testId="letters-type" />
          <FilterSelect placeholder={t('letters.allDecisions')} options={decisions.options()} value={filters.decision} onChange={(v) => filter({ decision: v })} testId="letters-decision" />
          <FilterCheck label={t('letters.overdueOnly')} value={filters.overdue} onChange={(v) => filter({ overdue: v })} testId="letters-overdue" />
          <FilterCheck label={t('records.dueSoonOnly')} value={filters.dueSoon} onChange={(v) => filter({ dueSoon: v })} testId="letters-due-soon" />
          <FilterCheck label={t('letters.inbox')} value={filters.inbox} onChange={(v) => filter({ inbox: v })} testId="letters-inbox" />
          <FilterCheck label={t('letters.toUrge')} value={filters.toUrge} onChange={(v) => filter({ toUrge: v })} testId="letters-to-urge" />
        </ListToolbar>
        <RecordsTable<LetterListItem>
          prefix="letters"
          query={letters}
          page={page}
          setPage={setPage}
          columns={columns}
          scroll={{ x: 1100 }}
          onRow={(l) => ({ onClick: () => void navigate(`/letters/${l.id}`), className: 'clickable' })}
        />
      </Card>
      {adding ? <LetterFormDrawer onClose={() => setAdding(false)} /> : null}
    </>
  );
}
