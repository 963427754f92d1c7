import { App, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, todayInVietnam } from '../../lib/dates';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import { UnitTreeSelect } from '../admin/shared/UnitTreeSelect';
import { useDecideLetter, type Letter, type LetterDecide } from './api';

interface Values {
  decision: string;
  on: Dayjs;
  forwardToUnitId?: number | null;
  forwardToBody?: string;
  ground?: string | null;
  note?: string;
  signerName?: string;
  signerTitle?: string;
}

/** Decisions that rest on a ground of the non-acceptance catalogue. */
const WITH_GROUND: ReadonlySet<string> = new Set(['khong_thu_ly', 'khong_xu_ly']);

/**
 * Xử lý đơn: one decision of the catalogue, on a day (today by default). The server checks it against the law
 * (complaints guided once, denunciations forwarded once, a mixed letter split first) and answers in Vietnamese.
 * Forwarding names a unit using tiepdan (the letter lands in its inbox) or a body outside it.
 */
export function DecideCard({ letter, onConflict }: { letter: Letter; onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const decisions = useCatalog('decision');
  const grounds = useCatalog('non_acceptance_ground');
  const decision = Form.useWatch('decision', form);
  const decide = useDecideLetter(letter.id);
  const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);

  const save = (v: Values) => {
    const forwarding = v.decision === 'chuyen_don';
    const body: LetterDecide = {
      version: letter.version,
      decision: v.decision as LetterDecide['decision'],
      on: v.on.format('YYYY-MM-DD'),
      forwardToUnitId: forwarding ? (v.forwardToUnitId ?? null) : null,
      forwardToBody: forwarding ? text(v.forwardToBody) : null,
      ground: WITH_GROUND.has(v.decision) ? (v.ground ?? null) : null,
      note: text(v.note),
      // Who signs the document the decision issues; without both, the server takes the acting officer.
      ...(text(v.signerName) && text(v.signerTitle) ? { document: { signer: { name: text(v.signerName) as string, title: text(v.signerTitle) as string } } } : {}),
    };
    decide.mutate(body, {
      onSuccess: () => void message.success(t('letters.decided')),
      onError: (error) => {
        if (onConflict(error)) return;
        applyFieldErrors(form, error);
        void message.error(errorMessage(error, t));
      },
    });
  };

  return (
    <Card size="small" title={t('letters.decide')} data-testid="letter-decide">
      <Form<Values> form={form} layout="vertical" initialValues={{ on: dayjs(todayInVietnam()) }} onFinish={save}>
        <Form.Item name="decision" label={t('letters.decision')} rules={[r.requiredSelect(t('letters.decision'))]}>
          <Select options={decisions.options()} data-testid="decide-decision" />
        </Form.Item>
        <Form.Item name="on" label={t('letters.decidedOn')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('letters.decidedOn').toLowerCase() }) }]}>
          <DatePicker format={DATE_FORMAT} className="fill-width" />
        </Form.Item>
        {decision === 'chuyen_don' ? (
          <>
            <Form.Item name="forwardToUnitId" label={t('letters.forwardToUnit')}>
              <UnitTreeSelect data-testid="decide-forward-unit" />
            </Form.Item>
            <Form.Item name="forwardToBody" label={t('letters.forwardToBody')} rules={[r.max(t('letters.forwardToBody'), 300)]}>
              <Input />
            </Form.Item>
          </>
        ) : null}
        {decision && WITH_GROUND.has(decision) ? (
          <Form.Item name="ground" label={t('letters.ground')} rules={[r.requiredSelect(t('letters.ground'))]}>
            <Select allowClear options={grounds.options()} popupMatchSelectWidth={false} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('letters.note')} rules={[r.max(t('letters.note'), 1000)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="signerName" label={t('letters.signerName')} className="fill-width" rules={[r.max(t('letters.signerName'), 150)]}>
            <Input data-testid="decide-signer-name" />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('letters.signerTitle')} className="fill-width" rules={[r.max(t('letters.signerTitle'), 150)]}>
            <Input data-testid="decide-signer-title" />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="decide-save">
          {t('letters.decide')}
        </Button>
      </Form>
    </Card>
  );
}
