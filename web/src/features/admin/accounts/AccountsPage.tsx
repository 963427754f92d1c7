import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, SafetyOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@core/domain/org/roles';
import { api } from '../../../lib/api';
import { formatDateTime } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import type { Account, Page } from '../../../lib/types';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useCan } from '../../auth/session';
import { RowActions, type RowAction } from '../shared/RowActions';
import { DEFAULT_PAGE_SIZE, pagination } from '../shared/table';
import { useSaveErrors } from '../shared/useSaveErrors';
import { ACCOUNTS_KEY, AccountFormModal } from './AccountFormModal';
import { ResetPasswordModal } from './ResetPasswordModal';

interface Filters {
  q: string;
  page: number;
  pageSize: number;
}

export function AccountsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useSaveErrors(ACCOUNTS_KEY);
  const [filters, setFilters] = useState<Filters>({ q: '', page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const accounts = useQuery({
    queryKey: [...ACCOUNTS_KEY, filters],
    queryFn: ({ signal }) => api.get<Page<Account>>('/api/accounts', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });

  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
  };
  const unlock = useMutation({
    mutationFn: (a: Account) => api.post<unknown>(`/api/accounts/${a.id}/unlock`),
    onSuccess: () => done(t('accounts.unlocked')),
    onError: (error) => onError(error),
  });
  const setActive = useMutation({
    mutationFn: (p: { account: Account; active: boolean }) => api.patch<Account>(`/api/accounts/${p.account.id}`, { version: p.account.version, active: p.active }),
    onSuccess: (_d, p) => done(p.active ? t('accounts.activated') : t('accounts.deactivated')),
    onError: (error) => onError(error),
  });

  const actionsFor = (a: Account): RowAction[] => {
    const out: RowAction[] = [];
    if (a.actions.includes('edit')) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setEditing(a) });
    if (a.actions.includes('reset_password'))
      out.push({ key: 'reset_password', label: t('accounts.resetPassword'), icon: <KeyOutlined />, onClick: () => setResetting(a) });
    if (a.actions.includes('unlock'))
      out.push({
        key: 'unlock',
        label: t('accounts.unlock'),
        icon: <UnlockOutlined />,
        onClick: () => void modal.confirm({ title: t('accounts.unlockConfirm', { username: a.username }), onOk: () => unlock.mutateAsync(a) }),
      });
    if (a.actions.includes('activate'))
      out.push({
        key: 'activate',
        label: t('common.activate'),
        icon: <CheckCircleOutlined />,
        onClick: () => void modal.confirm({ title: t('accounts.activateConfirm', { username: a.username }), onOk: () => setActive.mutateAsync({ account: a, active: true }) }),
      });
    if (a.actions.includes('deactivate'))
      out.push({
        key: 'deactivate',
        label: t('common.deactivate'),
        icon: <StopOutlined />,
        danger: true,
        onClick: () =>
          void modal.confirm({
            title: t('accounts.deactivateConfirm', { username: a.username }),
            okButtonProps: { danger: true },
            onOk: () => setActive.mutateAsync({ account: a, active: false }),
          }),
      });
    return out;
  };

  const columns: TableColumnsType<Account> = [
    { title: t('accounts.username'), dataIndex: 'username', width: 130, render: (u: string) => <Typography.Text code>{u}</Typography.Text> },
    { title: t('accounts.fullName'), dataIndex: 'fullName', width: 170 },
    {
      title: t('accounts.assignments'),
      dataIndex: 'assignments',
      render: (list: Account['assignments']) => (
        <Flex gap={4} wrap>
          {list.map((a) => (
            <Tag key={`${a.role}@${a.unitId}`} color="blue" className="flush">
              {ROLE_LABELS[a.role][lang]} · {a.unitName}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 150,
      render: (_: unknown, a) => (
        <Flex gap={4} wrap>
          {a.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
          {a.locked ? (
            <Tag color="red" icon={<LockOutlined />}>
              {t('accounts.locked')}
            </Tag>
          ) : null}
          {a.totpEnabled ? (
            <Tooltip title={t('accounts.totp')}>
              <Tag color="purple" icon={<SafetyOutlined />}>
                2FA
              </Tag>
            </Tooltip>
          ) : null}
          {a.mustChangePassword ? <Tag color="gold">{t('accounts.mustChange')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('accounts.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 130,
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('accounts.never')}</Typography.Text>),
    },
    { title: t('common.actions'), key: 'actions', width: 110, fixed: 'right', render: (_: unknown, a) => <RowActions actions={actionsFor(a)} testId={`account-${a.username}`} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        extra={
          can('accounts.admin') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="accounts-add">
              {t('accounts.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex className="gap-after">
          <Input.Search
            allowClear
            enterButton={t('common.search')}
            placeholder={t('accounts.searchPlaceholder')}
            aria-label={t('common.search')}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim(), page: 1 }))}
            className="search-box"
            data-testid="accounts-search"
          />
        </Flex>
        {accounts.isError ? <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
        <Table<Account>
          data-testid="accounts-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={accounts.data?.items ?? []}
          loading={accounts.isFetching}
          pagination={pagination(t, {
            current: filters.page,
            pageSize: filters.pageSize,
            total: accounts.data?.total ?? 0,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
          })}
          scroll={{ x: 980 }}
        />
      </Card>
      {editing ? <AccountFormModal account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {resetting ? <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} /> : null}
    </>
  );
}
