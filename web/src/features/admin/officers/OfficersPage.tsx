import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { isPhone, rules } from '../../../lib/forms';
import { formatPhone } from '@core/domain/identity/phone';
import type { Officer, Page } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { useCan } from '../../auth/session';
import { RowActions, type RowAction } from '../shared/RowActions';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { DEFAULT_PAGE_SIZE, pagination } from '../shared/table';
import { useSaveErrors } from '../shared/useSaveErrors';

const OFFICERS_KEY = ['officers'] as const;

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
  email?: string;
  active?: boolean;
}

export function OfficersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useSaveErrors(OFFICERS_KEY);
  const [filters, setFilters] = useState<Filters>({ q: '', unitId: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Officer | 'new' | null>(null);
  const officers = useQuery({
    queryKey: [...OFFICERS_KEY, filters],
    queryFn: ({ signal }) => api.get<Page<Officer>>('/api/officers', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });

  const setActive = useMutation({
    mutationFn: (p: { officer: Officer; active: boolean }) => api.patch<Officer>(`/api/officers/${p.officer.id}`, { version: p.officer.version, active: p.active }),
    onSuccess: () => {
      void message.success(t('officers.updated'));
      void queryClient.invalidateQueries({ queryKey: OFFICERS_KEY });
    },
    onError: (error) => onError(error),
  });

  const actionsFor = (o: Officer): RowAction[] => {
    const out: RowAction[] = [];
    if (o.actions.includes('edit')) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setEditing(o) });
    if (o.actions.includes('activate')) out.push({ key: 'activate', label: t('common.activate'), icon: <CheckCircleOutlined />, onClick: () => setActive.mutate({ officer: o, active: true }) });
    if (o.actions.includes('deactivate'))
      out.push({
        key: 'deactivate',
        label: t('common.deactivate'),
        icon: <StopOutlined />,
        danger: true,
        onClick: () => void modal.confirm({ title: `${t('common.deactivate')}: ${o.fullName}?`, okButtonProps: { danger: true }, onOk: () => setActive.mutateAsync({ officer: o, active: false }) }),
      });
    return out;
  };

  const columns: TableColumnsType<Officer> = [
    { title: t('officers.fullName'), dataIndex: 'fullName', width: 190, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('officers.position'), dataIndex: 'position' },
    { title: t('officers.unit'), dataIndex: 'unitName', width: 180 },
    {
      title: t('officers.contact'),
      key: 'contact',
      width: 180,
      render: (_: unknown, o) => (
        <>
          <span style={{ whiteSpace: 'nowrap' }}>{o.phones.length ? o.phones.map(formatPhone).join(', ') : t('common.none')}</span>
          {o.email ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis={{ tooltip: o.email }}>
              {o.email}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 160,
      render: (_: unknown, o) => (
        <Flex gap={4} wrap>
          {o.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
          {o.accountId === null ? null : <Tag color="blue">{t('officers.hasAccount')}</Tag>}
        </Flex>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 110, fixed: 'right', render: (_: unknown, o) => <RowActions actions={actionsFor(o)} testId={`officer-${o.id}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('officers.title')}
        subtitle={t('officers.subtitle')}
        extra={
          can('org.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="officers-add">
              {t('officers.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            enterButton={t('common.search')}
            placeholder={t('officers.searchPlaceholder')}
            aria-label={t('common.search')}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim(), page: 1 }))}
            style={{ maxWidth: 420 }}
            data-testid="officers-search"
          />
          <UnitTreeSelect
            aria-label={t('officers.unitFilter')}
            placeholder={t('officers.unitFilter')}
            value={filters.unitId ?? undefined}
            onChange={(v) => setFilters((f) => ({ ...f, unitId: typeof v === 'number' ? v : null, page: 1 }))}
            style={{ width: 280 }}
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
          scroll={{ x: 980 }}
        />
      </Card>
      {editing ? <OfficerFormModal officer={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

function OfficerFormModal({ officer, onClose }: { officer: Officer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useSaveErrors(OFFICERS_KEY);
  const r = rules(t);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        fullName: v.fullName.trim(),
        unitId: v.unitId,
        position: v.position.trim(),
        phones: v.phones.map((p) => p.trim()).filter(Boolean),
        email: v.email?.trim() || null,
      };
      return officer
        ? api.patch<Officer>(`/api/officers/${officer.id}`, { version: officer.version, ...body, active: v.active ?? officer.active })
        : api.post<Officer>('/api/officers', body);
    },
    onSuccess: () => {
      void message.success(officer ? t('officers.updated') : t('officers.created'));
      void queryClient.invalidateQueries({ queryKey: OFFICERS_KEY });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  return (
    <Modal
      open
      title={officer ? t('officers.editTitle') : t('officers.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={officer ? { ...officer, phones: officer.phones.map(formatPhone), email: officer.email ?? undefined } : { phones: [] }}
        onFinish={(v) => save.mutate(v)}
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
        {officer ? (
          <Form.Item name="active" label={t('common.status')} valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
