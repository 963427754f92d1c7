import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Used both on the forced-change screen and in the account menu's dialog. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  const change = useMutation({
    mutationFn: (v: Values) => request<void>('POST', '/api/me/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }),
    onSuccess: () => {
      void message.success(t('password.changed'));
      onDone();
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      void message.error(errorMessage(error, t));
    },
  });

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => change.mutate(v)} disabled={change.isPending}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[r.required(t('password.current'))]}>
        <Input.Password autoFocus autoComplete="current-password" data-testid="pw-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.hint')}
        rules={[
          r.required(t('password.new')),
          r.password,
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              value && value === getFieldValue('currentPassword') ? Promise.reject(new Error(t('validation.passwordSame'))) : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="pw-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          r.required(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="pw-confirm" />
      </Form.Item>
      <Form.Item className="form-actions">
        {onCancel ? (
          <Button onClick={onCancel} className="cancel-button">
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="pw-submit">
          {t('password.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
