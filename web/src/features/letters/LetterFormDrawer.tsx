import { App, Button, Checkbox, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../lib/catalogs';
import { DATE_FORMAT, todayInVietnam } from '../../lib/dates';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import { useCreateLetter, type LetterCreate } from './api';

interface SenderValues {
  fullName: string;
  idNumber?: string;
  address?: string;
  phone?: string;
}

interface Values {
  channel: string;
  receivedOn: Dayjs;
  requestType: string;
  field?: string;
  summary?: string;
  content: string;
  anonymous: boolean;
  senders: SenderValues[];
  sourceBody?: string;
  originalsAttached: boolean;
}

const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);

function toBody(v: Values): LetterCreate {
  return {
    channel: v.channel,
    receivedOn: v.receivedOn.format('YYYY-MM-DD'),
    requestType: v.requestType as LetterCreate['requestType'],
    field: v.field ?? null,
    summary: text(v.summary),
    content: v.content.trim(),
    anonymous: v.anonymous,
    senders: v.anonymous ? [] : v.senders.map((s) => ({ fullName: s.fullName.trim(), idNumber: text(s.idNumber), address: text(s.address), phone: text(s.phone) })),
    sourceBody: text(v.sourceBody),
    originalsAttached: v.originalsAttached,
  };
}

/** Vào sổ đơn: a letter from any channel, with its writers (or marked anonymous); the server gives it its number. */
export function LetterFormDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const channels = useCatalog('intake_channel');
  const requestTypes = useCatalog('request_type');
  const fields = useCatalog('field');
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const create = useCreateLetter();

  const save = (v: Values) =>
    create.mutate(toBody(v), {
      onSuccess: (letter) => {
        void message.success(t('letters.created', { number: letter.number, year: letter.year }));
        onClose();
        void navigate(`/letters/${letter.id}`);
      },
      onError: (error) => {
        applyFieldErrors(form, error);
        void message.error(errorMessage(error, t));
      },
    });

  return (
    <Drawer
      open
      title={t('letters.formTitle')}
      size={760}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="letter-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'buu_chinh', receivedOn: dayjs(todayInVietnam()), anonymous: false, originalsAttached: false, senders: [{ fullName: '' }] }}
        onFinish={save}
        data-testid="letter-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label={t('letters.channel')} rules={[r.requiredSelect(t('letters.channel'))]}>
              <Select options={channels.options()} popupMatchSelectWidth={false} data-testid="letter-channel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivedOn" label={t('letters.receivedOn')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('letters.receivedOn').toLowerCase() }) }]}>
              <DatePicker format={DATE_FORMAT} className="fill-width" data-testid="letter-received-on" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="requestType" label={t('records.requestType')} rules={[r.requiredSelect(t('records.requestType'))]}>
              <Select options={requestTypes.options()} data-testid="letter-request-type" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label={t('records.field')}>
              <Select allowClear options={fields.options()} data-testid="letter-field" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('letters.summary')} rules={[r.max(t('letters.summary'), 300)]}>
          <Input data-testid="letter-summary" />
        </Form.Item>
        <Form.Item name="content" label={t('letters.content')} rules={[r.required(t('letters.content')), r.max(t('letters.content'), 8000)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="letter-content" />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox data-testid="letter-anonymous">{t('letters.anonymous')}</Checkbox>
        </Form.Item>
        {anonymous ? null : (
          <Form.List name="senders">
            {(items, { add, remove }) => (
              <Flex vertical gap={8} className="gap-after">
                <Typography.Text strong>{t('letters.senders')}</Typography.Text>
                {items.map((item, index) => (
                  <Row key={item.key} gutter={8} align="top" data-testid={`letter-sender-${index}`}>
                    <Col xs={24} md={8}>
                      <Form.Item name={[item.name, 'fullName']} label={t('letters.senderName')} rules={[r.required(t('letters.senderName')), r.max(t('letters.senderName'), 150)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={5}>
                      <Form.Item name={[item.name, 'idNumber']} label={t('letters.senderIdNumber')} rules={[r.max(t('letters.senderIdNumber'), 20)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={5}>
                      <Form.Item name={[item.name, 'phone']} label={t('letters.senderPhone')} rules={[r.max(t('letters.senderPhone'), 30)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={5}>
                      <Form.Item name={[item.name, 'address']} label={t('letters.senderAddress')} rules={[r.max(t('letters.senderAddress'), 500)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={1}>
                      {items.length > 1 ? (
                        <Form.Item label=" ">
                          <Button type="text" icon={<DeleteOutlined />} aria-label={t('letters.removeSender')} onClick={() => remove(item.name)} />
                        </Form.Item>
                      ) : null}
                    </Col>
                  </Row>
                ))}
                <div>
                  <Button icon={<PlusOutlined />} onClick={() => add({ fullName: '' })} data-testid="letter-add-sender">
                    {t('letters.addSender')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        )}
        <Form.Item name="sourceBody" label={t('letters.sourceBody')} rules={[r.max(t('letters.sourceBody'), 300)]}>
          <Input />
        </Form.Item>
        <Form.Item name="originalsAttached" valuePropName="checked">
          <Checkbox>{t('letters.originalsAttached')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
