import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { rules } from '../../../lib/forms';
import type { Account } from '../../../lib/types';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { useSaveErrors } from '../shared/useSaveErrors';
import { ACCOUNTS_KEY } from './AccountFormModal';

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ newPassword: string }>();
  const onError = useSaveErrors(ACCOUNTS_KEY);
  const r = rules(t);
  const reset = useMutation({
    mutationFn: (newPassword: string) => api.post<unknown>(`/api/accounts/${account.id}/reset-password`, { newPassword }),
    onSuccess: () => {
      void message.success(t('accounts.passwordReset'));
      void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });
  return (
    <Modal
      open
      title={t('accounts.resetTitle', { username: account.username })}
      okText={t('accounts.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('accounts.resetIntro')} className="gap-after" />
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v.newPassword)}>
        <Form.Item name="newPassword" label={t('accounts.newPassword')} rules={[r.required(t('accounts.newPassword')), r.password]}>
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
