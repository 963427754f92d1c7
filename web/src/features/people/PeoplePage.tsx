import { useEffect, useState, type KeyboardEvent } from 'react';
import { Button, Card, Empty, Flex, Input, Segmented, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../auth/session';
import { MIN_QUERY_LENGTH, usePersonSearchPages, usePlainNames, type PersonListItem, type PersonSearchItem } from './api';
import { PersonFormDrawer } from './PersonFormDrawer';
import { ReasonTags } from './ReasonTags';
import { useDebounced } from './useDebounced';

const SEARCH_DELAY_MS = 200;
const PLAIN_PAGE_SIZE = 20;

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
  // "Chưa chuẩn hóa": the records saved with a name without diacritics, listed for correction instead of a search.
  const plainView = params.get('view') === 'plain';
  const [plainPage, setPlainPage] = useState(1);
  const search = usePersonSearchPages(plainView ? '' : q);
  const plain = usePlainNames(plainPage, PLAIN_PAGE_SIZE, plainView);
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState(false);
  const searching = !plainView && q.length >= MIN_QUERY_LENGTH;
  const items = searching ? search.items : [];

  // The query lives in the URL (replace, not push: each keystroke is not a history step).
  useEffect(() => {
    if (!plainView && (params.get('q') ?? '') !== q) setParams(q ? { q } : {}, { replace: true });
  }, [q, params, setParams, plainView]);
  // A new list (not the next page of this one) starts at its first row.
  const firstPage = search.data?.pages[0];
  useEffect(() => setActive(0), [firstPage]);

  const open = (p: PersonListItem) => void navigate(`/people/${p.id}`);

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

  const columns: TableColumnsType<PersonListItem> = [
    {
      title: t('people.fullName'),
      dataIndex: 'fullName',
      width: 200,
      render: (name: string, p) => (
        <>
          <Typography.Text strong className="accent">
            {name}
          </Typography.Text>
          {p.namePlain ? (
            <>
              {' '}
              <Tooltip title={t('people.plainTagHint')}>
                <Tag color="warning" data-testid="person-plain-tag">
                  {t('people.plainTag')}
                </Tag>
              </Tooltip>
            </>
          ) : null}
        </>
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
  ];
  const searchColumns: TableColumnsType<PersonSearchItem> = [
    ...(columns as TableColumnsType<PersonSearchItem>),
    { title: t('people.reasons'), dataIndex: 'reasons', width: 210, render: (reasons: PersonSearchItem['reasons']) => <ReasonTags reasons={reasons} /> },
  ];
  const rowProps = (p: PersonListItem) => ({
    onClick: () => open(p),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') open(p);
    },
    tabIndex: 0,
    style: { cursor: 'pointer' },
    'aria-label': p.fullName,
  });

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
        <Flex vertical gap="middle">
        <Segmented
          value={plainView ? 'plain' : 'search'}
          onChange={(v) => {
            setPlainPage(1);
            setParams(v === 'plain' ? { view: 'plain' } : q ? { q } : {}, { replace: true });
          }}
          options={[
            { value: 'search', label: t('people.searchView') },
            { value: 'plain', label: <span data-testid="people-plain-view">{t('people.plainView')}</span> },
          ]}
        />
        {plainView ? (
          <div>
            <Typography.Paragraph type="secondary">
              {plain.data && plain.data.total > 0 ? t('people.plainViewIntro', { count: plain.data.total }) : null}
            </Typography.Paragraph>
            {plain.isError ? <QueryError error={plain.error} onRetry={() => void plain.refetch()} /> : null}
            <Table<PersonListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={plain.data?.items ?? []}
              loading={plain.isFetching}
              pagination={{ current: plainPage, pageSize: PLAIN_PAGE_SIZE, total: plain.data?.total ?? 0, onChange: setPlainPage, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: 830 }}
              data-testid="people-plain"
              onRow={rowProps}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.plainViewEmpty')} /> }}
            />
          </div>
        ) : (
          <div>
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
            <Typography.Text type="secondary" className="people-hint" data-testid="people-results-status">
              {searching && items.length > 0 ? t(search.hasNextPage ? 'people.resultsFirst' : 'people.resultsCount', { count: items.length }) + ' · ' : ''}
              {t('people.keyboardHint')}
            </Typography.Text>
            {search.isError && searching ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
            <Table<PersonSearchItem>
              rowKey="id"
              size="middle"
              columns={searchColumns}
              dataSource={items}
              loading={searching && search.isFetching && !search.isFetchingNextPage}
              pagination={false}
              // Whole at 1366 px, even beside a classic 17 px scrollbar (the reasons column last, read in full); below
              // that the address keeps a readable width and the table scrolls instead of squeezing it away.
              scroll={{ x: 990 }}
              data-testid="people-results"
              rowClassName={(_p, index) => (index === active ? 'ant-table-row-selected' : '')}
              onRow={(p, index) => ({ ...rowProps(p), onMouseEnter: () => setActive(index ?? 0) })}
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
              <Flex gap={12} align="center" wrap className="gap-before">
                {search.hasNextPage ? (
                  <Button onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage} data-testid="people-more">
                    {t('people.showMore')}
                  </Button>
                ) : search.truncated ? (
                  <Typography.Text type="warning" data-testid="people-truncated">
                    {t('people.resultsTruncated')}
                  </Typography.Text>
                ) : null}
                <Tag color="default">{t('people.maskedNote')}</Tag>
              </Flex>
            ) : null}
          </div>
        )}
        </Flex>
      </Card>
      {adding ? <PersonFormDrawer person={null} initialQuery={q} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
