import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import { useClassifyLetter, type Letter, type LetterClassify } from './api';

interface Values {
  requestType: string;
  field?: string | null;
  eligible: boolean;
  ineligibleReason?: string;
  competent: boolean;
  competentBodyType?: string | null;
  priorResolution?: string | null;
  duplicateOfId?: number | null;
}

/** Phân loại đơn on the axes of form 02/XLD, sent with the version the processor saw. */
export function ClassifyCard({ letter, onConflict }: { letter: Letter; onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const requestTypes = useCatalog('request_type');
  const fields = useCatalog('field');
  const bodies = useCatalog('competent_body_type');
  const prior = useCatalog('prior_resolution_status');
  const eligible = Form.useWatch('eligible', form) ?? true;
  const classify = useClassifyLetter(letter.id);

  const save = (v: Values) => {
    const body: LetterClassify = {
      version: letter.version,
      requestType: v.requestType as LetterClassify['requestType'],
      field: v.field ?? null,
      eligible: v.eligible,
      ineligibleReason: v.eligible ? null : (v.ineligibleReason?.trim() ?? null),
      competent: v.competent,
      competentBodyType: v.competentBodyType ?? null,
      priorResolution: (v.priorResolution ?? null) as LetterClassify['priorResolution'],
      duplicateOfId: v.duplicateOfId ?? null,
    };
    classify.mutate(body, {
      onSuccess: () => void message.success(t('letters.classified')),
      onError: (error) => {
        if (onConflict(error)) return;
        applyFieldErrors(form, error);
        void message.error(errorMessage(error, t));
      },
    });
  };

  return (
    <Card size="small" title={t('letters.classification')} data-testid="letter-classify">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          requestType: letter.requestType,
          field: letter.field,
          eligible: letter.eligible ?? true,
          ineligibleReason: letter.ineligibleReason ?? undefined,
          competent: letter.competent ?? true,
          competentBodyType: letter.competentBodyType,
          priorResolution: letter.priorResolution,
          duplicateOfId: letter.duplicateOfId,
        }}
        onFinish={save}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="requestType" label={t('records.requestType')}>
              <Select options={requestTypes.options()} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label={t('records.field')}>
              <Select allowClear options={fields.options()} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="eligible" label={t('letters.eligible')} valuePropName="checked">
              <Switch data-testid="classify-eligible" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="competent" label={t('letters.competent')} valuePropName="checked">
              <Switch data-testid="classify-competent" />
            </Form.Item>
          </Col>
        </Row>
        {eligible ? null : (
          <Form.Item name="ineligibleReason" label={t('letters.ineligibleReason')} rules={[r.required(t('letters.ineligibleReason')), r.max(t('letters.ineligibleReason'), 500)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="competentBodyType" label={t('letters.competentBodyType')}>
              <Select allowClear options={bodies.options()} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="priorResolution" label={t('letters.priorResolution')}>
              <Select allowClear options={prior.options()} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="duplicateOfId" label={t('letters.duplicateOf')}>
              <InputNumber min={1} className="fill-width" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={classify.isPending} data-testid="classify-save">
          {t('letters.classify')}
        </Button>
      </Form>
    </Card>
  );
}
