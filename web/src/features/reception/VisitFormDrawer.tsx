import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useCatalog } from '../../lib/catalogs';
import { formatTime, todayInVietnam } from '../../lib/dates';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import type { Place } from '../../lib/types';
import { usePersonSearch } from '../people/api';
import { useDebounced } from '../people/useDebounced';
import { screeningReasons, useCreateVisit, useCurrentScreening, VISIT_OUTCOMES, type VisitCreate, type VisitOutcome, type VisitScreening } from './api';
import { PersonHistoryPanel } from './PersonHistoryPanel';
import { toVietnamInstant } from './instant';
import { DocumentsCard } from '../letters/DocumentsCard';

interface Chosen {
  value: number;
  label: string;
}

interface Values {
  people: Chosen[];
  receivedAt: Dayjs;
  requestType: string;
  field?: string;
  content: string;
  placeId?: number;
  receptionKind: string;
  outcome: VisitOutcome;
  refusalGround?: string;
  headCount?: number | null;
  priorHandling?: string;
  documentsReceived?: string;
  followUp?: string;
  /** Answers to the period's health screening questions, by the question's index. */
  screening?: (string | undefined)[];
}

const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);

function toBody(v: Values, screening: boolean): VisitCreate {
  const answers = (v.screening ?? []).flatMap((answer, question) => (answer && answer.trim() ? [{ question, answer: answer.trim() }] : []));
  return {
    ...(screening ? { screening: { answers } } : {}),
    personIds: v.people.map((p) => p.value),
    receivedAt: toVietnamInstant(v.receivedAt),
    requestType: v.requestType as VisitCreate['requestType'],
    content: v.content.trim(),
    field: v.field ?? null,
    placeId: v.placeId ?? null,
    receptionKind: v.receptionKind as VisitCreate['receptionKind'],
    outcome: v.outcome,
    refusalGround: v.outcome === 'tu_choi' ? (v.refusalGround ?? null) : null,
    headCount: v.headCount ?? null,
    priorHandling: text(v.priorHandling),
    documentsReceived: text(v.documentsReceived),
    followUp: text(v.followUp),
  };
}

/** Now on the clock of the office (Vietnam), whatever the time zone of the computer at the desk. */
function nowInVietnam(): Dayjs {
  return dayjs(`${todayInVietnam()}T${formatTime(new Date().toISOString())}`);
}

/**
 * Ghi sổ tiếp công dân: the officer finds the citizens in the register while typing and sees, beside the form, what
 * they brought before (visits, letters, cases, warnings) before recording what they present and how it was handled.
 */
