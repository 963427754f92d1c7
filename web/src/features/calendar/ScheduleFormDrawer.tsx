import { useMemo } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Input, InputNumber, Row, Select, Switch, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { scheduleProblems } from '@core/schemas/calendar';
import { ApiError, api, fieldPath } from '../../lib/api';
import { DATE_FORMAT, formatDate } from '../../lib/dates';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import { DAY_OFF_KINDS, HOLIDAY_GROUPS, type HolidayGroup, type Schedule, type ScheduleCreate, type ScheduleDayOffKind } from './api';
import { isoOf, weekdayIndex } from './dates';
import type { ScheduleEditing } from './SchedulesTab';

interface DayOffRow {
  date?: Dayjs | null;
  name?: string;
  kind?: ScheduleDayOffKind;
  group?: HolidayGroup | null;
}
interface WorkedRow {
  date?: Dayjs | null;
  reason?: string;
}
interface Values {
  year: number;
  documentNumber: string;
  documentDate?: Dayjs | null;
  issuer?: string;
  replacesComputed?: boolean;
  daysOff: DayOffRow[];
  workedDays: WorkedRow[];
}

const toDayOffRows = (days: Schedule['daysOff']): DayOffRow[] =>
  [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: dayjs(d.date), name: d.name, kind: d.kind, group: d.group }));

const toWorkedRows = (days: Schedule['workedDays']): WorkedRow[] => [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: dayjs(d.date), reason: d.reason }));

/**
 * No implicit submit on Enter here: Enter confirms a date typed into a row's picker, and must not send a
 * half-entered schedule. The drawer's "Lưu" button sends it.
 *
 * Enter or correct a year's announced schedule (days off with their names, weekend days worked in exchange).
 * An entered schedule replaces every shipped schedule of its year, so the form shows those first and offers to
 * start from them rather than lose a day by omission.
 */
