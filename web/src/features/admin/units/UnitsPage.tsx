import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDate, todayInVietnam } from '../../../lib/dates';
import type { UnitNode } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useCan } from '../../auth/session';
import { flattenUnits, unitsKey, useUnits } from '../shared/units';
import { RowActions, type RowAction } from '../shared/RowActions';
import { pagination } from '../shared/table';
import { UnitFormModal, type UnitFormMode } from './UnitFormModal';
import { MergeUnitsModal } from './MergeUnitsModal';

/** antd treats `children: []` as expandable; leaves must have no children key at all. */
type Row = Omit<UnitNode, 'children'> & { children?: Row[] };
function toRows(nodes: readonly UnitNode[]): Row[] {
  return nodes.map(({ children, ...rest }) => (children.length > 0 ? { ...rest, children: toRows(children) } : rest));
}

export function UnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [at, setAt] = useState(todayInVietnam());
  const [includeClosed, setIncludeClosed] = useState(false);
  const query = { at, includeClosed };
  const units = useUnits(query);
  const [form, setForm] = useState<UnitFormMode | null>(null);
  const [merge, setMerge] = useState<{ sourceIds: number[] } | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);

  // Predecessors have usually ended before `at`, so their names come from the tree with closed units.
  const history = useUnits({ at, includeClosed: true });
  const all = useMemo(() => flattenUnits(units.data ?? []), [units.data]);
  const byId = useMemo(() => new Map(all.map((u) => [u.id, u])), [all]);
  const names = useMemo(() => new Map(flattenUnits(history.data ?? []).map((u) => [u.id, u.name])), [history.data]);
  const rows = useMemo(() => toRows(units.data ?? []), [units.data]);
  // Open the top two levels (province → city → wards) until the user expands/collapses by hand.
  const defaultExpanded = useMemo(
    () => (units.data ?? []).flatMap((root) => [root.id, ...root.children.filter((c) => c.children.length > 0).map((c) => c.id)]),
    [units.data],
  );

  const actionsFor = (u: Row): RowAction[] => {
    const out: RowAction[] = [];
    if (u.actions.includes('edit')) {
      const node = byId.get(u.id);
      if (node) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setForm({ kind: 'edit', unit: node }) });
    }
    if (u.actions.includes('create_child') || u.actions.includes('create')) {
      out.push({ key: 'add-child', label: t('units.addChild'), icon: <PlusOutlined />, onClick: () => setForm({ kind: 'create', parentId: u.id }) });
    }
    if (u.actions.includes('merge')) {
      out.push({ key: 'merge', label: t('units.merge'), icon: <MergeCellsOutlined />, onClick: () => setMerge({ sourceIds: [u.id] }) });
    }
    return out;
  };

  const columns: TableColumnsType<Row> = [
    { title: t('units.code'), dataIndex: 'code', width: 230, render: (code: string) => <span className="nowrap">{code}</span> },
    {
      title: t('units.name'),
      dataIndex: 'name',
      render: (name: string, u) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong={u.parentId === null}>{name}</Typography.Text>
          {u.validTo !== null && u.validTo < at ? <Tag>{t('units.closed')}</Tag> : null}
          {u.predecessorIds.length > 0 ? (
            <Typography.Text type="secondary" className="text-sm">
              {t('units.predecessors')}: {u.predecessorIds.map((id) => names.get(id) ?? `#${id}`).join(', ')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('units.kind'), dataIndex: 'kind', width: 160, render: (k: UnitNode['kind']) => t(`units.kinds.${k}`) },
    { title: t('units.level'), dataIndex: 'level', width: 110, render: (l: UnitNode['level']) => t(`units.levels.${l}`) },
    { title: t('units.validFrom'), dataIndex: 'validFrom', width: 110, render: (d: string) => formatDate(d) },
    { title: t('units.validTo'), dataIndex: 'validTo', width: 110, render: (d: string | null) => formatDate(d) },
    { title: t('common.actions'), key: 'actions', width: 110, fixed: 'right', render: (_: unknown, u) => <RowActions actions={actionsFor(u)} testId={`unit-${u.code}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        extra={
          can('org.admin') ? (
            <>
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerge({ sourceIds: [] })} data-testid="units-merge">
                {t('units.merge')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'create', parentId: null })} data-testid="units-add">
                {t('units.add')}
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        <Flex gap={24} align="center" wrap className="gap-after">
          <Flex gap={8} align="center">
            <label htmlFor="units-at">{t('units.at')}</label>
            <DatePicker
              id="units-at"
              value={dayjs(at)}
              format={DATE_FORMAT}
              allowClear={false}
              onChange={(d) => d && setAt(d.format('YYYY-MM-DD'))}
            />
          </Flex>
          <Flex gap={8} align="center">
            <Switch id="units-closed" checked={includeClosed} onChange={setIncludeClosed} />
            <label htmlFor="units-closed">{t('units.includeClosed')}</label>
          </Flex>
        </Flex>
        {units.isError ? <QueryError error={units.error} onRetry={() => void units.refetch()} /> : null}
        <Table<Row>
          data-testid="units-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={units.isFetching}
          expandable={{ expandedRowKeys: expanded ?? defaultExpanded, onExpandedRowsChange: (keys) => setExpanded(keys) }}
          // Pages count top-level rows; the total shown is every unit in the tree.
          pagination={pagination(t, { showTotal: () => t('common.total', { count: all.length }) })}
          scroll={{ x: 1000 }}
        />
      </Card>
      {form ? <UnitFormModal mode={form} onClose={() => setForm(null)} listKey={unitsKey(query).slice(0, 1)} /> : null}
      {merge ? <MergeUnitsModal initialSourceIds={merge.sourceIds} onClose={() => setMerge(null)} /> : null}
    </>
  );
}
