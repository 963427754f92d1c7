import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useCatalog } from '../../../lib/catalogs';
import { canonicalPhone, isPhone, rules } from '../../../lib/forms';
import { formatPhone } from '@core/domain/identity/phone';
import { searchKey } from '@core/domain/text/normalize';
import type { Officer, Page } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useCan } from '../../auth/session';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { DEFAULT_PAGE_SIZE, pagination } from '../shared/table';
import { ActiveTag, RecordFormModal, useRecordRows, type RecordKind } from '../shared/records';

const OFFICERS: RecordKind<Officer> = {
  listKey: ['officers'],
  path: '/api/officers',
  name: (o) => o.fullName,
  testId: 'officer',
  created: 'officers.created',
  updated: 'officers.updated',
};

interface Filters {
  q: string;
  unitId: number | null;
  page: number;
  pageSize: number;
}

interface Values {
  fullName: string;
  unitId: number;
  position: string;
  phones: string[];
  dutyRoles: string[];
  email?: string;
  active?: boolean;
}

function toBody(v: Values) {
  return {
    fullName: v.fullName.trim(),
    unitId: v.unitId,
    position: v.position.trim(),
    phones: v.phones.map((p) => p.trim()).filter(Boolean).map(canonicalPhone),
    dutyRoles: v.dutyRoles,
    email: v.email?.trim() || null,
  };
}

export function OfficersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useState<Filters>({ q: '', unitId: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const officers = useQuery({
    queryKey: [...OFFICERS.listKey, filters],
    queryFn: ({ signal }) => api.get<Page<Officer>>('/api/officers', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });
  const rows = useRecordRows(OFFICERS);
  const dutyRoles = useCatalog('duty_role');

  const columns: TableColumnsType<Officer> = [
    { title: t('officers.fullName'), dataIndex: 'fullName', width: 180, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    {
      // Position over unit in one column, so the duty roles fit beside them at 1366 px.
      title: t('officers.positionAndUnit'),
      dataIndex: 'position',
      minWidth: 220,
      render: (position: string, o) => (
        <>
          {position}
          <Typography.Text type="secondary" className="sub-line">
            {o.unitName}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('officers.contact'),
      key: 'contact',
      width: 160,
      render: (_: unknown, o) => (
        <>
          <span className="nowrap">{o.phones.length ? o.phones.map(formatPhone).join(', ') : t('common.none')}</span>
          {o.email ? (
            <Typography.Text type="secondary" className="sub-line" ellipsis={{ tooltip: o.email }}>
              {o.email}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('officers.dutyRoles'),
      dataIndex: 'dutyRoles',
      width: 210,
      render: (codes: string[]) =>
        codes.length ? (
          <Flex gap={4} wrap>
            {codes.map((code) => (
              <Tag key={code} className="flush wrap">
                {dutyRoles.label(code)}
              </Tag>
            ))}
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 130,
      fixed: 'right',
      render: (_: unknown, o) => (
        <Flex gap={4} wrap>
          <ActiveTag active={o.active} />
          {o.accountId === null ? null : <Tag color="blue">{t('officers.hasAccount')}</Tag>}
        </Flex>
      ),
    },
    rows.actionsColumn,
  ];

  return (
    <>
      <PageHeader
        title={t('officers.title')}
        subtitle={t('officers.subtitle')}
        extra={
          can('org.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={rows.add} data-testid="officers-add">
              {t('officers.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap className="gap-after">
          <Input.Search
            allowClear
            enterButton={t('common.search')}
            placeholder={t('officers.searchPlaceholder')}
            aria-label={t('common.search')}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim(), page: 1 }))}
            className="search-box"
            data-testid="officers-search"
          />
          <UnitTreeSelect
            aria-label={t('officers.unitFilter')}
            placeholder={t('officers.unitFilter')}
            value={filters.unitId ?? undefined}
            onChange={(v) => setFilters((f) => ({ ...f, unitId: typeof v === 'number' ? v : null, page: 1 }))}
            className="unit-filter"
          />
        </Flex>
        {officers.isError ? <QueryError error={officers.error} onRetry={() => void officers.refetch()} /> : null}
        <Table<Officer>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={officers.data?.items ?? []}
          loading={officers.isFetching}
          pagination={pagination(t, {
            current: filters.page,
            pageSize: filters.pageSize,
            total: officers.data?.total ?? 0,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
          })}
          // Fits the content area at 1366 px; narrower, the middle columns scroll sideways, status and actions stay pinned.
          scroll={{ x: 1010 }}
        />
      </Card>
      {rows.editing ? <OfficerFormModal officer={rows.editing === 'new' ? null : rows.editing} onClose={rows.close} /> : null}
    </>
  );
}

function OfficerFormModal({ officer, onClose }: { officer: Officer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const r = rules(t);
  const dutyRoles = useCatalog('duty_role');
  return (
    <RecordFormModal
      kind={OFFICERS}
      record={officer}
      title={officer ? t('officers.editTitle') : t('officers.add')}
      initialValues={officer ? { ...officer, phones: officer.phones.map(formatPhone), email: officer.email ?? undefined } : { phones: [], dutyRoles: [] }}
      toBody={toBody}
      onClose={onClose}
    >
      <Form.Item name="fullName" label={t('officers.fullName')} rules={[r.required(t('officers.fullName')), r.max(t('officers.fullName'), 150)]}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="unitId" label={t('officers.unit')} rules={[r.requiredSelect(t('officers.unit'))]}>
        <UnitTreeSelect data-testid="officer-unit" />
      </Form.Item>
      <Form.Item name="position" label={t('officers.position')} rules={[r.required(t('officers.position')), r.max(t('officers.position'), 150)]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="phones"
        label={t('officers.phones')}
        extra={t('officers.phonesHint')}
        rules={[
          {
            validator: (_r, v: string[] | undefined) => {
              if ((v ?? []).length > 5) return Promise.reject(new Error(t('validation.phones')));
              return (v ?? []).every((p) => isPhone(p)) ? Promise.resolve() : Promise.reject(new Error(t('validation.phone')));
            },
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', ';']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="email" label={t('officers.email')} rules={[r.email]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="dutyRoles" label={t('officers.dutyRoles')}>
        <Select
          mode="multiple"
          allowClear
          loading={dutyRoles.isLoading}
          placeholder={t('officers.dutyRolesPlaceholder')}
          options={dutyRoles.options(officer?.dutyRoles)}
          showSearch={{ filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)) }}
          data-testid="officer-duty-roles"
        />
      </Form.Item>
    </RecordFormModal>
  );
}
