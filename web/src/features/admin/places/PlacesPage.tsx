import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { canonicalPhone, isPhone, rules } from '../../../lib/forms';
import { formatPhone } from '@core/domain/identity/phone';
import { PLACE_KINDS, type Place, type PlaceKind } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useCan } from '../../auth/session';
import { searchKey } from '@core/domain/text/normalize';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { WardSelect } from '../shared/WardSelect';
import { pagination } from '../shared/table';
import { ActiveTag, RecordFormModal, useRecordRows, type RecordKind } from '../shared/records';

const PLACES: RecordKind<Place> = {
  listKey: ['places'],
  path: '/api/places',
  name: (p) => p.name,
  testId: 'place',
  created: 'places.created',
  updated: 'places.updated',
};

interface Values {
  name: string;
  kind: PlaceKind;
  unitId: number;
  address: string;
  wardUnitId?: number | null;
  phone?: string;
  active?: boolean;
}

function toBody(v: Values) {
  return {
    name: v.name.trim(),
    kind: v.kind,
    unitId: v.unitId,
    address: v.address.trim(),
    wardUnitId: v.wardUnitId ?? null,
    phone: v.phone?.trim() ? canonicalPhone(v.phone) : null,
  };
}

export function PlacesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const places = useQuery({
    queryKey: PLACES.listKey,
    queryFn: ({ signal }) => api.get<{ items: Place[] }>('/api/places', undefined, signal),
    select: (d) => d.items,
  });
  const rows = useRecordRows(PLACES);
  const [search, setSearch] = useState('');

  const filtered = useMemo(() => {
    const q = searchKey(search);
    const items = places.data ?? [];
    return q ? items.filter((p) => searchKey(`${p.name} ${p.address} ${p.wardName ?? ''} ${p.unitName}`).includes(q)) : items;
  }, [places.data, search]);

  const columns: TableColumnsType<Place> = [
    {
      title: t('places.name'),
      dataIndex: 'name',
      width: 220,
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (name: string, p) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" className="sub-line">
            {t(`places.kinds.${p.kind}`)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('places.unit'), dataIndex: 'unitName', width: 140 },
    { title: t('places.address'), dataIndex: 'address', minWidth: 170 },
    { title: t('places.ward'), dataIndex: 'wardName', width: 120, render: (v: string | null) => v ?? t('common.none') },
    { title: t('places.phone'), dataIndex: 'phone', width: 125, render: (v: string | null) => (v ? formatPhone(v) : t('common.none')) },
    { title: t('common.status'), dataIndex: 'active', width: 125, fixed: 'right', render: (active: boolean) => <ActiveTag active={active} /> },
    rows.actionsColumn,
  ];

  return (
    <>
      <PageHeader
        title={t('places.title')}
        subtitle={t('places.subtitle')}
        extra={
          can('org.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={rows.add} data-testid="places-add">
              {t('places.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex className="gap-after">
          <Input.Search allowClear placeholder={t('common.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} className="search-box-sm" aria-label={t('common.search')} />
        </Flex>
        {places.isError ? <QueryError error={places.error} onRetry={() => void places.refetch()} /> : null}
        <Table<Place>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={filtered}
          loading={places.isFetching}
          pagination={pagination(t)}
          // Fits the content area at 1366 px; narrower, the middle columns scroll sideways, status and actions stay pinned.
          scroll={{ x: 1010 }}
        />
      </Card>
      {rows.editing ? <PlaceFormModal place={rows.editing === 'new' ? null : rows.editing} onClose={rows.close} /> : null}
    </>
  );
}

function PlaceFormModal({ place, onClose }: { place: Place | null; onClose: () => void }) {
  const { t } = useTranslation();
  const r = rules(t);
  return (
    <RecordFormModal
      kind={PLACES}
      record={place}
      title={place ? t('places.editTitle') : t('places.add')}
      initialValues={place ? { ...place, phone: place.phone ? formatPhone(place.phone) : undefined } : { kind: 'reception_office' }}
      toBody={toBody}
      onClose={onClose}
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
      <Form.Item name="wardUnitId" label={t('places.ward')} extra={t('places.wardHint')}>
        <WardSelect current={place?.wardUnitId && place.wardName ? { id: place.wardUnitId, name: place.wardName } : null} data-testid="place-ward" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('places.phone')}
        rules={[{ validator: (_r, v: string | undefined) => (!v || isPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.phone')))) }]}
      >
        <Input inputMode="tel" autoComplete="tel" />
      </Form.Item>
    </RecordFormModal>
  );
}