export function VisitFormDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 200);
  const found = usePersonSearch(query, { limit: 10 });
  const requestTypes = useCatalog('request_type');
  const fields = useCatalog('field');
  const kinds = useCatalog('reception_kind');
  const grounds = useCatalog('refusal_ground');
  const places = useQuery({ queryKey: ['places'], queryFn: ({ signal }) => api.get<{ items: Place[] }>('/api/places', undefined, signal), staleTime: 5 * 60_000 });
  const chosen = Form.useWatch('people', form) ?? [];
  const outcome = Form.useWatch('outcome', form);
  const create = useCreateVisit();
  const screening = useCurrentScreening().data?.screening ?? null;

  const save = (v: Values) =>
    create.mutate(toBody(v, screening !== null), {
      onSuccess: async (visit) => {
        void message.success(t('reception.created'));
        // The receipt and the refusal notice are handed over at the desk: offer them at once.
        if (visit.documents.length > 0) notification.info({ message: t('records.documents'), description: <DocumentsCard documents={visit.documents} />, duration: 0 });
        onClose();
        if (!screening) return;
        const result = await api.get<VisitScreening>(`/api/visits/${visit.id}/screening`).catch(() => null);
        if (result?.flagged) void message.warning(t('visitScreening.flagged', { reasons: screeningReasons(result, t) }), 8);
      },
      onError: (error) => {
        // The server names fields as the API does (personIds); the form holds the people as `people`.
        applyFieldErrors(form, error);
        void message.error(errorMessage(error, t));
      },
    });

  return (
    <Drawer
      open
      title={t('reception.formTitle')}
      size={1100}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="visit-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ receivedAt: nowInVietnam(), receptionKind: 'thuong_xuyen', outcome: 'huong_dan', people: [] }}
            onFinish={save}
            data-testid="visit-form"
          >
            <Form.Item name="people" label={t('reception.people')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('reception.people').toLowerCase() }) }]} extra={t('reception.peopleMissing')}>
              <Select<Chosen[]>
                mode="multiple"
                labelInValue
                showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
                placeholder={t('reception.peopleHint')}
                loading={found.isFetching}
                onChange={() => setTyped('')}
                options={(found.data ?? []).map((p) => ({
                  value: p.id,
                  label: p.fullName,
                  detail: [p.birthYear, p.idNumberMasked, p.address].filter(Boolean).join(' · '),
                }))}
                optionRender={(option) => (
                  <Flex vertical>
                    <span>{option.label}</span>
                    <Typography.Text type="secondary" className="text-sm">
                      {option.data.detail}
                    </Typography.Text>
                  </Flex>
                )}
                data-testid="visit-people"
              />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="receivedAt" label={t('reception.receivedAt')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('reception.receivedAt').toLowerCase() }) }]}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" className="fill-width" data-testid="visit-received-at" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="requestType" label={t('records.requestType')} rules={[r.requiredSelect(t('records.requestType'))]}>
                  <Select options={requestTypes.options()} loading={requestTypes.isLoading} data-testid="visit-request-type" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="content" label={t('reception.content')} rules={[r.required(t('reception.content')), r.max(t('reception.content'), 4000)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="visit-content" />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="field" label={t('records.field')}>
                  <Select allowClear options={fields.options()} data-testid="visit-field" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="placeId" label={t('reception.place')}>
                  <Select
                    allowClear
                    placeholder={t('reception.placeDefault')}
                    loading={places.isLoading}
                    options={(places.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
                    data-testid="visit-place"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="receptionKind" label={t('reception.receptionKind')}>
                  <Select options={kinds.options()} data-testid="visit-kind" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="headCount" label={t('reception.headCount')} extra={t('reception.headCountHint')}>
                  <InputNumber min={Math.max(1, chosen.length)} max={100000} className="fill-width" data-testid="visit-head-count" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="outcome" label={t('reception.outcome')}>
                  <Select options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`reception.outcomes.${o}`) }))} data-testid="visit-outcome" />
                </Form.Item>
              </Col>
              {outcome === 'tu_choi' ? (
                <Col xs={24}>
                  <Form.Item name="refusalGround" label={t('reception.refusalGround')} rules={[r.requiredSelect(t('reception.refusalGround'))]}>
                    <Select options={grounds.options()} popupMatchSelectWidth={false} data-testid="visit-refusal-ground" />
                  </Form.Item>
                </Col>
              ) : null}
            </Row>
            {screening ? (
              <div data-testid="visit-screening">
                <Divider titlePlacement="start">{t('visitScreening.formTitle', { period: screening.periodName })}</Divider>
                {screening.questions.map((q, i) => (
                  <Form.Item key={i} name={['screening', i]} label={q.text}>
                    {q.kind === 'yes_no' ? (
                      <Radio.Group options={[{ value: t('visitScreening.yes'), label: t('visitScreening.yes') }, { value: t('visitScreening.no'), label: t('visitScreening.no') }]} />
                    ) : (
                      <Input maxLength={300} placeholder={t('visitScreening.placeAnswer')} />
                    )}
                  </Form.Item>
                ))}
              </div>
            ) : null}
            <Form.Item name="priorHandling" label={t('reception.priorHandling')} rules={[r.max(t('reception.priorHandling'), 1000)]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="documentsReceived" label={t('reception.documentsReceived')} rules={[r.max(t('reception.documentsReceived'), 1000)]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="followUp" label={t('reception.followUp')} rules={[r.max(t('reception.followUp'), 1000)]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          {chosen.map((p, i) => (
            <div key={p.value}>
              {i > 0 ? <Divider /> : null}
              <PersonHistoryPanel personId={p.value} title={t('reception.history', { name: p.label })} compact />
            </div>
          ))}
        </Col>
      </Row>
    </Drawer>
  );
}
