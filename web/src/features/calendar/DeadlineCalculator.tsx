import { useEffect, useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Descriptions, Divider, Empty, Flex, Form, Input, InputNumber, Row, Select, Tag, Timeline, Typography } from 'antd';
import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { DATE_FORMAT, formatDate, todayInVietnam } from '../../lib/dates';
import { applyFieldErrors, errorMessage } from '../../lib/forms';
import { useRules, type DeadlineInput, type DeadlineResult, type DeadlineState, type RuleRow } from './api';
import { isoOf } from './dates';
import { DateWithWeekday } from './DateCalculator';
import { LegalBasis } from './LegalBasis';

interface ExtensionRow {
  decidedOn?: Dayjs | null;
  days?: number | null;
  documentNumber?: string;
}
interface SuspensionRow {
  from?: Dayjs | null;
  to?: Dayjs | null;
  reason?: string;
}
interface Values {
  startedOn: Dayjs;
  type?: RuleRow['type'];
  stage?: RuleRow['stage'];
  complex?: boolean;
  especiallyComplex?: boolean;
  remote?: boolean;
  severalPlaces?: boolean;
  extensions?: ExtensionRow[];
  suspensions?: SuspensionRow[];
}

export const STATE_COLORS: Record<DeadlineState, string> = {
  on_time: 'green',
  due_soon: 'gold',
  overdue: 'red',
  stopped: 'blue',
  no_limit: 'default',
};

/** Which case circumstances a rule knows about, from its extensions (the rest would change nothing). */
function circumstances(rule: RuleRow | undefined) {
  const kinds = new Set((rule?.extensions ?? []).map((e) => e.kind));
  return {
    complex: kinds.has('complex') || kinds.has('remote_complex'),
    especiallyComplex: kinds.has('especially_complex'),
    remote: kinds.has('remote') || kinds.has('remote_complex'),
    severalPlaces: kinds.has('several_places'),
    // Extensions "by decision" are entered one by one; "replace" ones follow from the checkboxes.
    decided: (rule?.extensions ?? []).some((e) => e.effect === 'add'),
  };
}

const trimmed = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

