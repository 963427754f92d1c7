import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { DATE_FORMAT, todayInVietnam } from '../../../lib/dates';
import { rules } from '../../../lib/forms';
import { type UnitKind, type UnitNode } from '../../../lib/types';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { UnitFields } from './UnitFields';
import { subtreeIds, useUnits } from '../shared/units';
import { useSaveErrors } from '../shared/useSaveErrors';

export type UnitFormMode = { kind: 'create'; parentId: number | null } | { kind: 'edit'; unit: UnitNode };

interface Values {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: number | null;
  validFrom?: Dayjs;
  validTo?: Dayjs | null;
}

export function UnitFormModal({ mode, onClose, listKey }: { mode: UnitFormMode; onClose: () => void; listKey: QueryKey }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useSaveErrors(listKey);
  const r = rules(t);
  const units = useUnits();
  const editing = mode.kind === 'edit' ? mode.unit : null;

  const save = useMutation({
    mutationFn: (v: Values) => {
      const base = { code: v.code.trim(), name: v.name.trim(), kind: v.kind, parentId: v.parentId ?? null };
      if (editing) {
        return api.patch<UnitNode>(`/api/units/${editing.id}`, {
          version: editing.version,
          ...base,
          validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
        });
      }
      return api.post<UnitNode>('/api/units', { ...base, validFrom: (v.validFrom ?? dayjs()).format('YYYY-MM-DD') });
    },
    onSuccess: () => {
      void message.success(editing ? t('units.updated') : t('units.created'));
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  const initial: Partial<Values> = editing
    ? {
        code: editing.code,
        name: editing.name,
        kind: editing.kind,
        parentId: editing.parentId,
        validTo: editing.validTo ? dayjs(editing.validTo) : null,
      }
    : { parentId: mode.kind === 'create' ? mode.parentId : null, validFrom: dayjs(todayInVietnam()), kind: 'ward' };

  return (
    <Modal
      open
      title={editing ? t('units.editTitle') : t('units.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="unit-form">
        <UnitFields autoFocus />
        <Form.Item name="parentId" label={t('units.parent')}>
          <UnitTreeSelect placeholder={t('units.noParent')} exclude={editing ? subtreeIds(units.data ?? [], editing.id) : undefined} />
        </Form.Item>
        {editing ? (
          <Form.Item
            name="validTo"
            label={t('units.validTo')}
            rules={[
              {
                validator: (_r, value: Dayjs | null | undefined) =>
                  value && value.format('YYYY-MM-DD') < editing.validFrom ? Promise.reject(new Error(t('validation.validToBeforeFrom'))) : Promise.resolve(),
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} className="fill-width" />
          </Form.Item>
        ) : (
          <Form.Item name="validFrom" label={t('units.validFrom')} rules={[r.requiredSelect(t('units.validFrom'))]}>
            <DatePicker format={DATE_FORMAT} className="fill-width" />
          </Form.Item>
        )}
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
