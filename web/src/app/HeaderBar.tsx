import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, Flex, Select, Typography, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@core/domain/org/roles';
import { request } from '../lib/api';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { errorMessage } from '../lib/forms';
import type { Language, Me } from '../lib/types';
import { clearSession, ME_KEY, useCurrentUser, useReplaceMe } from '../features/auth/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AccountDialogs, type AccountDialog } from '../features/auth/AccountDialogs';
import { AlarmCenter } from '../features/alerts/AlarmCenter';

/** Distinct units the user holds roles in, in assignment order (the switcher's options). */
export function unitsOf(me: Pick<Me, 'assignments'>): { unitId: number; unitName: string }[] {
  const seen = new Map<number, string>();
  for (const a of me.assignments) if (!seen.has(a.unitId)) seen.set(a.unitId, a.unitName);
  return [...seen].map(([unitId, unitName]) => ({ unitId, unitName }));
}

export function HeaderBar() {
  const me = useCurrentUser();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const replaceMe = useReplaceMe();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<AccountDialog | null>(null);
  const units = unitsOf(me);
  const activeUnit = units.find((u) => u.unitId === me.activeUnitId);
  const lang = currentLanguage();

  const switchUnit = useMutation({
    mutationFn: (unitId: number) => request<Me>('PUT', '/api/me/active-unit', { body: { unitId } }),
    onSuccess: (next) => {
      // Everything on screen is scoped by the active unit, so refetch it all.
      replaceMe(next, { refetchScoped: true });
      const name = unitsOf(next).find((u) => u.unitId === next.activeUnitId)?.unitName ?? '';
      void message.success(t('shell.unitSwitched', { unit: name }));
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const changeLanguage = useMutation({
    mutationFn: (language: Language) => request<Me>('PUT', '/api/me/language', { body: { language } }),
    onMutate: async (language) => {
      // Optimistic: the UI switches as soon as the language's strings are in; the account keeps the choice for the
      // next sign-in. If they cannot be fetched, nothing changes and the error says so.
      await setLanguage(language);
      queryClient.setQueryData<Me>(ME_KEY, (old) => (old ? { ...old, language } : old));
    },
    onSuccess: (next) => replaceMe(next),
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const logout = useMutation({
    mutationFn: () => request<void>('POST', '/api/auth/logout'),
    onSettled: () => {
      clearSession(queryClient, 'logout');
      void navigate('/login', { replace: true });
    },
  });

  const roleLabels = me.roles.map((r) => ROLE_LABELS[r][lang]).join(', ');

  const menuItems: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('shell.changePassword'), 'data-testid': 'menu-change-password' },
    me.totpEnabled
      ? { key: 'totp-off', icon: <SafetyOutlined />, label: t('shell.disableTotp'), 'data-testid': 'menu-totp-disable' }
      : { key: 'totp-on', icon: <SafetyOutlined />, label: t('shell.enableTotp'), 'data-testid': 'menu-totp-enable' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), danger: true, 'data-testid': 'menu-logout' },
  ];

  const onMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setDialog('password');
    else if (key === 'totp-on') setDialog('totp-enable');
    else if (key === 'totp-off') setDialog('totp-disable');
    else if (key === 'logout') logout.mutate();
  };

  return (
    <Flex align="center" justify="flex-end" gap={16} flex={1} className="min-w-0">
      {units.length > 1 ? (
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" className="nowrap">
            {t('shell.activeUnit')}
          </Typography.Text>
          <Select
            data-testid="unit-switcher"
            aria-label={t('shell.activeUnit')}
            value={me.activeUnitId}
            loading={switchUnit.isPending}
            disabled={switchUnit.isPending}
            onChange={(unitId: number) => switchUnit.mutate(unitId)}
            options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
            popupMatchSelectWidth={false}
            className="unit-switcher"
          />
        </Flex>
      ) : activeUnit ? (
        <Typography.Text type="secondary" data-testid="active-unit" ellipsis className="active-unit">
          {activeUnit.unitName}
        </Typography.Text>
      ) : null}
      <AlarmCenter />
      <LanguageSwitch onChange={(lng) => changeLanguage.mutate(lng)} size="small" />
      <Dropdown menu={{ items: menuItems, onClick: onMenu }} trigger={['click']} placement="bottomRight">
        <Button type="text" data-testid="account-menu" aria-label={t('shell.account')} className="account-button">
          <Flex align="center" gap={8}>
            <Avatar size={32} icon={<UserOutlined />} className="account-avatar" />
            <Flex vertical align="flex-start" className="account-names">
              <Typography.Text strong data-testid="user-name" ellipsis>
                {me.fullName}
              </Typography.Text>
              <Typography.Text type="secondary" data-testid="user-roles" ellipsis className="text-sm">
                {roleLabels}
              </Typography.Text>
            </Flex>
            <DownOutlined className="account-caret" />
          </Flex>
        </Button>
      </Dropdown>
      <AccountDialogs open={dialog} onClose={() => setDialog(null)} />
    </Flex>
  );
}