/**
 * Tính thời hạn giải quyết: pick the kind of letter and the step from the rule set in force on the start date,
 * add the case's circumstances, extensions and suspensions, and read the due date with its legal basis.
 */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const startedOn = Form.useWatch('startedOn', form);
  const on = isoOf(startedOn) ?? todayInVietnam();
  const rules = useRules(on);
  const type = Form.useWatch('type', form);
  const stage = Form.useWatch('stage', form);
  const [failure, setFailure] = useState<string | null>(null);

  const types = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rules.data?.rules ?? []) if (!seen.has(r.type)) seen.set(r.type, r.typeLabel);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rules.data]);
  const stages = useMemo(() => (rules.data?.rules ?? []).filter((r) => r.type === type), [rules.data, type]);
  const rule = stages.find((r) => r.stage === stage);
  const can = circumstances(rule);

  // Another rule set (another start date) may not have the chosen step: clear it rather than send a stale pair.
  useEffect(() => {
    if (!rules.data || rules.isPlaceholderData) return;
    if (type && !types.some((o) => o.value === type)) form.setFieldsValue({ type: undefined, stage: undefined });
    else if (stage && !stages.some((r) => r.stage === stage)) form.setFieldValue('stage', undefined);
  }, [rules.data, rules.isPlaceholderData, type, stage, types, stages, form]);

  const compute = useMutation({
    mutationFn: (v: Values) => {
      const body: DeadlineInput = {
        type: v.type as RuleRow['type'],
        stage: v.stage as RuleRow['stage'],
        startedOn: isoOf(v.startedOn) ?? '',
        ...(can.complex && v.complex ? { complex: true } : {}),
        ...(can.especiallyComplex && v.especiallyComplex ? { especiallyComplex: true } : {}),
        ...(can.remote && v.remote ? { remote: true } : {}),
        ...(can.severalPlaces && v.severalPlaces ? { severalPlaces: true } : {}),
      };
      const extensions = can.decided
        ? (v.extensions ?? []).map((e) => ({
            decidedOn: isoOf(e.decidedOn) ?? '',
            ...(e.days ? { days: e.days } : {}),
            ...(trimmed(e.documentNumber) ? { documentNumber: trimmed(e.documentNumber) } : {}),
          }))
        : [];
      const suspensions = (v.suspensions ?? []).map((s) => ({
        from: isoOf(s.from) ?? '',
        ...(isoOf(s.to) ? { to: isoOf(s.to) } : {}),
        ...(trimmed(s.reason) ? { reason: trimmed(s.reason) } : {}),
      }));
      if (extensions.length > 0) body.extensions = extensions;
      if (suspensions.length > 0) body.suspensions = suspensions;
      return api.post<DeadlineResult>('/api/deadlines/compute', body);
    },
    onMutate: () => setFailure(null),
    onError: (error) => {
      applyFieldErrors(form, error);
      setFailure(errorMessage(error, t));
    },
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={t('deadline.formTitle')}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ startedOn: dayjs(todayInVietnam()), extensions: [], suspensions: [] }}
            onFinish={(v) => compute.mutate(v)}
            onValuesChange={() => compute.reset()}
            data-testid="deadline-form"
          >
            <Form.Item
              name="startedOn"
              label={t('deadline.startedOn')}
              rules={[{ required: true, message: t('validation.requiredSelect', { field: t('deadline.startedOn').toLowerCase() }) }]}
              extra={rule ? t('deadline.startEvent', { event: rule.startEvent }) : t('deadline.startedOnHint')}
            >
              <DatePicker format={DATE_FORMAT} className="fill-width" allowClear={false} data-testid="deadline-started" />
            </Form.Item>
            <Form.Item name="type" label={t('deadline.type')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('deadline.type').toLowerCase() }) }]}>
              <Select options={types} loading={rules.isFetching} placeholder={t('common.selectPlaceholder')} onChange={() => form.setFieldValue('stage', undefined)} data-testid="deadline-type" />
            </Form.Item>
            <Form.Item name="stage" label={t('deadline.stage')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('deadline.stage').toLowerCase() }) }]}>
              <Select
                options={stages.map((r) => ({ value: r.stage, label: r.stageLabel }))}
                disabled={!type}
                placeholder={type ? t('common.selectPlaceholder') : t('deadline.pickTypeFirst')}
                data-testid="deadline-stage"
              />
            </Form.Item>
            {rule && (can.complex || can.especiallyComplex || can.remote || can.severalPlaces) ? (
              <Form.Item label={t('deadline.circumstances')} className="tight">
                <Flex gap={16} wrap>
                  {can.complex ? (
                    <Form.Item name="complex" valuePropName="checked" noStyle>
                      <Checkbox>{t('deadline.complex')}</Checkbox>
                    </Form.Item>
                  ) : null}
                  {can.especiallyComplex ? (
                    <Form.Item name="especiallyComplex" valuePropName="checked" noStyle>
                      <Checkbox>{t('deadline.especiallyComplex')}</Checkbox>
                    </Form.Item>
                  ) : null}
                  {can.remote ? (
                    <Form.Item name="remote" valuePropName="checked" noStyle>
                      <Checkbox>{t('deadline.remote')}</Checkbox>
                    </Form.Item>
                  ) : null}
                  {can.severalPlaces ? (
                    <Form.Item name="severalPlaces" valuePropName="checked" noStyle>
                      <Checkbox>{t('deadline.severalPlaces')}</Checkbox>
                    </Form.Item>
                  ) : null}
                </Flex>
              </Form.Item>
            ) : null}
            {rule && can.decided ? <ExtensionRows /> : null}
            {rule && rule.kind === 'deadline' ? <SuspensionRows excluded={rule.suspensionExcluded} /> : null}
            {/* Not a submit button: Enter confirms a date typed into a picker and must not compute a half-filled form. */}
            <Button type="primary" icon={<CalculatorOutlined />} loading={compute.isPending} block onClick={() => form.submit()} data-testid="deadline-submit">
              {t('deadline.compute')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('deadline.resultTitle')} data-testid="deadline-result">
          {failure ? <Alert type="error" showIcon title={failure} data-testid="deadline-error" /> : null}
          {compute.data ? <DeadlineResultView result={compute.data} /> : failure ? null : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deadline.empty')} />}
        </Card>
      </Col>
    </Row>
  );
}

