import { useEffect, useState, type KeyboardEvent } from 'react';
import { Button, Card, Empty, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../auth/session';
import { MIN_QUERY_LENGTH, usePersonSearch, type PersonSearchItem } from './api';
import { PersonFormDrawer } from './PersonFormDrawer';
import { ReasonTags } from './ReasonTags';
import { useDebounced } from './useDebounced';

const SEARCH_DELAY_MS = 200;

/**
 * Công dân: find a citizen as the officer types (without diacritics, partial, in any order, or by number), best
 * match first with the reasons it matched. Arrow keys move through the results and Enter opens the record; the
 * query stays in the address bar so "Back" from a record returns to the same list.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const search = usePersonSearch(q);
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState(false);
  const searching = q.length >= MIN_QUERY_LENGTH;
  const items = searching ? (search.data ?? []) : [];

  // The query lives in the URL (replace, not push: each keystroke is not a history step).
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParams(q ? { q } : {}, { replace: true });
  }, [q, params, setParams]);
  useEffect(() => setActive(0), [search.data]);

  const open = (p: PersonSearchItem) => void navigate(`/people/${p.id}`);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (items.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(active + 1, items.length - 1) : Math.max(active - 1, 0);
      setActive(next);
      document.querySelector(`[data-testid="people-results"] [data-row-key="${items[next]?.id}"]`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = items[active];
      if (chosen) open(chosen);
    }
  };

  const columns: TableColumnsType<PersonSearchItem> = [
    {
      title: t('people.fullName'),
      dataIndex: 'fullName',
      width: 200,
      render: (name: string) => (
        <Typography.Text strong className="accent">
          {name}
        </Typography.Text>
      ),
    },
    { title: t('people.birthYearShort'), dataIndex: 'birthYear', width: 90, render: (v: number | null) => v ?? t('common.none') },
    { title: t('people.gender'), dataIndex: 'gender', width: 76, render: (g: PersonSearchItem['gender']) => (g ? t(`people.genders.${g}`) : t('common.none')) },
    {
      title: t('people.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 130,
      render: (v: string | null, p) =>
        v ? (
          <>
            <span className="tabular nowrap">{v}</span>
            {p.idType ? (
              <Typography.Text type="secondary" className="sub-line">
                {t(`people.idTypes.${p.idType}`)}
              </Typography.Text>
            ) : null}
          </>
        ) : (
          t('common.none')
        ),
    },
    { title: t('people.address'), dataIndex: 'address', ellipsis: { showTitle: true }, render: (v: string | null) => v ?? t('common.none') },
    { title: t('people.ward'), dataIndex: 'wardName', width: 140, render: (v: string | null) => v ?? t('common.none') },
    { title: t('people.reasons'), dataIndex: 'reasons', width: 210, render: (reasons: PersonSearchItem['reasons']) => <ReasonTags reasons={reasons} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        extra={
          can('people.write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="people-add">
              {t('people.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Input
          size="large"
          allowClear
          autoFocus
          prefix={<SearchOutlined className="text-muted" />}
          placeholder={t('people.searchHint')}
          aria-label={t('people.searchHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="people-search"
          className="people-search"
        />
        <Typography.Text type="secondary" className="people-hint">
          {searching && items.length > 0 ? t('people.resultsCount', { count: items.length }) + ' · ' : ''}
          {t('people.keyboardHint')}
        </Typography.Text>
        {search.isError && searching ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
        <Table<PersonSearchItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={searching && search.isFetching}
          pagination={false}
          // Whole at 1366 px, even beside a classic 17 px scrollbar (the reasons column last, read in full); below
          // that the address keeps a readable width and the table scrolls instead of squeezing it away.
          scroll={{ x: 990 }}
          data-testid="people-results"
          rowClassName={(_p, index) => (index === active ? 'ant-table-row-selected' : '')}
          onRow={(p, index) => ({
            onClick: () => open(p),
            onMouseEnter: () => setActive(index ?? 0),
            onKeyDown: (e) => {
              if (e.key === 'Enter') open(p);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
            'aria-label': p.fullName,
          })}
          locale={{
            emptyText: searching ? (
              search.isFetching && !search.data ? (
                <span />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.noResults', { q })}>
                  {can('people.write') ? (
                    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                      {t('people.addNamed', { name: q })}
                    </Button>
                  ) : null}
                </Empty>
              )
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.typeToSearch', { min: MIN_QUERY_LENGTH })} />
            ),
          }}
        />
        {searching && items.length > 0 ? (
          <Flex gap={6} align="center" wrap className="gap-before">
            <Tag color="default">{t('people.maskedNote')}</Tag>
          </Flex>
        ) : null}
      </Card>
      {adding ? <PersonFormDrawer person={null} initialQuery={q} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
