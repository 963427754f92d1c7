import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Empty, Progress, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, LockOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { api } from '../../lib/api';
import { useCatalog } from '../../lib/catalogs';
import { formatDate, formatDateTime, formatTime } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { ScreeningTab } from './ScreeningTab';
import { PERIODS_KEY, usePeriod, useRoster, useTasks, type Assignment, type Gap, type Period, type Roster, type Task, type TaskUpdate } from './api';

/** One period: its plan, each unit's tasks, the roster grid per place with its gaps, solve and publish. */
export function PeriodPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const period = usePeriod(id);
  if (period.isError) return <QueryError error={period.error} onRetry={() => void period.refetch()} />;
  const p = period.data;
  return (
    <>
      <PageHeader title={p?.name ?? '…'} subtitle={p ? `${formatDateTime(p.startsAt)} – ${formatDateTime(p.endsAt)} · ${p.unitName}` : undefined} extra={p ? <RosterActions period={p} /> : null} />
      {p ? (
        <>
          <Descriptions size="small" column={1} className="gap-after">
            {p.legalBasis ? <Descriptions.Item label={t('periods.planInfo')}>{p.legalBasis}</Descriptions.Item> : null}
            {p.reporting.length ? <Descriptions.Item label={t('periods.reporting')}>{p.reporting.map((r) => `${r.time} — ${r.title}`).join('; ')}</Descriptions.Item> : null}
            {p.healthScreening ? <Descriptions.Item label={t('periods.healthScreening')}>✓</Descriptions.Item> : null}
          </Descriptions>
          <Tabs
            items={[
              { key: 'tasks', label: t('periods.tabs.tasks'), children: <TasksTab period={p} /> },
              { key: 'roster', label: t('periods.tabs.roster'), children: <RosterTab period={p} /> },
              { key: 'gaps', label: t('periods.tabs.gaps'), children: <GapsTab periodId={p.id} /> },
              { key: 'screening', label: t('periods.tabs.screening'), children: <ScreeningTab period={p} /> },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

function RosterActions({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [...PERIODS_KEY] });
  const solve = useMutation({
    mutationFn: () => api.post<Roster>(`/api/periods/${period.id}/roster/solve`),
    onSuccess: async (r) => {
      message.success(t('periods.solved', { assigned: r.stats?.assignedSlots ?? r.assignments.length, required: r.stats?.requiredSlots ?? r.assignments.length, gaps: r.gaps.length, ms: r.stats?.timeMs ?? 0 }));
      await refresh();
    },
    onError: (e) => message.error(errorMessage(e, t)),
  });
  const publish = useMutation({
    mutationFn: () => api.post<Roster>(`/api/periods/${period.id}/roster/publish`),
    onSuccess: async () => {
      message.success(t('periods.publishedOk'));
      await refresh();
    },
    onError: (e) => message.error(errorMessage(e, t)),
  });
  const canPlan = period.actions.includes('solve');
  return (
    <Space wrap>
      {canPlan ? (
        <Button icon={<ThunderboltOutlined />} loading={solve.isPending} onClick={() => solve.mutate()} data-testid="roster-solve">
          {solve.isPending ? t('periods.solving') : t('periods.solve')}
        </Button>
      ) : null}
      {canPlan ? (
        <Button type="primary" icon={<LockOutlined />} loading={publish.isPending} onClick={() => modal.confirm({ content: t('periods.publishConfirm'), onOk: () => publish.mutateAsync() })} data-testid="roster-publish">
          {t('periods.publish')}
        </Button>
      ) : null}
      <Button icon={<DownloadOutlined />} href={`/api/periods/${period.id}/roster.docx`} data-testid="roster-docx">
        {t('periods.exportDocx')}
      </Button>
      <Button icon={<DownloadOutlined />} href={`/api/periods/${period.id}/roster.xlsx`} data-testid="roster-xlsx">
        {t('periods.exportXlsx')}
      </Button>
      {period.rosterPublishedAt ? <Tag color="green">{t('periods.published')}</Tag> : null}
    </Space>
  );
}

const STATUSES: Task['status'][] = ['todo', 'in_progress', 'done'];

function TasksTab({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tasks = useTasks(period.id);
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: ({ task, status }: { task: Task; status: Task['status'] }) => api.patch<Task>(`/api/tasks/${task.id}`, { version: task.version, status } satisfies TaskUpdate),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PERIODS_KEY, period.id] }),
    onError: (e) => message.error(errorMessage(e, t)),
  });
  return (
    <>
      <Space wrap className="gap-after" data-testid="tasks-progress">
        {period.tasksByUnit.map((u) => (
          <span key={u.unitId} style={{ display: 'inline-block', minWidth: 220 }}>
            <Typography.Text>{u.unitName}</Typography.Text>
            <Progress percent={Math.round((100 * u.done) / Math.max(1, u.total))} size="small" format={() => `${u.done}/${u.total}`} />
          </span>
        ))}
      </Space>
      {tasks.isError ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      <Table<Task>
        rowKey="id"
        size="small"
        loading={tasks.isLoading}
        dataSource={tasks.data ?? []}
        pagination={{ pageSize: 30 }}
        columns={[
          { title: t('periods.section'), dataIndex: 'section', width: 220 },
          { title: t('periods.task'), dataIndex: 'title' },
          { title: t('periods.owner'), dataIndex: 'ownerUnitName', width: 200 },
          { title: t('periods.due'), dataIndex: 'dueDate', width: 110, render: (d: string | null) => formatDate(d) },
          {
            title: t('periods.status'),
            width: 150,
            render: (_, task) =>
              task.actions.includes('edit') ? (
                <Select<Task['status']> size="small" value={task.status} style={{ width: 130 }} onChange={(status) => update.mutate({ task, status })} options={STATUSES.map((s) => ({ value: s, label: t(`periods.statuses.${s}`) }))} />
              ) : (
                t(`periods.statuses.${task.status}`)
              ),
          },
        ]}
      />
    </>
  );
}

const ROWS_PER_PAGE = 21;

interface ShiftRow {
  key: string;
  start: string;
  end: string;
  label: string;
  byRole: Map<string, Assignment[]>;
  gaps: Gap[];
}

/** The roster of one place as a grid: a row per shift, a column per duty role, gaps in red. */
function RosterTab({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const roster = useRoster(period.id);
  const roles = useCatalog('duty_role');
  const queryClient = useQueryClient();
  const [placeId, setPlaceId] = useState<number | undefined>(period.places[0]?.placeId);
  const place = period.places.find((p) => p.placeId === placeId);
  const roleCodes = place?.requirements.map((r) => r.role) ?? [];
  const rows = useMemo<ShiftRow[]>(() => {
    const map = new Map<string, ShiftRow>();
    const row = (key: string, start: string, end: string, label: string) => {
      const r: ShiftRow = map.get(key) ?? { key, start, end, label, byRole: new Map<string, Assignment[]>(), gaps: [] };
      map.set(key, r);
      return r;
    };
    for (const a of roster.data?.assignments ?? []) {
      if (a.place !== placeId) continue;
      const r = row(a.shift, a.start, a.end, a.shiftLabel);
      r.byRole.set(a.role, [...(r.byRole.get(a.role) ?? []), a]);
    }
    for (const g of roster.data?.gaps ?? []) if (g.place === placeId) row(g.shift, g.start, g.end, '').gaps.push(g);
    return [...map.values()].sort((a, b) => a.start.localeCompare(b.start));
  }, [roster.data, placeId]);
  const check = useMutation({
    mutationFn: ({ a, action }: { a: Assignment; action: 'check-in' | 'check-out' }) => api.post<Assignment>(`/api/roster/assignments/${a.id}/${action}`),
    onSuccess: async (_, v) => {
      message.success(v.action === 'check-in' ? t('periods.checkedInOk') : t('periods.checkedOutOk'));
      await queryClient.invalidateQueries({ queryKey: [...PERIODS_KEY, period.id, 'roster'] });
    },
    onError: (e) => message.error(errorMessage(e, t)),
  });
  const nowIso = new Date().toISOString();
  // Open on the page holding the shift running now (or the first), so "who is on now" is one look away.
  const current = Math.max(0, rows.findIndex((r) => r.end > nowIso));
  if (roster.isError) return <QueryError error={roster.error} onRetry={() => void roster.refetch()} />;
  return (
    <>
      <Select<number>
        value={placeId}
        onChange={setPlaceId}
        style={{ minWidth: 360 }}
        className="gap-after"
        options={period.places.map((p) => ({ value: p.placeId, label: p.placeName }))}
        data-testid="roster-place"
      />
      {!roster.isLoading && !roster.data?.assignments.length ? <Empty description={t('periods.noRoster')} /> : null}
      <Table<ShiftRow>
        rowKey="key"
        size="small"
        loading={roster.isLoading}
        dataSource={rows}
        pagination={{ pageSize: ROWS_PER_PAGE, defaultCurrent: Math.floor(current / ROWS_PER_PAGE) + 1 }}
        key={`${placeId}:${rows.length > 0}`}
        data-testid="roster-grid"
        columns={[
          { title: t('periods.day'), width: 110, render: (_, r) => formatDateTime(r.start).slice(0, 10) },
          { title: t('periods.shift'), width: 90, render: (_, r) => r.label },
          { title: t('periods.time'), width: 110, render: (_, r) => `${formatTime(r.start)}–${formatTime(r.end)}` },
          ...roleCodes.map((role) => ({
            title: roles.label(role),
            key: role,
            render: (_: unknown, r: ShiftRow) => (
              <Space orientation="vertical" size={2}>
                {(r.byRole.get(role) ?? []).map((a) => (
                  <span key={a.id}>
                    {a.officerName}
                    {a.checkedInAt ? <CheckOutlined className="checked-in" /> : null}
                    {a.published && !a.checkedInAt && a.start <= nowIso && nowIso < a.end ? (
                      <Button size="small" type="link" onClick={() => check.mutate({ a, action: 'check-in' })} data-testid={`check-in-${a.id}`}>
                        {t('periods.checkIn')}
                      </Button>
                    ) : null}
                    {a.checkedInAt && !a.checkedOutAt ? (
                      <Button size="small" type="link" onClick={() => check.mutate({ a, action: 'check-out' })}>
                        {t('periods.checkOut')}
                      </Button>
                    ) : null}
                  </span>
                ))}
                {r.gaps
                  .filter((g) => g.role === role)
                  .map((g) => (
                    <Tag key={g.shift + g.role} color="red" title={g.reason}>
                      {t('periods.missing', { count: g.missing })}
                    </Tag>
                  ))}
              </Space>
            ),
          })),
        ]}
      />
    </>
  );
}

function GapsTab({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const roster = useRoster(periodId);
  const gaps = roster.data?.gaps ?? [];
  if (roster.isError) return <QueryError error={roster.error} onRetry={() => void roster.refetch()} />;
  if (!roster.isLoading && !gaps.length) return <Alert type="success" showIcon title={t('periods.noGaps')} />;
  return (
    <Table<Gap>
      rowKey={(g) => `${g.shift}:${g.role}`}
      size="small"
      loading={roster.isLoading}
      dataSource={gaps}
      data-testid="gaps-table"
      columns={[
        { title: t('periods.place'), dataIndex: 'placeName', width: 260 },
        { title: t('periods.time'), width: 220, render: (_, g) => `${formatDateTime(g.start)} – ${formatTime(g.end)}` },
        { title: t('periods.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}
