import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { rules } from '../../lib/forms';
import { useSaveErrors } from '../admin/shared/useSaveErrors';
import { useUrgeCase, type Case } from './api';

interface Values {
  addressee?: string;
  request?: string;
}

/** Đôn đốc: the urging letter, numbered from the unit's register, recorded on the case's timeline. */
export function UrgeModal({ record, onClose, onConflict }: { record: Case; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const urge = useUrgeCase(record.id);
  const onError = useSaveErrors(onConflict);
  const r = rules(t);
  const text = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  const save = (v: Values) =>
    urge.mutate(
      { version: record.version, addressee: text(v.addressee), request: text(v.request) },
      {
        onSuccess: () => {
          void message.success(t('cases.urged'));
          onClose();
        },
        onError: (error) => onError(error, form, onClose),
      },
    );
  return (
    <Modal open title={t('cases.urge')} okText={t('cases.urgeIssue')} onOk={() => form.submit()} confirmLoading={urge.isPending} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'urge-save' }}>
      <Form<Values> form={form} layout="vertical" onFinish={save}>
        <Form.Item name="addressee" label={t('cases.urgeAddressee')} extra={t('cases.urgeAddresseeHint')} rules={[r.max(t('cases.urgeAddressee'), 300)]}>
          <Input />
        </Form.Item>
        <Form.Item name="request" label={t('cases.urgeRequest')} rules={[r.max(t('cases.urgeRequest'), 2000)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="urge-request" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
