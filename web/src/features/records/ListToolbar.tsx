import type { ReactNode } from 'react';
import { Button, Checkbox, DatePicker, Flex, Input, Select, Table, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT } from '../../lib/dates';
import { QueryError } from '../../components/QueryError';
import { ListPager } from '../../components/ListPager';
import { UnitTreeSelect } from '../admin/shared/UnitTreeSelect';
import { useCan } from '../auth/session';
import { usePeriods } from '../periods/api';
import { exportHref, ticked } from './list';
import '../cases/records.css';

/** The filters every register offers; each list adds its own. */
export interface CommonFilters {
  q?: string;
  from?: string;
  to?: string;
  periodId?: string;
  unitId?: string;
  field?: string;
  specialCategory?: string;
  sort?: string;
  [key: string]: string | undefined;
}

interface ToolbarProps<F extends CommonFilters> {
  /** The data-testid prefix and the API path of the list (its export is `<path>/export.xlsx`). */
  prefix: string;
  path: string;
  filters: F;
  filter: (next: Partial<F>) => void;
  /** The list's sort keys with their labels (the first is its default). */
  sorts: readonly { value: string; label: string }[];
  children?: ReactNode;
}

/**
 * The filter bar above a register's list: the search in the content (without diacritics), the dates or a period,
 * the unit, field and special category, the list's own filters (`children`), and the export of what is shown.
 */
export function ListToolbar<F extends CommonFilters>({ prefix, path, filters, filter, sorts, children }: ToolbarProps<F>) {
  const { t } = useTranslation();
  const can = useCan();
  const fieldCatalog = useCatalog('field');
  const categories = useCatalog('special_category');
  const set = (key: keyof CommonFilters, value: string | undefined) => filter({ [key]: value } as Partial<F>);
  const range: [Dayjs | null, Dayjs | null] | null = filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;
  return (
    <Flex vertical gap={12} className="gap-after">
      <Flex gap={12} wrap align="center">
        <Input.Search
          // Typed freely, applied on Enter; a new address (a queue, back) puts its own search in the box.
          key={filters.q ?? ''}
          allowClear
          defaultValue={filters.q}
          placeholder={t('records.search')}
          aria-label={t('records.search')}
          onSearch={(q) => set('q', q.trim() || undefined)}
          className="records-search"
          data-testid={`${prefix}-search`}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={t('records.period')}
          placeholder={[t('records.from'), t('records.to')]}
          value={range}
          allowEmpty={[true, true]}
          onChange={(r) => filter({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') } as Partial<F>)}
          data-testid={`${prefix}-period`}
        />
        {can('periods.read') ? <PeriodSelect value={filters.periodId} onChange={(v) => set('periodId', v)} testId={`${prefix}-period-id`} /> : null}
        <UnitTreeSelect
          allowClear
          placeholder={t('records.allUnits')}
          value={filters.unitId ? Number(filters.unitId) : undefined}
          onChange={(v) => set('unitId', typeof v === 'number' ? String(v) : undefined)}
          className="records-filter"
          data-testid={`${prefix}-unit`}
        />
        <Button icon={<DownloadOutlined />} href={exportHref(path, filters)} download data-testid={`${prefix}-export`}>
          {t('records.export')}
        </Button>
      </Flex>
      <Flex gap={12} wrap align="center">
        {children}
        <FilterSelect placeholder={t('records.allFields')} options={fieldCatalog.options()} value={filters.field} onChange={(v) => set('field', v)} testId={`${prefix}-field`} />
        <FilterSelect placeholder={t('records.allCategories')} options={categories.options()} value={filters.specialCategory} onChange={(v) => set('specialCategory', v)} testId={`${prefix}-category`} />
        <FilterSelect placeholder={t('records.sortBy')} options={[...sorts]} value={filters.sort} onChange={(v) => set('sort', v)} testId={`${prefix}-sort`} />
      </Flex>
    </Flex>
  );
}

function PeriodSelect({ value, onChange, testId }: { value: string | undefined; onChange: (v: string | undefined) => void; testId: string }) {
  const { t } = useTranslation();
  const periods = usePeriods();
  return (
    <FilterSelect
      placeholder={t('records.allPeriods')}
      options={(periods.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
      value={value}
      onChange={onChange}
      testId={testId}
    />
  );
}

/** A choice among codes; clearing it removes the filter. */
export function FilterSelect({ placeholder, options, value, onChange, testId }: { placeholder: string; options: { value: string; label: string }[]; value: string | undefined; onChange: (v: string | undefined) => void; testId: string }) {
  return <Select allowClear showSearch optionFilterProp="label" placeholder={placeholder} options={options} value={value} onChange={(v: string | undefined) => onChange(v)} className="records-filter" data-testid={testId} />;
}

/** A yes-only filter: ticked sends `true`, unticked sends nothing. */
export function FilterCheck({ label, value, onChange, testId }: { label: string; value: string | undefined; onChange: (v: string | undefined) => void; testId: string }) {
  return (
    <Checkbox checked={value === 'true'} onChange={(e) => onChange(ticked(e.target.checked))} data-testid={testId}>
      {label}
    </Checkbox>
  );
}

/** The list itself under its toolbar: error with retry, the table, and previous/next. */
export function RecordsTable<T extends { id: number }>({ prefix, query, page, setPage, ...table }: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'rowKey'> & {
  prefix: string;
  query: { data?: { items: T[]; hasMore: boolean } | undefined; isError: boolean; error: unknown; isFetching: boolean; refetch: () => unknown };
  page: number;
  setPage: (n: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<T> rowKey="id" size="middle" dataSource={query.data?.items ?? []} loading={query.isFetching} pagination={false} locale={{ emptyText: t('records.empty') }} data-testid={`${prefix}-table`} {...table} />
      <ListPager page={page} hasMore={query.data?.hasMore ?? false} onChange={setPage} testId={`${prefix}-pager`} />
    </>
  );
}
