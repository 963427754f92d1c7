import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Table, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZScreeningDaily } from '@core/schemas/health';
import type { ZPeriodUpdate } from '@core/schemas/periods';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { WardSelect } from '../admin/shared/WardSelect';
import { PERIODS_KEY, type Period } from './api';

type Settings = Pick<Period, 'healthScreening' | 'checkInGraceMinutes' | 'screeningAreas' | 'screeningQuestions'>;
type Daily = z.output<typeof ZScreeningDaily>['days'][number];

/**
 * The period's duty and health settings: the check-in grace, and health screening (issue 10 §6) — on or off, the
 * areas under epidemic alert (a ward of the tree, or free text) and the questions the visit form asks; with the
 * daily counts the report takes.
 */
export function ScreeningTab({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Settings>();
  const canEdit = period.actions.includes('edit');
  const daily = useQuery({
    queryKey: [...PERIODS_KEY, period.id, 'screening'],
    queryFn: ({ signal }) => api.get<z.output<typeof ZScreeningDaily>>(`/api/periods/${period.id}/screening/daily`, undefined, signal),
  });
  const save = useMutation({
    mutationFn: (v: Settings) =>
      api.patch<Period>(`/api/periods/${period.id}`, {
        version: period.version,
        healthScreening: v.healthScreening,
        checkInGraceMinutes: v.checkInGraceMinutes,
        screeningAreas: v.screeningAreas.map((a) => ({ wardId: a.wardId ?? null, label: a.label })),
        screeningQuestions: v.screeningQuestions,
      } satisfies z.input<typeof ZPeriodUpdate>),
    onSuccess: async () => {
      message.success(t('screening.saved'));
      await queryClient.invalidateQueries({ queryKey: [...PERIODS_KEY] });
    },
    onError: (e) => message.error(errorMessage(e, t)),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Form<Settings>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{ healthScreening: period.healthScreening, checkInGraceMinutes: period.checkInGraceMinutes, screeningAreas: period.screeningAreas, screeningQuestions: period.screeningQuestions }}
        onFinish={(v) => save.mutate(v)}
        data-testid="screening-form"
      >
        <Form.Item name="checkInGraceMinutes" label={t('screening.grace')} extra={t('screening.graceHint')}>
          <InputNumber min={0} max={240} addonAfter={t('screening.minutes')} />
        </Form.Item>
        <Form.Item name="healthScreening" label={t('periods.healthScreening')} valuePropName="checked" extra={t('screening.switchHint')}>
          <Switch data-testid="screening-switch" />
        </Form.Item>
        <Card size="small" title={t('screening.areas')} className="gap-after">
          <Form.List name="screeningAreas">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'wardId']} label={t('screening.ward')}>
                      <WardSelect
                        style={{ minWidth: 240 }}
                        onChange={(id, option) => {
                          const label = (option as { label?: string } | undefined)?.label;
                          if (id && label) form.setFieldValue(['screeningAreas', f.name, 'label'], label);
                        }}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'label']} label={t('screening.areaLabel')} rules={[{ required: true, message: t('screening.areaRequired') }]}>
                      <Input style={{ minWidth: 260 }} maxLength={200} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('screening.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ wardId: null, label: '' })} data-testid="screening-add-area">
                  {t('screening.addArea')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={t('screening.questions')} className="gap-after">
          <Form.List name="screeningQuestions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'text']} rules={[{ required: true, message: t('screening.questionRequired') }]}>
                      <Input style={{ minWidth: 420 }} maxLength={500} placeholder={t('screening.questionPlaceholder')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'kind']}>
                      <Select
                        style={{ minWidth: 200 }}
                        options={[
                          { value: 'yes_no', label: t('screening.kinds.yes_no') },
                          { value: 'place', label: t('screening.kinds.place') },
                        ]}
                      />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('screening.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', kind: 'yes_no' })} data-testid="screening-add-question">
                  {t('screening.addQuestion')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="screening-save">
            {t('screening.save')}
          </Button>
        ) : null}
      </Form>
      <Typography.Title level={5}>{t('screening.daily')}</Typography.Title>
      <Table<Daily>
        rowKey="date"
        size="small"
        loading={daily.isLoading}
        dataSource={daily.data?.days ?? []}
        pagination={false}
        columns={[
          { title: t('screening.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
          { title: t('screening.visits'), dataIndex: 'visits' },
          { title: t('screening.people'), dataIndex: 'people' },
          { title: t('screening.flaggedVisits'), dataIndex: 'flaggedVisits' },
          { title: t('screening.flaggedPeople'), dataIndex: 'flaggedPeople' },
        ]}
      />
    </Space>
  );
}
