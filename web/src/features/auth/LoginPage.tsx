import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldPath, request } from '../../lib/api';
import { setLanguage } from '../../lib/i18n';
import type { Language, Me } from '../../lib/types';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { forgetSessionEnd, ME_KEY, sessionEnd } from './session';

interface LoginValues {
  username: string;
  password: string;
  totp?: string;
}

type Notice = { type: 'error' | 'info'; text: string };

/**
 * Kept deliberately small: this page is the first thing every user downloads, so it must not pull the
 * shell or admin tables. After success the router (PublicOnly) forwards to `?next=` or the overview.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LoginValues>();
  const [needTotp, setNeedTotp] = useState(false);
  // Say why the user is here again: he signed out, or his session ended (expired, revoked, server restart).
  const [notice, setNotice] = useState<Notice | null>(() => {
    const end = sessionEnd();
    if (end === 'logout') return { type: 'info', text: t('auth.loggedOut') };
    if (end === 'expired') return { type: 'info', text: t('auth.sessionExpired') };
    return null;
  });
  useEffect(() => forgetSessionEnd(), []);
  // A language picked here is an explicit wish; it then overrides the account's stored preference.
  const pickedLanguage = useRef<Language | null>(null);

  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      request<{ user: Me }>('POST', '/api/auth/login', {
        body: { username: values.username.trim(), password: values.password, ...(values.totp ? { totp: values.totp.trim() } : {}) },
        skipUnauthorizedRedirect: true,
      }),
    onSuccess: async ({ user }) => {
      let me = user;
      const wanted = pickedLanguage.current;
      if (wanted && wanted !== user.language) {
        me = await request<Me>('PUT', '/api/me/language', { body: { language: wanted } }).catch(() => ({ ...user, language: wanted }));
      }
      // Signed in either way: the shell retries the account's language if its strings did not download now.
      await setLanguage(me.language).catch(() => undefined);
      queryClient.setQueryData(ME_KEY, me);
    },
    onError: (error: unknown) => {
      if (!(error instanceof ApiError)) {
        setNotice({ type: 'error', text: t('errors.unknown') });
        return;
      }
      if (error.code === 'AUTH_TOTP_REQUIRED' && !form.getFieldValue('totp')) {
        setNeedTotp(true);
        setNotice({ type: 'info', text: error.message || t('auth.totpRequired') });
        // Wait for the field to mount before moving focus to it.
        setTimeout(() => form.getFieldInstance('totp')?.focus?.(), 0);
        return;
      }
      if (Object.keys(error.fields).length > 0) {
        form.setFields(Object.entries(error.fields).map(([path, msg]) => ({ name: fieldPath(path) as never, errors: [msg] })));
      }
      setNotice({ type: 'error', text: error.message });
      form.setFieldValue('password', needTotp ? form.getFieldValue('password') : '');
      if (needTotp) form.setFieldValue('totp', '');
    },
  });

  const onLanguage = (lng: Language) => {
    pickedLanguage.current = lng;
    setLanguage(lng).catch(() => setNotice({ type: 'error', text: t('errors.network') }));
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #e9eef5 0%, #f5f7fa 60%)' }}>
      <Flex justify="flex-end" style={{ padding: '16px 24px' }}>
        <LanguageSwitch onChange={onLanguage} size="small" />
      </Flex>
      <Flex vertical align="center" justify="center" flex={1} style={{ padding: '0 16px 48px' }}>
        <Flex align="center" gap={12} style={{ marginBottom: 24 }}>
          <BrandMark size={44} />
          <div>
            <Typography.Title level={3} style={{ margin: 0, lineHeight: 1.2 }} data-testid="product-name">
              {t('app.fullName')}
            </Typography.Title>
          </div>
        </Flex>
        <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 6px 24px rgba(16, 42, 76, 0.08)' }}>
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('auth.loginTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
            {t('auth.loginSubtitle')}
          </Typography.Paragraph>
          {notice ? (
            <Alert
              data-testid={notice.type === 'error' ? 'login-error' : 'login-info'}
              type={notice.type}
              showIcon
              title={notice.text}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              setNotice(null);
              login.mutate(values);
            }}
            disabled={login.isPending}
          >
            <Form.Item
              name="username"
              label={t('auth.username')}
              rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('auth.username').toLowerCase() }) }]}
            >
              <Input autoFocus autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" data-testid="login-username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[{ required: true, message: t('validation.required', { field: t('auth.password').toLowerCase() }) }]}
            >
              <Input.Password autoComplete="current-password" size="large" data-testid="login-password" />
            </Form.Item>
            {needTotp ? (
              <Form.Item
                name="totp"
                label={t('auth.totp')}
                rules={[
                  { required: true, message: t('validation.totp') },
                  { pattern: /^\s*\d{6}\s*$/, message: t('validation.totp') },
                ]}
              >
                <Input
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  maxLength={8}
                  placeholder={t('auth.totpPlaceholder')}
                  size="large"
                  data-testid="login-totp"
                />
              </Form.Item>
            ) : null}
            <Button type="primary" htmlType="submit" size="large" block loading={login.isPending} data-testid="login-submit">
              {t('auth.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 440, textAlign: 'center', marginTop: 24, fontSize: 13 }}>
          {t('auth.footer')}
        </Typography.Paragraph>
      </Flex>
    </Flex>
  );
}
