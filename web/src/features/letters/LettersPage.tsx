import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ListPager } from '../../components/ListPager';
import { useCan } from '../auth/session';
import { DueTag } from '../cases/DueTag';
import { LETTER_STATES, useLetters, type LetterFilters, type LetterListItem } from './api';
import { LetterFormDrawer } from './LetterFormDrawer';
import '../cases/records.css';

/** Sổ đơn: the letters of the units in scope and those forwarded in, with the running time limit of each. */
export function LettersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const requestTypes = useCatalog('request_type');
  const decisions = useCatalog('decision');
  const [filters, setFilters] = useState<LetterFilters>({});
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const letters = useLetters(filters, page);
  const filter = (next: LetterFilters) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  };

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
        <Flex gap={12} wrap align="center" className="gap-after">
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            placeholder={[t('records.from'), t('records.to')]}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) => filter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            data-testid="letters-period"
          />
          <Select
            allowClear
            placeholder={t('records.allStates')}
            options={LETTER_STATES.map((s) => ({ value: s, label: t(`letters.states.${s}`) }))}
            onChange={(v: LetterFilters['state']) => filter({ state: v })}
            className="records-filter"
            data-testid="letters-state"
          />
          <Select
            allowClear
            placeholder={t('records.allTypes')}
            options={requestTypes.options()}
            onChange={(v: LetterFilters['requestType']) => filter({ requestType: v })}
            className="records-filter"
            data-testid="letters-type"
          />
          <Checkbox onChange={(e) => filter({ overdue: e.target.checked || undefined })} data-testid="letters-overdue">
            {t('letters.overdueOnly')}
          </Checkbox>
          <Checkbox onChange={(e) => filter({ inbox: e.target.checked || undefined })} data-testid="letters-inbox">
            {t('letters.inbox')}
          </Checkbox>
        </Flex>
        {letters.isError ? <QueryError error={letters.error} onRetry={() => void letters.refetch()} /> : null}
        <Table<LetterListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={letters.data?.items ?? []}
          loading={letters.isFetching}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('records.empty') }}
          data-testid="letters-table"
          onRow={(l) => ({ onClick: () => void navigate(`/letters/${l.id}`), className: 'clickable' })}
        />
        <ListPager page={page} hasMore={letters.data?.hasMore ?? false} onChange={setPage} testId="letters-pager" />
      </Card>
      {adding ? <LetterFormDrawer onClose={() => setAdding(false)} /> : null}
    </>
  );
}