function ExtensionRows() {
  const { t } = useTranslation();
  return (
    <Form.List name="extensions">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Divider titlePlacement="start" plain className="rows-divider">
            {t('deadline.extensions')}
          </Divider>
          {fields.map((field, i) => (
            <div key={field.key} className="panel repeat-row">
              <Flex gap={8} align="flex-start">
                <Form.Item name={[field.name, 'decidedOn']} rules={[{ required: true, message: t('deadline.decidedOnRequired') }]} className="row-field grow">
                  <DatePicker format={DATE_FORMAT} placeholder={t('deadline.decidedOn')} aria-label={`${t('deadline.decidedOn')} ${i + 1}`} className="fill-width" />
                </Form.Item>
                <Form.Item name={[field.name, 'days']} className="row-field col-110">
                  <InputNumber min={1} max={365} precision={0} placeholder={t('deadline.extensionDays')} aria-label={`${t('deadline.extensionDays')} ${i + 1}`} className="fill-width" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('deadline.removeRow')} />
              </Flex>
              <Form.Item name={[field.name, 'documentNumber']} className="row-note">
                <Input placeholder={t('deadline.documentNumber')} aria-label={`${t('deadline.documentNumber')} ${i + 1}`} maxLength={100} />
              </Form.Item>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block className="gap-after" data-testid="deadline-add-extension">
            {t('deadline.addExtension')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function SuspensionRows({ excluded }: { excluded: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="suspensions">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Divider titlePlacement="start" plain className="rows-divider">
            {t('deadline.suspensions')}
          </Divider>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary" className="text-sm gap-after-xs">
              {excluded ? t('deadline.suspensionExcluded') : t('deadline.suspensionHint')}
            </Typography.Paragraph>
          ) : null}
          {fields.map((field, i) => (
            <div key={field.key} className="panel repeat-row">
              <Flex gap={8} align="flex-start">
                <Form.Item name={[field.name, 'from']} rules={[{ required: true, message: t('deadline.suspensionFromRequired') }]} className="row-field grow">
                  <DatePicker format={DATE_FORMAT} placeholder={t('deadline.suspensionFrom')} aria-label={`${t('deadline.suspensionFrom')} ${i + 1}`} className="fill-width" />
                </Form.Item>
                <Form.Item name={[field.name, 'to']} className="row-field grow">
                  <DatePicker format={DATE_FORMAT} placeholder={t('deadline.suspensionTo')} aria-label={`${t('deadline.suspensionTo')} ${i + 1}`} className="fill-width" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('deadline.removeRow')} />
              </Flex>
              <Form.Item name={[field.name, 'reason']} className="row-note">
                <Input placeholder={t('deadline.reason')} aria-label={`${t('deadline.reason')} ${i + 1}`} maxLength={500} />
              </Form.Item>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block className="gap-after" data-testid="deadline-add-suspension">
            {t('deadline.addSuspension')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Due date, state and days left, the limit and why it is what it is, and how it moved (extensions, suspensions). */
export function DeadlineResultView({ result: r }: { result: DeadlineResult }) {
  const { t } = useTranslation();
  const unitLabel = r.rule.unitLabel ?? '';
  const variant = r.variant === 'base' ? null : r.rule.extensions.find((e) => e.kind === r.variant)?.label;
  let daysLeft: string | null = null;
  if (r.daysLeft !== null && r.state !== 'no_limit') {
    daysLeft =
      r.daysLeft < 0
        ? t('deadline.overdueBy', { count: -r.daysLeft, unit: unitLabel })
        : r.daysLeft === 0
          ? t('deadline.dueToday')
          : t('deadline.daysLeft', { count: r.daysLeft, unit: unitLabel });
  }
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="panel due-box">
        {r.earliestOn ? (
          <div>
            <Typography.Text type="secondary" className="text-sm">
              {r.rule.event ? t('deadline.notBefore', { event: r.rule.event.charAt(0).toUpperCase() + r.rule.event.slice(1) }) : t('deadline.earliest')}
            </Typography.Text>
            <DateWithWeekday date={r.earliestOn} testId="deadline-earliest" />
          </div>
        ) : (
          <div>
            <Typography.Text type="secondary" className="text-sm">
              {r.provisional ? t('deadline.dueProvisional') : t('deadline.due')}
            </Typography.Text>
            {r.dueOn ? <DateWithWeekday date={r.dueOn} testId="deadline-due" /> : <div className="no-limit">{t('deadline.noLimit')}</div>}
          </div>
        )}
        <Flex vertical align="flex-end" gap={6}>
          {r.state ? (
            <Tag color={STATE_COLORS[r.state]} className="state-tag" data-testid="deadline-state">
              {r.stateLabel}
            </Tag>
          ) : null}
          {daysLeft ? <Typography.Text strong>{daysLeft}</Typography.Text> : null}
          <Typography.Text type="secondary" className="text-sm">
            {t('deadline.asOf', { date: formatDate(r.today) })}
          </Typography.Text>
        </Flex>
      </Flex>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 150 } }}
        items={[
          {
            key: 'limit',
            label: t('deadline.limit'),
            children:
              r.amount === null ? (
                t('deadline.noLimit')
              ) : (
                <>
                  {r.amount} {unitLabel}
                  {variant ? ` — ${variant}` : ''}
                  {r.baseAmount !== null && r.baseAmount !== r.amount && !variant ? ` (${t('deadline.fromBase', { base: r.baseAmount, unit: unitLabel })})` : ''}
                </>
              ),
          },
          { key: 'rule', label: t('deadline.rule'), children: `${r.rule.typeLabel} — ${r.rule.stageLabel}` },
          { key: 'start', label: t('deadline.countedFrom'), children: r.rule.startEvent },
          { key: 'set', label: t('deadline.ruleSet'), children: <span data-testid="deadline-rule-set">{r.ruleSet.name}</span> },
        ]}
      />
      <LegalBasis rule={r.rule} basis={r.basis} />
      {r.history.length > 0 ? (
        <div>
          <Typography.Title level={5} className="flush-top">
            {t('deadline.history')}
          </Typography.Title>
          <Timeline
            items={r.history.map((h, i) => ({
              key: i,
              color: h.event === 'suspended' ? 'blue' : h.event === 'extended' ? 'orange' : 'green',
              content: (
                <>
                  <Typography.Text strong>
                    {formatDate(h.on)} · {t(`deadline.events.${h.event}`)}
                  </Typography.Text>
                  {h.dueOn ? <Typography.Text type="secondary"> → {t('deadline.dueShort', { date: formatDate(h.dueOn) })}</Typography.Text> : null}
                  <div className="history-note">{h.note}</div>
                </>
              ),
            }))}
          />
        </div>
      ) : null}
    </Flex>
  );
}
