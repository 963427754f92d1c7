import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Drawer, Empty, Flex, Form, Input, InputNumber, List, Row, Select, Space, Statistic, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INCIDENT_KINDS, INCIDENT_KIND_LABELS, INCIDENT_STEP_LABELS, type IncidentStep } from '@core/domain/incidents/lifecycle';
import { INCIDENT_LINK_TYPES, type IncidentLinkType } from '@core/schemas/incidents';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/forms';
import { currentLanguage } from '../../lib/i18n';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useCan } from '../auth/session';
import { useOpenAlerts } from '../alerts/api';
import { INCIDENTS_KEY, useBoard, useWards, useWorkingGroups, type Incident, type IncidentCreate, type IncidentCreated } from './api';
import '../alerts/alerts.css';

/** The live board (phòng tình huống, issue 10 §5): open incidents and their step, the wards, alerts still unacknowledged. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const lang = currentLanguage();
  const board = useBoard();
  const alerts = useOpenAlerts(true);
  const [reporting, setReporting] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const selected = board.data?.open.find((i) => i.id === openId) ?? null;

  return (
    <>
      <PageHeader
        title={t('board.title')}
        extra={
          <Space>
            <Link to="/incidents/timeline" data-testid="board-timeline">{t('board.timeline')}</Link>
            {can('incidents.write') ? <Button type="primary" danger onClick={() => setReporting(true)} data-testid="incident-report">{t('board.report')}</Button> : null}
          </Space>
        }
      />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('board.openCount')} value={board.data?.open.length ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('board.todayIncidents')} value={board.data?.today.incidents ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('board.todayDelegations')} value={board.data?.today.delegations ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('board.todayPeople')} value={board.data?.today.people ?? 0} /></Card></Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('board.open')} extra={board.data ? <Typography.Text type="secondary">{t('board.updated', { time: formatDateTime(board.data.at) })}</Typography.Text> : null}>
            {board.data?.open.length ? (
              <List
                dataSource={board.data.open}
                data-testid="board-open"
                renderItem={(i) => (
                  <List.Item key={i.id} onClick={() => setOpenId(i.id)} className="board-item" actions={[<Tag key="step" color="volcano">{INCIDENT_STEP_LABELS[i.step][lang]}</Tag>]}>
                    <List.Item.Meta
                      title={`${INCIDENT_KIND_LABELS[i.kind][lang]} · ${i.headCount} · ${i.originWards.map((w) => w.name).join(', ')}`}
                      description={`${formatDateTime(i.occurredAt)} · ${i.address}`}
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('board.none')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('board.unacked')}>
            {alerts.data?.items.length ? (
              <List
                dataSource={alerts.data.items}
                data-testid="board-unacked"
                renderItem={(a) => (
                  <List.Item key={a.alertId}>
                    <List.Item.Meta
                      title={<Space>{a.level > 0 ? <Tag color="orange">{t('board.levelTag', { level: a.level })}</Tag> : null}{a.title}</Space>}
                      description={formatDateTime(a.createdAt)}
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('board.noAlerts')} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('board.wards')}>
            <div className="board-grid" data-testid="board-wards">
              {board.data?.wards.map((w) => (
                <div key={w.unitId} className={w.open > 0 ? 'board-ward has-open' : 'board-ward'}>
                  <Typography.Text strong>{w.name}</Typography.Text>
                  <div className="text-sm">{t('board.wardLine', { open: w.open, total: w.total })}</div>
                  {w.medianResponseMinutes !== null ? <div className="text-sm">{t('board.response', { minutes: w.medianResponseMinutes })}</div> : null}
                </div>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
      <ReportDrawer open={reporting} onClose={() => setReporting(false)} />
      <IncidentDrawer incident={selected} onClose={() => setOpenId(null)} />
    </>
  );
}

function ReportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = currentLanguage();
  const wards = useWards();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IncidentCreate>();
  const save = useMutation({
    mutationFn: (body: IncidentCreate) => api.post<IncidentCreated>('/api/incidents', body),
    onSuccess: (r) => {
      void message.success(t('board.saved', { count: r.alert?.recipients ?? 0 }));
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      form.resetFields();
      onClose();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('board.report')} width={520} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'office_delegation', headCount: 10, originWardIds: [] }}
        onFinish={(v) => save.mutate({ ...v, occurredAt: new Date().toISOString(), reportChannel: 'phone' })}
      >
        <Form.Item name="kind" label={t('board.kind')} rules={[{ required: true }]}>
          <Select data-testid="incident-kind" options={INCIDENT_KINDS.map((k) => ({ value: k, label: INCIDENT_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="address" label={t('board.place')} rules={[{ required: true }]}>
          <Input data-testid="incident-address" />
        </Form.Item>
        <Form.Item name="headCount" label={t('board.headCount')} rules={[{ required: true }]}>
          <InputNumber min={1} data-testid="incident-headcount" />
        </Form.Item>
        <Form.Item name="originWardIds" label={t('board.wardsField')}>
          <Select mode="multiple" data-testid="incident-wards" optionFilterProp="label" options={wards.data?.items.map((w) => ({ value: w.id, label: w.name }))} />
        </Form.Item>
        <Form.Item name="content" label={t('board.content')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="incident-content" />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" loading={save.isPending} data-testid="incident-save">
          {t('board.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

function IncidentDrawer({ incident, onClose }: { incident: Incident | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const groups = useWorkingGroups();
  const [summary, setSummary] = useState('');
  const done = {
    onSuccess: () => {
      void message.success(t('board.stepSaved'));
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
    },
    onError: (error: unknown) => void message.error(errorMessage(error, t)),
  };
  const step = useMutation({ mutationFn: (s: IncidentStep) => api.post<Incident>(`/api/incidents/${incident?.id}/steps`, { step: s, version: incident?.version, summary: summary || null }), ...done });
  const dispatch = useMutation({
    mutationFn: (groupId: number) => api.post<Incident>(`/api/incidents/${incident?.id}/dispatches`, { groupId, expectedAt: new Date(Date.now() + 20 * 60_000).toISOString() }),
    ...done,
  });
  const arrive = useMutation({ mutationFn: (dispatchId: number) => api.post<Incident>(`/api/incidents/${incident?.id}/dispatches/${dispatchId}/arrive`), ...done });
  if (!incident) return null;
  const wardGroups = groups.data?.items ?? [];
  return (
    <Drawer open onClose={onClose} title={`${INCIDENT_KIND_LABELS[incident.kind][lang]} · ${incident.headCount}`} width={560}>
      <Typography.Paragraph>{incident.content}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{incident.address} · {incident.originWards.map((w) => w.name).join(', ')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('board.steps')}</Typography.Title>
      <Timeline items={incident.steps.map((s) => ({ children: `${formatDateTime(s.at)} — ${INCIDENT_STEP_LABELS[s.step][lang]}${s.by ? ` (${s.by})` : ''}${s.note ? `: ${s.note}` : ''}` }))} />
      <IncidentLinks incident={incident} />
      {incident.actions.includes('dispatch') ? (
        <Flex gap={8} wrap className="board-gap">
          {wardGroups.length === 0 ? <Typography.Text type="secondary">{t('board.groupsNone')}</Typography.Text> : null}
          {wardGroups.filter((g) => !incident.dispatches.some((d) => d.groupId === g.id)).map((g) => (
            <Button key={g.id} onClick={() => dispatch.mutate(g.id)} loading={dispatch.isPending} data-testid="incident-dispatch" title={t('board.expected')}>
              {t('board.dispatch')}: {g.name}
            </Button>
          ))}
          {incident.dispatches.filter((d) => !d.arrivedAt).map((d) => (
            <Button key={d.id} onClick={() => arrive.mutate(d.id)} loading={arrive.isPending} data-testid="incident-arrive">
              {t('board.arrive')}: {d.groupName}
            </Button>
          ))}
        </Flex>
      ) : null}
      {incident.nextSteps.length ? (
        <>
          <Typography.Title level={5}>{t('board.next')}</Typography.Title>
          {incident.nextSteps.includes('closed') ? <Input.TextArea rows={2} placeholder={t('board.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} data-testid="incident-summary" className="board-gap" /> : null}
          <Flex gap={8} wrap>
            {incident.nextSteps.map((s) => (
              <Button key={s} onClick={() => step.mutate(s)} loading={step.isPending} data-testid={`incident-step-${s}`}>
                {INCIDENT_STEP_LABELS[s][lang]}
              </Button>
            ))}
          </Flex>
        </>
      ) : null}
    </Drawer>
  );
}

const LINK_PAGES: Partial<Record<IncidentLinkType, string>> = { person: '/people', letter: '/letters', case: '/cases' };

/** The citizens, visits, letters and cases linked to the incident (issue 10 §1); what the user may not read stays a bare reference. */
function IncidentLinks({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ type: IncidentLinkType; id: number }>();
  const done = {
    onSuccess: () => {
      void message.success(t('board.linkSaved'));
      form.resetFields(['id']);
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
    },
    onError: (error: unknown) => void message.error(errorMessage(error, t)),
  };
  const add = useMutation({ mutationFn: (v: { type: IncidentLinkType; id: number }) => api.post<Incident>(`/api/incidents/${incident.id}/links`, v), ...done });
  const remove = useMutation({ mutationFn: (l: { type: IncidentLinkType; id: number }) => api.delete<Incident>(`/api/incidents/${incident.id}/links/${l.type}/${l.id}`), ...done });
  const canLink = incident.actions.includes('link');
  return (
    <>
      <Typography.Title level={5}>{t('board.links')}</Typography.Title>
      {incident.links.length ? (
        <List
          size="small"
          data-testid="incident-links"
          dataSource={incident.links}
          renderItem={(l) => {
            const page = LINK_PAGES[l.type];
            const name = `${t(`board.linkTypes.${l.type}`)} ${l.label ?? `#${l.id}`}${l.date ? ` · ${formatDate(l.date)}` : ''}`;
            return (
              <List.Item key={`${l.type}:${l.id}`} actions={canLink && l.label !== null ? [<Button key="rm" size="small" type="link" onClick={() => remove.mutate(l)}>{t('board.linkRemove')}</Button>] : []}>
                {page && l.label !== null ? <Link to={`${page}/${l.id}`}>{name}</Link> : <span>{name}</span>}
                {l.label === null && l.type !== 'visit' ? <Typography.Text type="secondary"> {t('board.linkHidden')}</Typography.Text> : null}
              </List.Item>
            );
          }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('board.linksNone')}</Typography.Paragraph>
      )}
      {canLink ? (
        <Form form={form} layout="inline" initialValues={{ type: 'letter' }} onFinish={(v) => add.mutate(v)} className="board-gap">
          <Form.Item name="type" label={t('board.linkType')}>
            <Select data-testid="incident-link-type" options={INCIDENT_LINK_TYPES.map((k) => ({ value: k, label: t(`board.linkTypes.${k}`) }))} className="board-link-type" />
          </Form.Item>
          <Form.Item name="id" label={t('board.linkId')} rules={[{ required: true }]}>
            <InputNumber min={1} data-testid="incident-link-id" />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending} data-testid="incident-link-add">{t('board.linkAdd')}</Button>
        </Form>
      ) : null}
    </>
  );
}
