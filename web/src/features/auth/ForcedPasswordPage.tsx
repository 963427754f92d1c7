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
      <Flex vertical align="center" justify="center" className="forced-page">
        <Flex align="center" gap={12} className="forced-brand">
          <BrandMark size={36} />
          <Typography.Title level={4} className="flush">
            {t('app.fullName')}
          </Typography.Title>
        </Flex>
        <Card className="forced-card" data-testid="forced-password">
          <Typography.Title level={4} className="flush-top">
            {t('password.forcedTitle')}
          </Typography.Title>
          <Alert type="info" showIcon title={t('password.forcedIntro')} className="gap-after" />
          <ChangePasswordForm
            onDone={() => {
              void fetchMe().then((me) => queryClient.setQueryData(ME_KEY, me));
            }}
          />
        </Card>
        <Button type="link" onClick={() => logout.mutate()} className="forced-logout">
          {t('shell.logout')}
        </Button>
      </Flex>
    </AntApp>
  );
}
