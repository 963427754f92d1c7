import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, todayInVietnam } from '../../lib/dates';
import { rules } from '../../lib/forms';
import { useSaveErrors } from '../admin/shared/useSaveErrors';
import { HiddenSubmit } from '../../components/HiddenSubmit';
import { NEEDS_DECISION, useCaseTransition, type Case, type CaseTransition, type CaseTransitionInput } from './api';

interface Values {
  on: Dayjs;
  number?: string;
  date?: Dayjs;
  signer?: string;
  outcome?: string;
  days?: number;
  note?: string;
}

/**
 * One step the server offered (the case's `actions`), with what the law asks of it: the act it is taken by (number,
 * date, signer) for an extension, suspension, decision or termination; the outcome of a decision; the days of an
 * extension. A 409 — someone moved the case first, or the step no longer applies — shows the server's message and
 * reloads the case.
 */
export function TransitionModal({ record, step, onClose, onConflict }: { record: Case; step: CaseTransition; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const outcomes = useCatalog(record.type === 'khieu_nai' ? 'complaint_outcome' : 'denunciation_outcome');
  const transition = useCaseTransition(record.id);
  const onError = useSaveErrors(onConflict);
  const withDecision = NEEDS_DECISION.has(step);
  const withOutcome = step === 'giai_quyet' && record.type !== 'kien_nghi_phan_anh';
  const label = t(`cases.transitions.${step}`);
  const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);

  const save = (v: Values) => {
    const body: CaseTransitionInput = {
      transition: step,
      version: record.version,
      on: v.on.format('YYYY-MM-DD'),
      decision: withDecision && v.number && v.date && v.signer ? { number: v.number.trim(), date: v.date.format('YYYY-MM-DD'), signer: v.signer.trim() } : null,
      outcome: withOutcome ? (v.outcome ?? null) : null,
      days: step === 'gia_han' ? (v.days ?? null) : null,
      note: text(v.note),
    };
    transition.mutate(body, {
      onSuccess: () => {
        void message.success(t('cases.stepDone', { step: label }));
        onClose();
      },
      onError: (error) => onError(error, form, onClose),
    });
  };

  return (
    <Modal open title={label} onCancel={onClose} onOk={() => form.submit()} okText={label} confirmLoading={transition.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'step-save' }}>
      <Form<Values> form={form} layout="vertical" initialValues={{ on: dayjs(todayInVietnam()) }} onFinish={save} data-testid="step-form">
        <Form.Item name="on" label={t('cases.stepOn')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('cases.stepOn').toLowerCase() }) }]}>
          <DatePicker format={DATE_FORMAT} className="fill-width" />
        </Form.Item>
        {withDecision ? (
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="number" label={t('cases.decisionNumber')} rules={[r.required(t('cases.decisionNumber')), r.max(t('cases.decisionNumber'), 50)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="date" label={t('cases.decisionDate')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('cases.decisionDate').toLowerCase() }) }]}>
                <DatePicker format={DATE_FORMAT} className="fill-width" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signer" label={t('cases.signer')} rules={[r.required(t('cases.signer')), r.max(t('cases.signer'), 150)]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {withOutcome ? (
          <Form.Item name="outcome" label={t('cases.outcome')} rules={[r.requiredSelect(t('cases.outcome'))]}>
            <Select options={outcomes.options()} popupMatchSelectWidth={false} />
          </Form.Item>
        ) : null}
        {step === 'gia_han' ? (
          <Form.Item name="days" label={t('cases.days')}>
            <InputNumber min={1} max={60} className="fill-width" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('cases.note')} rules={[r.max(t('cases.note'), 1000)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
