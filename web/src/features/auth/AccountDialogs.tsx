import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { applyFieldErrors, errorMessage, rules } from '../../lib/forms';
import type { Me } from '../../lib/types';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useReplaceMe } from './session';

export type AccountDialog = 'password' | 'totp-enable' | 'totp-disable';

/** The account menu's dialogs: change password, turn two-factor authentication on or off. */
export function AccountDialogs({ open, onClose }: { open: AccountDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Modal open={open === 'password'} title={t('password.changeTitle')} onCancel={onClose} footer={null} destroyOnHidden>
        <ChangePasswordForm onDone={onClose} onCancel={onClose} />
      </Modal>
      <Modal open={open === 'totp-enable'} title={t('totp.enableTitle')} onCancel={onClose} footer={null} destroyOnHidden>
        <TotpEnable onDone={onClose} />
      </Modal>
      <Modal open={open === 'totp-disable'} title={t('totp.disableTitle')} onCancel={onClose} footer={null} destroyOnHidden>
        <TotpDisable onDone={onClose} />
      </Modal>
    </>
  );
}

/**
 * Two steps: the current password (the server asks for it again before the second factor changes), then the QR code
 * and the first code. The password stays in this dialog's state only, for the enabling request.
 */
function TotpEnable({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const replaceMe = useReplaceMe();
  const r = rules(t);
  const [passwordForm] = Form.useForm<{ password: string }>();
  const [form] = Form.useForm<{ token: string }>();
  const [password, setPassword] = useState<string | null>(null);
  const setup = useMutation({
    mutationFn: (current: string) => request<{ secret: string; otpauthUrl: string }>('POST', '/api/me/totp/setup', { body: { password: current } }),
    onSuccess: (_data, current) => setPassword(current),
    onError: (error) => {
      if (!applyFieldErrors(passwordForm, error)) passwordForm.setFields([{ name: 'password', errors: [errorMessage(error, t)] }]);
    },
  });
  const enable = useMutation({
    mutationFn: (token: string) => request<Me>('POST', '/api/me/totp/enable', { body: { token, password } }),
    onSuccess: (me) => {
      replaceMe(me);
      void message.success(t('totp.enabled'));
      onDone();
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      form.setFields([{ name: 'token', errors: [errorMessage(error, t)] }]);
    },
  });

  if (!setup.data || password === null) {
    return (
      <Form form={passwordForm} layout="vertical" requiredMark={false} onFinish={(v) => setup.mutate(v.password)}>
        <Typography.Paragraph>{t('totp.passwordIntro')}</Typography.Paragraph>
        <Form.Item name="password" label={t('password.current')} rules={[r.required(t('password.current'))]}>
          <Input.Password autoFocus autoComplete="current-password" data-testid="totp-password" />
        </Form.Item>
        <Form.Item className="form-actions">
          <Button type="primary" htmlType="submit" loading={setup.isPending} data-testid="totp-continue">
            {t('totp.continue')}
          </Button>
        </Form.Item>
      </Form>
    );
  }
  return (
    <>
      <Typography.Paragraph>{t('totp.intro')}</Typography.Paragraph>
      <Flex gap={16} align="center" wrap className="gap-after">
        <QRCode value={setup.data.otpauthUrl} size={168} bordered />
        <div className="totp-secret">
          <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
          <Typography.Paragraph copyable code className="totp-code" data-testid="totp-secret">
            {setup.data.secret}
          </Typography.Paragraph>
        </div>
      </Flex>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => enable.mutate(v.token.trim())}>
        <Form.Item
          name="token"
          label={t('totp.token')}
          rules={[{ required: true, message: t('validation.totp') }, { pattern: /^\s*\d{6}\s*$/, message: t('validation.totp') }]}
        >
          <Input autoFocus inputMode="numeric" autoComplete="one-time-code" maxLength={8} data-testid="totp-token" />
        </Form.Item>
        <Form.Item className="form-actions">
          <Button type="primary" htmlType="submit" loading={enable.isPending}>
            {t('totp.enable')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

function TotpDisable({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const replaceMe = useReplaceMe();
  const [form] = Form.useForm<{ password: string }>();
  const r = rules(t);
  const disable = useMutation({
    mutationFn: (password: string) => request<Me>('POST', '/api/me/totp/disable', { body: { password } }),
    onSuccess: (me) => {
      replaceMe(me);
      void message.success(t('totp.disabled'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) form.setFields([{ name: 'password', errors: [errorMessage(error, t)] }]);
    },
  });
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => disable.mutate(v.password)}>
      <Typography.Paragraph>{t('totp.disableIntro')}</Typography.Paragraph>
      <Form.Item name="password" label={t('password.current')} rules={[r.required(t('password.current'))]}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item className="form-actions">
        <Button danger type="primary" htmlType="submit" loading={disable.isPending}>
          {t('totp.disable')}
        </Button>
      </Form.Item>
    </Form>
  );
}