export function ScheduleFormDrawer({ editing, schedules, onClose }: { editing: ScheduleEditing; schedules: readonly Schedule[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const current = editing.kind === 'edit' ? editing.schedule : null;
  const watchedYear = Form.useWatch('year', form);
  const year = current?.year ?? (typeof watchedYear === 'number' ? watchedYear : undefined);
  const shipped = useMemo(() => schedules.filter((s) => s.source === 'shipped' && s.year === year), [schedules, year]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        documentNumber: v.documentNumber.trim(),
        documentDate: isoOf(v.documentDate) ?? null,
        issuer: v.issuer?.trim() || null,
        replacesComputed: v.replacesComputed ?? false,
        daysOff: v.daysOff.map((d) => ({ date: isoOf(d.date) ?? '', name: (d.name ?? '').trim(), kind: d.kind ?? 'holiday', group: d.group ?? null })),
        workedDays: v.workedDays.map((w) => ({ date: isoOf(w.date) ?? '', reason: (w.reason ?? '').trim() })),
      };
      if (current) return api.patch<Schedule>(`/api/calendar/schedules/${current.year}`, { version: current.version, ...body });
      const create: ScheduleCreate = { year: v.year, ...body };
      return api.post<Schedule>('/api/calendar/schedules', create);
    },
    onSuccess: (saved) => {
      void message.success(current ? t('schedules.updated', { year: saved.year }) : t('schedules.created', { year: saved.year }));
      // Every working-day answer may change with a new schedule: months, calculators, the list.
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.message} ${t('errors.conflictReloaded')}`, 6);
        void queryClient.invalidateQueries({ queryKey: ['calendar'] });
        onClose();
        return;
      }
      applyFieldErrors(form, error);
      void message.error(errorMessage(error, t));
    },
  });

  /** core's own rules (a date outside the year, twice, both off and worked, a weekday "worked") before sending. */
  const submit = (v: Values) => {
    const problems = scheduleProblems({
      year: current?.year ?? v.year,
      daysOff: v.daysOff.map((d) => ({ date: isoOf(d.date) ?? '' })),
      workedDays: v.workedDays.map((w) => ({ date: isoOf(w.date) ?? '' })),
    });
    const entries = Object.entries(problems);
    if (entries.length > 0) {
      form.setFields(entries.map(([path, msg]) => ({ name: fieldPath(path) as never, errors: [msg] })));
      void message.error(t('schedules.fixDays'));
      return;
    }
    save.mutate(v);
  };

  const startFromShipped = () => {
    const applied = shipped.filter((s) => s.applied);
    form.setFieldsValue({
      // Shipped days name their occasion, so the copy settles the same occasions as the shipped schedule.
      daysOff: toDayOffRows(applied.flatMap((s) => s.daysOff)),
      workedDays: toWorkedRows(applied.flatMap((s) => s.workedDays)),
    });
    void message.info(t('schedules.startedFromShipped'));
  };

  const initialValues: Partial<Values> = current
    ? {
        year: current.year,
        documentNumber: current.document.number,
        documentDate: current.document.date ? dayjs(current.document.date) : null,
        issuer: current.document.issuer ?? undefined,
        replacesComputed: current.replacesComputed,
        daysOff: toDayOffRows(current.daysOff),
        workedDays: toWorkedRows(current.workedDays),
      }
    : { year: editing.kind === 'create' ? editing.year : undefined, replacesComputed: false, daysOff: [{ kind: 'holiday' }], workedDays: [] };

  return (
    <Drawer
      open
      title={current ? t('schedules.editTitle', { year: current.year }) : t('schedules.add')}
      size={880}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="schedule-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {!current && shipped.length > 0 ? <ShippedWarning year={year ?? 0} shipped={shipped} onStart={startFromShipped} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} data-testid="schedule-form">
        <Row gutter={16}>
          <Col span={5}>
            <Form.Item name="year" label={t('schedules.year')} rules={[{ required: true, message: t('schedules.yearRequired') }]}>
              <InputNumber min={1900} max={2100} precision={0} controls={false} disabled={Boolean(current)} className="fill-width" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="documentNumber" label={t('schedules.documentNumber')} rules={[r.required(t('schedules.documentNumber')), r.max(t('schedules.documentNumber'), 100)]}>
              <Input placeholder="9441/TB-BNV" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="documentDate" label={t('schedules.documentDate')}>
              <DatePicker format={DATE_FORMAT} className="fill-width" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="issuer" label={t('schedules.issuer')} rules={[r.max(t('schedules.issuer'), 200)]}>
              <Input placeholder={t('schedules.issuerPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="replacesComputed" valuePropName="checked" label={t('schedules.replacesComputed')} extra={t('schedules.replacesComputedHint')}>
          <Switch />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('schedules.daysOff')}
        </Divider>
        <Form.List name="daysOff">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid={`dayoff-${i}`}>
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('schedules.dateRequired') }]} className="row-field col-150">
                    <DatePicker format={DATE_FORMAT} placeholder={t('schedules.date')} aria-label={`${t('schedules.date')} ${i + 1}`} className="fill-width" data-testid={`dayoff-${i}-date`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[r.required(t('schedules.name')), r.max(t('schedules.name'), 200)]} className="row-field grow">
                    <Input placeholder={t('schedules.namePlaceholder')} aria-label={`${t('schedules.name')} ${i + 1}`} data-testid={`dayoff-${i}-name`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={[r.requiredSelect(t('schedules.kind'))]} className="row-field col-150">
                    <Select options={DAY_OFF_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))} aria-label={`${t('schedules.kind')} ${i + 1}`} data-testid={`dayoff-${i}-kind`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'group']} className="row-field col-170">
                    <Select
                      allowClear
                      placeholder={t('schedules.group')}
                      options={HOLIDAY_GROUPS.map((g) => ({ value: g, label: t(`schedules.groups.${g}`) }))}
                      aria-label={`${t('schedules.group')} ${i + 1}`}
                      data-testid={`dayoff-${i}-group`}
                    />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('deadline.removeRow')} disabled={fields.length <= 1} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'holiday' })} block className="gap-after-xs" data-testid="dayoff-add">
                {t('schedules.addDayOff')}
              </Button>
              <Typography.Paragraph type="secondary" className="text-sm">
                {t('schedules.groupHint')}
              </Typography.Paragraph>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start" plain>
          {t('schedules.workedDays')}
        </Divider>
        <Form.List name="workedDays">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.length === 0 ? (
                <Typography.Paragraph type="secondary" className="text-sm">
                  {t('schedules.workedHint')}
                </Typography.Paragraph>
              ) : null}
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid={`worked-${i}`}>
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('schedules.dateRequired') }]} className="row-field col-150">
                    <DatePicker format={DATE_FORMAT} placeholder={t('schedules.date')} aria-label={`${t('schedules.workedDate')} ${i + 1}`} className="fill-width" data-testid={`worked-${i}-date`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} rules={[r.required(t('schedules.reason')), r.max(t('schedules.reason'), 200)]} className="row-field grow">
                    <Input placeholder={t('schedules.reasonPlaceholder')} aria-label={`${t('schedules.reason')} ${i + 1}`} data-testid={`worked-${i}-reason`} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('deadline.removeRow')} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="worked-add">
                {t('schedules.addWorkedDay')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

/** The shipped schedules the new one will replace, with their days, and the offer to start from them. */
function ShippedWarning({ year, shipped, onStart }: { year: number; shipped: readonly Schedule[]; onStart: () => void }) {
  const { t } = useTranslation();
  const days = shipped
    .flatMap((s) => [
      ...s.daysOff.map((d) => ({ key: `off-${s.document.number}-${d.date}`, date: d.date, text: d.name, worked: false, applied: s.applied, doc: s.document.number })),
      ...s.workedDays.map((w) => ({ key: `w-${s.document.number}-${w.date}`, date: w.date, text: w.reason, worked: true, applied: s.applied, doc: s.document.number })),
    ])
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Alert
      type="warning"
      showIcon
      className="gap-after"
      data-testid="schedule-shipped-warning"
      title={t('schedules.replacesShipped', { year, count: shipped.length, documents: shipped.map((s) => s.document.number).join(', ') })}
      description={
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={days}
            className="shipped-days"
            scroll={{ y: 180 }}
            columns={[
              { title: t('schedules.date'), dataIndex: 'date', width: 150, render: (d: string) => `${formatDate(d)} (${t(`calendar.weekdaysShort.${weekdayIndex(d)}`)})` },
              {
                title: t('schedules.name'),
                dataIndex: 'text',
                render: (text: string, d) => (
                  <>
                    {d.worked ? <Tag color="blue">{t('calendar.kinds.worked-weekend')}</Tag> : null}
                    {text}
                    {d.applied ? null : <Tag color="orange" className="tag-after">{t('schedules.notApplied')}</Tag>}
                  </>
                ),
              },
              { title: t('schedules.document'), dataIndex: 'doc', width: 170 },
            ]}
          />
          <Button icon={<ImportOutlined />} onClick={onStart} data-testid="schedule-start-from-shipped">
            {t('schedules.startFromShipped')}
          </Button>
        </>
      }
    />
  );
}
