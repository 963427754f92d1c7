import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Card, Col, DatePicker, Form, Input, Row, Table, Typography, type TableColumnsType } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from '@core/domain/audit/actions';
import { api } from '../../../lib/api';
import { DATE_FORMAT, formatDateTime } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import type { AuditEntry, Page } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { DEFAULT_PAGE_SIZE, pagination } from '../shared/table';

// A code this release does not know (a row written by another version) is shown as it is stored.
const actionLabel = (code: string): string => auditActionLabel(code, currentLanguage()) ?? code;
const entityLabel = (code: string): string => auditEntityLabel(code, currentLanguage()) ?? code;

interface FilterValues {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Filters {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

const EMPTY: Filters = { actor: '', action: '', entity: '', entityId: '', from: '', to: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** Pretty JSON for a before/after snapshot; the server has already removed secrets (password hashes). */
function Snapshot({ value, label, empty }: { value: unknown; label: string; empty: string }) {
  return (
    <div className="min-w-0">
      <Typography.Text strong className="field-label">
        {label}
      </Typography.Text>
      <pre className="json-block">{value === null || value === undefined ? empty : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const audit = useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>('/api/audit', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });

  const apply = (v: FilterValues) =>
    setFilters((f) => ({
      ...f,
      actor: v.actor?.trim() ?? '',
      action: v.action?.trim() ?? '',
      entity: v.entity?.trim() ?? '',
      entityId: v.entityId?.trim() ?? '',
      // Whole days in Vietnam time; the server interprets from/to as calendar dates, inclusive.
      from: v.range?.[0]?.format('YYYY-MM-DD') ?? '',
      to: v.range?.[1]?.format('YYYY-MM-DD') ?? '',
      page: 1,
    }));

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 200, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text> },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (v: string) => (
        <>
          <span>{actionLabel(v)}</span>{' '}
          <Typography.Text type="secondary" className="text-sm">
            {v}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 200,
      render: (_: unknown, e) => (
        <>
          {entityLabel(e.entity)}
          {e.entityId !== null ? <Typography.Text type="secondary"> #{e.entityId}</Typography.Text> : null}
        </>
      ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 150, render: (v: string | null) => v ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card className="gap-after">
        <Form<FilterValues> form={form} layout="vertical" onFinish={apply} data-testid="audit-filters">
          <Row gutter={16}>
            <Col xs={24} md={12} lg={6}>
              <Form.Item name="actor" label={t('audit.actor')}>
                <Input allowClear placeholder={t('audit.actorPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item name="action" label={t('audit.action')}>
                <AutoComplete
                  allowClear
                  placeholder={t('audit.actionPlaceholder')}
                  options={AUDIT_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(a)} (${a})` }))}
                  filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item name="entity" label={t('audit.entity')}>
                <AutoComplete allowClear options={AUDIT_ENTITIES.map((e) => ({ value: e, label: `${entityLabel(e)} (${e})` }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item name="entityId" label={t('audit.entityId')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={9}>
              <Form.Item name="range" label={t('audit.range')} className="flush">
                <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[true, true]} className="fill-width" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={15} className="filter-buttons">
              <Button type="primary" htmlType="submit" icon={<FilterOutlined />} data-testid="audit-filter">
                {t('common.filter')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters(EMPTY);
                }}
              >
                {t('common.reset')}
              </Button>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        {audit.isError ? <QueryError error={audit.error} onRetry={() => void audit.refetch()} /> : null}
        <Table<AuditEntry>
          data-testid="audit-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          expandable={{
            expandedRowRender: (e) => (
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Snapshot value={e.before} label={t('audit.before')} empty={t('audit.empty')} />
                </Col>
                <Col xs={24} lg={12}>
                  <Snapshot value={e.after} label={t('audit.after')} empty={t('audit.empty')} />
                </Col>
              </Row>
            ),
            rowExpandable: (e) => (e.before !== null && e.before !== undefined) || (e.after !== null && e.after !== undefined),
          }}
          pagination={pagination(t, {
            current: filters.page,
            pageSize: filters.pageSize,
            total: audit.data?.total ?? 0,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
          })}
          scroll={{ x: 900 }}
        />
      </Card>
    </>
  );
}
