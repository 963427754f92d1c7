import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/dates';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../auth/session';
import { RowActions, type RowAction } from '../admin/shared/RowActions';
import { useSchedules, type Schedule } from './api';
import { weekdayIndex } from './dates';
import { spans } from './schedules';

// The form carries core's schedule rules (and zod with them); only administrators who open it download it.
const ScheduleFormDrawer = lazy(async () => ({ default: (await import('./ScheduleFormDrawer')).ScheduleFormDrawer }));

type Row = Schedule & { key: string };
export type ScheduleEditing = { kind: 'create'; year?: number } | { kind: 'edit'; schedule: Schedule };

const dm = (date: string) => formatDate(date).slice(0, 5);

/**
 * Lịch nghỉ được công bố: the holiday notices the working-day arithmetic uses, year by year — shipped with the
 * software or entered by an administrator (an entered schedule replaces the shipped ones of its year).
 */
export function SchedulesTab() {
  const { t } = useTranslation();
  const can = useCan();
  const schedules = useSchedules();
  const [year, setYear] = useState<number | null>(null);
  const [editing, setEditing] = useState<ScheduleEditing | null>(null);

  const all = useMemo(() => schedules.data ?? [], [schedules.data]);
  const years = useMemo(() => [...new Set(all.map((s) => s.year))].sort((a, b) => b - a), [all]);
  const rows: Row[] = useMemo(
    () =>
      all
        .map((s, i) => ({ ...s, key: `${s.source}-${s.year}-${i}` }))
        .filter((s) => year === null || s.year === year)
        // Newest year first; within a year the entered schedule (which decides) before the shipped ones.
        .sort((a, b) => b.year - a.year || (a.source === b.source ? 0 : a.source === 'entered' ? -1 : 1)),
    [all, year],
  );

  const actionsFor = (s: Schedule): RowAction[] => {
    const out: RowAction[] = [];
    if (s.actions.includes('edit')) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setEditing({ kind: 'edit', schedule: s }) });
    if (s.actions.includes('override')) out.push({ key: 'override', label: t('schedules.override'), icon: <SwapOutlined />, onClick: () => setEditing({ kind: 'create', year: s.year }) });
    return out;
  };

  const columns: TableColumnsType<Row> = [
    { title: t('schedules.year'), dataIndex: 'year', width: 64, render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: t('schedules.document'),
      key: 'document',
      width: 210,
      render: (_: unknown, s) => (
        <>
          <Typography.Text strong>{s.document.number}</Typography.Text>
          <Typography.Text type="secondary" className="sub-line">
            {[s.document.date ? formatDate(s.document.date) : null, s.document.issuer].filter(Boolean).join(' · ') || t('common.none')}
          </Typography.Text>
          {s.updatedAt ? (
            <Typography.Text type="secondary" className="sub-line">
              {t('schedules.savedAt', { at: formatDateTime(s.updatedAt) })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('schedules.sourceStatus'),
      key: 'status',
      width: 170,
      render: (_: unknown, s) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={s.source === 'entered' ? 'blue' : 'default'} className="flush">
            {t(`schedules.sources.${s.source}`)}
          </Tag>
          {s.supersededBy ? (
            <Tag className="flush">{t('schedules.superseded')}</Tag>
          ) : s.applied ? (
            <Tag color="green" className="flush">
              {t('schedules.applied')}
            </Tag>
          ) : (
            <Tag color="orange" className="flush">
              {t('schedules.notApplied')}
            </Tag>
          )}
          {!s.confirmed ? (
            <Tag color="orange" className="flush">
              {t('schedules.unconfirmed')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('schedules.daysOff'),
      key: 'daysOff',
      render: (_: unknown, s) => (
        <Flex vertical gap={2}>
          {spans(s.daysOff).map((sp) => (
            <span key={sp.from} className="text-note">
              <span className="span-date is-off">{sp.from === sp.to ? dm(sp.from) : `${dm(sp.from)}–${dm(sp.to)}`}</span> {sp.name}
            </span>
          ))}
          {s.workedDays.map((w) => (
            <span key={w.date} className="text-note accent">
              <span className="span-date">{dm(w.date)}</span> {t('schedules.workedPrefix')}: {w.reason}
            </span>
          ))}
        </Flex>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 160, render: (_: unknown, s) => <RowActions actions={actionsFor(s)} testId={`schedule-${s.year}-${s.source}`} /> },
  ];

  return (
    <>
      <Card>
        <Flex justify="space-between" align="center" gap={12} wrap className="gap-after">
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">
              <label htmlFor="schedules-year">{t('schedules.year')}</label>
            </Typography.Text>
            <Select<number | null>
              id="schedules-year"
              value={year}
              onChange={setYear}
              className="year-select"
              options={[{ value: null, label: t('schedules.allYears') }, ...years.map((y) => ({ value: y, label: String(y) }))]}
              data-testid="schedules-year"
            />
          </Flex>
          {can('calendar.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'create', year: year ?? undefined })} data-testid="schedules-add">
              {t('schedules.add')}
            </Button>
          ) : null}
        </Flex>
        <Alert type="info" showIcon title={t('schedules.intro')} className="gap-after" />
        {schedules.isError ? <QueryError error={schedules.error} onRetry={() => void schedules.refetch()} /> : null}
        <Table<Row>
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={schedules.isFetching}
          pagination={false}
          expandable={{ expandedRowRender: (s) => <ScheduleDetails schedule={s} />, columnWidth: 36 }}
          data-testid="schedules-table"
        />
      </Card>
      {editing ? (
        <Suspense fallback={null}>
          <ScheduleFormDrawer editing={editing} schedules={all} onClose={() => setEditing(null)} />
        </Suspense>
      ) : null}
    </>
  );
}

/** Every day of a schedule with its weekday, plus what was checked and where (shipped schedules say so). */
export function ScheduleDetails({ schedule: s }: { schedule: Schedule }) {
  const { t } = useTranslation();
  const day = (date: string) => `${formatDate(date)} (${t(`calendar.weekdays.${weekdayIndex(date)}`)})`;
  return (
    <Row gutter={[16, 12]} className="schedule-details">
      <Col xs={24} lg={14}>
        <Typography.Text strong>{t('schedules.daysOff')}</Typography.Text>
        <Table
          size="small"
          pagination={false}
          rowKey="date"
          dataSource={[...s.daysOff].sort((a, b) => a.date.localeCompare(b.date))}
          columns={[
            { title: t('schedules.date'), dataIndex: 'date', width: 170, render: (v: string) => day(v) },
            { title: t('schedules.name'), dataIndex: 'name' },
            { title: t('schedules.kind'), dataIndex: 'kind', width: 130, render: (k: Schedule['daysOff'][number]['kind']) => t(`calendar.kinds.${k}`) },
          ]}
          className="after-label"
        />
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Text strong>{t('schedules.workedDays')}</Typography.Text>
        {s.workedDays.length > 0 ? (
          <Table
            size="small"
            pagination={false}
            rowKey="date"
            dataSource={s.workedDays}
            columns={[
              { title: t('schedules.date'), dataIndex: 'date', width: 170, render: (v: string) => day(v) },
              { title: t('schedules.reason'), dataIndex: 'reason' },
            ]}
            className="after-label"
          />
        ) : (
          <Typography.Paragraph type="secondary" className="after-label">
            {t('schedules.noWorkedDays')}
          </Typography.Paragraph>
        )}
        {s.note ? (
          <Typography.Paragraph type="secondary" className="text-sm gap-before-xs">
            {t('schedules.note')}: {s.note}
          </Typography.Paragraph>
        ) : null}
        {s.sources.length > 0 ? (
          <Typography.Paragraph type="secondary" className="text-sm">
            {t('schedules.checkedIn')}: {s.sources.join('; ')}
          </Typography.Paragraph>
        ) : null}
      </Col>
    </Row>
  );
}
