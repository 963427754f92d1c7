import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, theme } from 'antd';
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
 * Only the form itself is antd (inputs, validation messages, button, notice): headings, card and layout are
 * plain elements styled from the theme's tokens, because antd's Typography and Card cost more script (and
 * start-up time) than the whole form while adding nothing here.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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

  const heading = { margin: 0, fontWeight: token.fontWeightStrong, color: token.colorTextHeading };
  return (
    <div className="login-page">
      <div className="login-top">
        <LanguageSwitch onChange={onLanguage} size="small" />
      </div>
      <main className="login-main">
        <div className="login-brand">
          <BrandMark size={44} />
          <h1 style={{ ...heading, fontSize: token.fontSizeHeading3, lineHeight: 1.2 }} data-testid="product-name">
            {t('app.fullName')}
          </h1>
        </div>
        <section
          aria-labelledby="login-title"
          style={{
            boxSizing: 'border-box',
            width: '100%',
            maxWidth: 400,
            padding: token.paddingLG,
            background: token.colorBgContainer,
            border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            boxShadow: '0 6px 24px rgba(16, 42, 76, 0.08)',
          }}
        >
          <h2 id="login-title" style={{ ...heading, marginBottom: 4, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4 }}>
            {t('auth.loginTitle')}
          </h2>
          <p style={{ margin: '0 0 20px', color: token.colorTextDescription }}>{t('auth.loginSubtitle')}</p>
          {notice ? (
            <Alert
              data-testid={notice.type === 'error' ? 'login-error' : 'login-info'}
              type={notice.type}
              showIcon
              title={notice.text}
              className="gap-after"
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
        </section>
        <p className="login-footer" style={{ color: token.colorTextDescription }}>{t('auth.footer')}</p>
      </main>
    </div>
  );
}
