import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Divider, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { DATE_FORMAT, todayInVietnam } from '../../../lib/dates';
import { rules } from '../../../lib/forms';
import { type UnitKind, type UnitNode } from '../../../lib/types';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { UnitTreeSelect } from '../shared/UnitTreeSelect';
import { UnitFields } from './UnitFields';
import { flattenUnits, useUnits } from '../shared/units';
import { useSaveErrors } from '../shared/useSaveErrors';

interface Values {
  sourceIds: number[];
  effectiveOn: Dayjs;
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: number | null;
}

/** Several units become one from a date (the 2025 reform merged wards); history stays with the old units. */
export function MergeUnitsModal({ initialSourceIds, onClose }: { initialSourceIds: number[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useSaveErrors(['units']);
  const r = rules(t);
  const units = useUnits();
  const first = flattenUnits(units.data ?? []).find((u) => u.id === initialSourceIds[0]);

  const merge = useMutation({
    mutationFn: (v: Values) =>
      api.post<UnitNode>('/api/units/merge', {
        sourceIds: v.sourceIds,
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        unit: { code: v.code.trim(), name: v.name.trim(), kind: v.kind, parentId: v.parentId ?? null },
      }),
    onSuccess: (unit) => {
      void message.success(t('units.merged', { name: unit.name }));
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  return (
    <Modal
      open
      title={t('units.mergeTitle')}
      okText={t('units.merge')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={merge.isPending}
      destroyOnHidden
      width={600}
    >
      <Alert type="info" showIcon title={t('units.mergeIntro')} className="gap-after" />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          sourceIds: initialSourceIds,
          effectiveOn: dayjs(todayInVietnam()).add(1, 'day'),
          kind: first?.kind ?? 'ward',
          parentId: first?.parentId ?? null,
        }}
        onFinish={(v) => merge.mutate(v)}
        data-testid="merge-form"
      >
        <Form.Item
          name="sourceIds"
          label={t('units.mergeSources')}
          required
          rules={[
            {
              validator: (_r, value: number[] | undefined) =>
                value && value.length >= 1 ? Promise.resolve() : Promise.reject(new Error(t('validation.mergeSources'))),
            },
          ]}
        >
          <UnitTreeSelect multiple autoFocus data-testid="merge-sources" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('units.effectiveOn')} rules={[r.requiredSelect(t('units.effectiveOn'))]}>
          <DatePicker format={DATE_FORMAT} className="fill-width" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('units.newUnit')}
        </Divider>
        <UnitFields />
        <Form.Item name="parentId" label={t('units.parent')}>
          <UnitTreeSelect placeholder={t('units.noParent')} data-testid="merge-parent" />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
