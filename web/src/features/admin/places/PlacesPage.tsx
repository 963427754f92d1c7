import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { isPhone, rules } from '../../../lib/forms';
import { formatPhone } from '@core/domain/identity/phone';
import { PLACE_KINDS, type Place, type PlaceKind } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { useCan } from '../../auth/session';
import { RowActions, type RowAction } from '../shared/RowActions';
import { searchKey } from '@core/domain/text/normalize';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { pagination } from '../shared/table';
import { useSaveErrors } from '../shared/useSaveErrors';

const PLACES_KEY = ['places'] as const;

interface Values {
  name: string;
  kind: PlaceKind;
  unitId: number;
  address: string;
  phone?: string;
  active?: boolean;
}

export function PlacesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useSaveErrors(PLACES_KEY);
  const places = useQuery({
    queryKey: PLACES_KEY,
    queryFn: ({ signal }) => api.get<{ items: Place[] }>('/api/places', undefined, signal),
    select: (d) => d.items,
  });
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Place | 'new' | null>(null);

  const rows = useMemo(() => {
    const q = searchKey(search);
    const items = places.data ?? [];
    return q ? items.filter((p) => searchKey(`${p.name} ${p.address} ${p.unitName}`).includes(q)) : items;
  }, [places.data, search]);

  const setActive = useMutation({
    mutationFn: (p: { place: Place; active: boolean }) => api.patch<Place>(`/api/places/${p.place.id}`, { version: p.place.version, active: p.active }),
    onSuccess: () => {
      void message.success(t('places.updated'));
      void queryClient.invalidateQueries({ queryKey: PLACES_KEY });
    },
    onError: (error) => onError(error),
  });

  const actionsFor = (p: Place): RowAction[] => {
    const out: RowAction[] = [];
    if (p.actions.includes('edit')) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setEditing(p) });
    if (p.actions.includes('activate')) out.push({ key: 'activate', label: t('common.activate'), icon: <CheckCircleOutlined />, onClick: () => setActive.mutate({ place: p, active: true }) });
    if (p.actions.includes('deactivate'))
      out.push({
        key: 'deactivate',
        label: t('common.deactivate'),
        icon: <StopOutlined />,
        danger: true,
        onClick: () => void modal.confirm({ title: `${t('common.deactivate')}: ${p.name}?`, okButtonProps: { danger: true }, onOk: () => setActive.mutateAsync({ place: p, active: false }) }),
      });
    return out;
  };

  const columns: TableColumnsType<Place> = [
    {
      title: t('places.name'),
      dataIndex: 'name',
      width: 260,
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (name: string, p) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`places.kinds.${p.kind}`)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('places.unit'), dataIndex: 'unitName', width: 170 },
    { title: t('places.address'), dataIndex: 'address' },
    { title: t('places.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => (v ? formatPhone(v) : t('common.none')) },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 140,
      render: (active: boolean) => (active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
    },
    { title: t('common.actions'), key: 'actions', width: 110, fixed: 'right', render: (_: unknown, p) => <RowActions actions={actionsFor(p)} testId={`place-${p.id}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('places.title')}
        subtitle={t('places.subtitle')}
        extra={
          can('org.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="places-add">
              {t('places.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder={t('common.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 360 }} aria-label={t('common.search')} />
        </Flex>
        {places.isError ? <QueryError error={places.error} onRetry={() => void places.refetch()} /> : null}
        <Table<Place>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={places.isFetching}
          pagination={pagination(t)}
          scroll={{ x: 980 }}
        />
      </Card>
      {editing ? <PlaceFormModal place={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

function PlaceFormModal({ place, onClose }: { place: Place | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useSaveErrors(PLACES_KEY);
  const r = rules(t);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { name: v.name.trim(), kind: v.kind, unitId: v.unitId, address: v.address.trim(), phone: v.phone?.trim() || null };
      return place ? api.patch<Place>(`/api/places/${place.id}`, { version: place.version, ...body, active: v.active ?? place.active }) : api.post<Place>('/api/places', body);
    },
    onSuccess: () => {
      void message.success(place ? t('places.updated') : t('places.created'));
      void queryClient.invalidateQueries({ queryKey: PLACES_KEY });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  return (
    <Modal
      open
      title={place ? t('places.editTitle') : t('places.add')}
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
        initialValues={place ? { ...place, phone: place.phone ? formatPhone(place.phone) : undefined } : { kind: 'reception_office' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="name" label={t('places.name')} rules={[r.required(t('places.name')), r.max(t('places.name'), 255)]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t('places.kind')} rules={[r.requiredSelect(t('places.kind'))]}>
          <Select options={PLACE_KINDS.map((k) => ({ value: k, label: t(`places.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('places.unit')} rules={[r.requiredSelect(t('places.unit'))]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="address" label={t('places.address')} rules={[r.required(t('places.address')), r.max(t('places.address'), 500)]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('places.phone')}
          rules={[{ validator: (_r, v: string | undefined) => (!v || isPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.phone')))) }]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        {place ? (
          <Form.Item name="active" label={t('common.status')} valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
