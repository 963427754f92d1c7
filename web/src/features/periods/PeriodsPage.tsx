import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, List, Modal, Table, Tag, Typography } from 'antd';
import { CopyOutlined, PhoneOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { api } from '../../lib/api';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, formatDateTime, formatTime } from '../../lib/dates';
import { applyFieldErrors, errorMessage } from '../../lib/forms';
import { PERIODS_KEY, useDutyNow, usePeriods, type Period, type PeriodCopy, type PeriodSummary } from './api';

/** Đợt cao điểm & lịch trực: who is on duty now, then every period the user's units take part in. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const periods = usePeriods();
  const [copying, setCopying] = useState<PeriodSummary | null>(null);

  return (
    <>
      <PageHeader title={t('periods.title')} subtitle={t('periods.subtitle')} />
      <DutyNowCard />
      {periods.isError ? <QueryError error={periods.error} onRetry={() => void periods.refetch()} /> : null}
      <Table<PeriodSummary>
        rowKey="id"
        loading={periods.isLoading}
        dataSource={periods.data ?? []}
        pagination={false}
        data-testid="periods-table"
        columns={[
          { title: t('periods.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`/periods/${p.id}`}>{name}</Link> },
          { title: t('periods.kind'), dataIndex: 'kind', width: 150, render: (k: PeriodSummary['kind']) => <Tag color={k === 'heightened' ? 'volcano' : 'blue'}>{t(`periods.kinds.${k}`)}</Tag> },
          { title: t('periods.span'), width: 260, render: (_, p) => `${formatDateTime(p.startsAt)} – ${formatDateTime(p.endsAt)}` },
          { title: t('periods.unit'), dataIndex: 'unitName', width: 200 },
          {
            title: t('periods.roster'),
            width: 130,
            render: (_, p) => (p.rosterPublishedAt ? <Tag color="green">{t('periods.published')}</Tag> : p.rosterSolvedAt ? <Tag>{t('periods.draft')}</Tag> : <Tag>{t('periods.notSolved')}</Tag>),
          },
          {
            title: '',
            width: 120,
            render: (_, p) =>
              p.actions.includes('copy') ? (
                <Button size="small" icon={<CopyOutlined />} onClick={() => setCopying(p)} data-testid={`copy-${p.id}`}>
                  {t('periods.copy')}
                </Button>
              ) : null,
          },
        ]}
      />
      {copying ? <CopyModal period={copying} onClose={() => setCopying(null)} /> : null}
    </>
  );
}

function DutyNowCard() {
  const { t } = useTranslation();
  const duty = useDutyNow();
  const roles = useCatalog('duty_role');
  const places = duty.data?.places ?? [];
  return (
    <Card title={t('periods.dutyNow')} size="small" className="gap-after" loading={duty.isLoading} data-testid="duty-now">
      {duty.isError ? <Alert type="error" showIcon title={errorMessage(duty.error, t)} /> : null}
      {!duty.isLoading && !places.length ? <Typography.Text type="secondary">{t('periods.dutyNowEmpty')}</Typography.Text> : null}
      <List
        grid={{ gutter: 12, xs: 1, sm: 2, lg: 3 }}
        dataSource={places}
        renderItem={(p) => (
          <List.Item>
            <Typography.Text strong>{p.placeName}</Typography.Text>
            {p.onDuty.map((o) => (
              <div key={`${o.officerId}:${o.role}`}>
                {o.fullName} · <Typography.Text type="secondary">{roles.label(o.role)}</Typography.Text> · {formatTime(o.start)}–{formatTime(o.end)}{' '}
                {o.phones[0] ? (
                  <a href={`tel:${o.phones[0]}`}>
                    <PhoneOutlined /> {o.phones[0]}
                  </a>
                ) : null}{' '}
                <Tag color={o.checkedIn ? 'green' : 'default'}>{o.checkedIn ? t('periods.checkedIn') : t('periods.notCheckedIn')}</Tag>
              </div>
            ))}
          </List.Item>
        )}
      />
    </Card>
  );
}

interface CopyValues {
  name: string;
  start: Dayjs;
}

/** A new period from an old one in one action (journey 1). */
function CopyModal({ period, onClose }: { period: PeriodSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CopyValues>();
  const copy = useMutation({
    mutationFn: (v: CopyValues) => {
      const body: PeriodCopy = { name: v.name.trim(), startsAt: `${v.start.format('YYYY-MM-DD')}T00:00:00+07:00` };
      return api.post<Period>(`/api/periods/${period.id}/copy`, body);
    },
    onSuccess: async (created) => {
      message.success(t('periods.copied'));
      await queryClient.invalidateQueries({ queryKey: PERIODS_KEY });
      onClose();
      void navigate(`/periods/${created.id}`);
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal open title={t('periods.copyTitle', { name: period.name })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={copy.isPending} okText={t('periods.copy')}>
      <Typography.Paragraph type="secondary">{t('periods.copyHint')}</Typography.Paragraph>
      {copy.isError ? <Alert type="error" showIcon title={errorMessage(copy.error, t)} className="gap-after" data-testid="copy-error" /> : null}
      <Form<CopyValues> form={form} layout="vertical" onFinish={(v) => copy.mutate(v)}>
        <Form.Item name="name" label={t('periods.newName')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="copy-name" />
        </Form.Item>
        <Form.Item name="start" label={t('periods.newStart')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} data-testid="copy-start" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
