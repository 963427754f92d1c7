import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { BrandMark } from '../../components/BrandMark';
import { ChangePasswordForm } from './ChangePasswordForm';
import { clearSession, fetchMe, ME_KEY } from './session';

/** An issued or reset password must be replaced before anything else (the server enforces it too). */
export function ForcedPasswordPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => request<void>('POST', '/api/auth/logout'),
    onSettled: () => clearSession(queryClient, 'logout'),
  });
  return (
    // Outside the shell, so it brings antd's App itself (the password form reports through `message`).
    <AntApp>
      <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#eef2f7' }}>
        <Flex align="center" gap={12} style={{ marginBottom: 20 }}>
          <BrandMark size={36} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.fullName')}
          </Typography.Title>
        </Flex>
        <Card style={{ width: '100%', maxWidth: 440 }} data-testid="forced-password">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('password.forcedTitle')}
          </Typography.Title>
          <Alert type="info" showIcon title={t('password.forcedIntro')} style={{ marginBottom: 16 }} />
          <ChangePasswordForm
            onDone={() => {
              void fetchMe().then((me) => queryClient.setQueryData(ME_KEY, me));
            }}
          />
        </Card>
        <Button type="link" onClick={() => logout.mutate()} style={{ marginTop: 12 }}>
          {t('shell.logout')}
        </Button>
      </Flex>
    </AntApp>
  );
}
