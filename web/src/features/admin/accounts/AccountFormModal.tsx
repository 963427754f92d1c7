import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, ROLES, type Role } from '@core/domain/org/roles';
import { api } from '../../../lib/api';
import { rules } from '../../../lib/forms';
import { currentLanguage } from '../../../lib/i18n';
import type { Account, Officer, Page } from '../../../lib/types';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { useSaveErrors } from '../shared/useSaveErrors';

export const ACCOUNTS_KEY = ['accounts'] as const;

interface AssignmentValue {
  role?: Role;
  unitId?: number;
}

interface Values {
  username: string;
  password: string;
  fullName: string;
  officerId?: number | null;
  assignments: AssignmentValue[];
}

/** Create (username, initial password, linked officer) or edit (name, roles); roles are always per unit. */
export function AccountFormModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useSaveErrors(ACCOUNTS_KEY);
  const r = rules(t);
  const [officerSearch, setOfficerSearch] = useState('');
  const officers = useQuery({
    queryKey: ['officers', 'pick', officerSearch],
    queryFn: ({ signal }) => api.get<Page<Officer>>('/api/officers', { q: officerSearch, page: 1, pageSize: 20 }, signal),
    enabled: account === null,
  });

  const save = useMutation({
    mutationFn: (v: Values) => {
      const assignments = v.assignments.map((a) => ({ role: a.role, unitId: a.unitId }));
      if (account) return api.patch<Account>(`/api/accounts/${account.id}`, { version: account.version, fullName: v.fullName.trim(), assignments });
      return api.post<Account>('/api/accounts', {
        username: v.username.trim(),
        password: v.password,
        fullName: v.fullName.trim(),
        ...(v.officerId ? { officerId: v.officerId } : {}),
        assignments,
      });
    },
    onSuccess: (saved) => {
      void message.success(account ? t('accounts.updated') : t('accounts.created', { username: saved.username }));
      void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      void queryClient.invalidateQueries({ queryKey: ['officers'] });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  const initial: Partial<Values> = account
    ? { fullName: account.fullName, assignments: account.assignments.map((a) => ({ role: a.role, unitId: a.unitId })) }
    : { assignments: [{}] };

  return (
    <Modal
      open
      title={account ? t('accounts.editTitle') : t('accounts.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'account-form-save' } as Record<string, string>}
      destroyOnHidden
      width={680}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="account-form">
        {account ? (
          <Typography.Paragraph>
            {t('accounts.username')}: <Typography.Text code>{account.username}</Typography.Text>
          </Typography.Paragraph>
        ) : (
          <Flex gap={16} wrap>
            <Form.Item
              name="username"
              label={t('accounts.username')}
              rules={[r.required(t('accounts.username')), r.username]}
              className="half-field"
            >
              <Input autoFocus autoComplete="off" autoCapitalize="none" spellCheck={false} data-testid="account-username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('accounts.password')}
              extra={t('accounts.passwordHint')}
              rules={[r.required(t('accounts.password')), r.password]}
              className="half-field"
            >
              <Input.Password autoComplete="new-password" data-testid="account-password" />
            </Form.Item>
          </Flex>
        )}
        <Form.Item name="fullName" label={t('accounts.fullName')} rules={[r.required(t('accounts.fullName')), r.max(t('accounts.fullName'), 150)]}>
          <Input autoFocus={account !== null} autoComplete="off" data-testid="account-fullname" />
        </Form.Item>
        {account ? null : (
          <Form.Item name="officerId" label={t('accounts.officer')}>
            <Select
              showSearch
              allowClear
              filterOption={false}
              onSearch={setOfficerSearch}
              loading={officers.isFetching}
              placeholder={t('accounts.officerPlaceholder')}
              options={(officers.data?.items ?? [])
                .filter((o) => o.accountId === null)
                .map((o) => ({ value: o.id, label: `${o.fullName} — ${o.position}, ${o.unitName}` }))}
            />
          </Form.Item>
        )}
        <Typography.Text strong className="group-label">
          {t('accounts.assignments')}
        </Typography.Text>
        <Form.List
          name="assignments"
          rules={[
            {
              validator: async (_r, list: AssignmentValue[] | undefined) => {
                if (!list || list.length === 0) throw new Error(t('validation.atLeastOneAssignment'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid={`assignment-${index}`}>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[r.requiredSelect(t('accounts.role'))]}
                    className="assignment-role"
                  >
                    <Select
                      aria-label={t('accounts.role')}
                      placeholder={t('accounts.role')}
                      options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role][lang] }))}
                      data-testid={`assignment-${index}-role`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    dependencies={[['assignments', field.name, 'role']]}
                    rules={[
                      r.requiredSelect(t('accounts.unit')),
                      ({ getFieldValue }) => ({
                        validator: (_r, unitId: number | undefined) => {
                          const all = (getFieldValue('assignments') ?? []) as AssignmentValue[];
                          const mine = all[field.name];
                          const dup = all.some((a, i) => i < field.name && a.unitId === unitId && a.role === mine?.role);
                          return dup ? Promise.reject(new Error(t('validation.duplicateAssignment'))) : Promise.resolve();
                        },
                      }),
                    ]}
                    className="assignment-unit"
                  >
                    <UnitTreeSelect aria-label={t('accounts.unit')} placeholder={t('accounts.unit')} data-testid={`assignment-${index}-unit`} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('accounts.removeAssignment')}
                    onClick={() => remove(field.name)}
                    disabled={fields.length <= 1}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="assignment-add">
                {t('accounts.addAssignment')}
              </Button>
            </>
          )}
        </Form.List>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
