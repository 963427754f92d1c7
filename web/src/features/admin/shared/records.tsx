/**
 * What the admin lists of places and officers have in common: records the server hands out with `version`,
 * `active` and the `actions` the user may take; an edit dialog that sends only what changed with the version;
 * activate and deactivate from the row. The screens keep their own columns, filters and fields.
 */
import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, Form, Modal, Switch, Tag, type TableColumnType } from 'antd';
import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { changedFields } from '../../../lib/forms';
import { HiddenSubmit } from '../../../components/HiddenSubmit';
import { RowActions, type RowAction } from './RowActions';
import { useSaveErrors } from './useSaveErrors';

export interface AdminRecord {
  id: number;
  version: number;
  active: boolean;
  actions: string[];
}

/** One kind of record: where it lives on the server and how the screen speaks of it. */
export interface RecordKind<R extends AdminRecord> {
  /** Prefix of every list query of this kind; a save refreshes them all. */
  listKey: QueryKey;
  /** POST here to create, PATCH `${path}/${id}` to change. */
  path: string;
  /** The record's name in the "Ngừng sử dụng: …?" question. */
  name: (record: R) => string;
  /** Row test ids: `${testId}-${id}-edit`. */
  testId: string;
  created: ParseKeys;
  updated: ParseKeys;
}

/** The record being edited ('new' for the add dialog) and the edit/activate/deactivate row actions. */
export function useRecordRows<R extends AdminRecord>(kind: RecordKind<R>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useSaveErrors(kind.listKey);
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const setActive = useMutation({
    mutationFn: ({ record, active }: { record: R; active: boolean }) => api.patch<R>(`${kind.path}/${record.id}`, { version: record.version, active }),
    onSuccess: () => {
      void message.success(t(kind.updated));
      void queryClient.invalidateQueries({ queryKey: kind.listKey });
    },
    onError: (error) => onError(error),
  });

  const rowActions = (record: R): RowAction[] => {
    const out: RowAction[] = [];
    if (record.actions.includes('edit')) out.push({ key: 'edit', label: t('common.edit'), icon: <EditOutlined />, onClick: () => setEditing(record) });
    if (record.actions.includes('activate'))
      out.push({ key: 'activate', label: t('common.activate'), icon: <CheckCircleOutlined />, onClick: () => setActive.mutate({ record, active: true }) });
    if (record.actions.includes('deactivate'))
      out.push({
        key: 'deactivate',
        label: t('common.deactivate'),
        icon: <StopOutlined />,
        danger: true,
        onClick: () =>
          void modal.confirm({
            title: `${t('common.deactivate')}: ${kind.name(record)}?`,
            okButtonProps: { danger: true },
            onOk: () => setActive.mutateAsync({ record, active: false }),
          }),
      });
    return out;
  };

  const actionsColumn: TableColumnType<R> = {
    title: t('common.actions'),
    key: 'actions',
    width: 110,
    fixed: 'right',
    render: (_: unknown, record) => <RowActions actions={rowActions(record)} testId={`${kind.testId}-${record.id}`} />,
  };

  return {
    /** The record in the edit dialog, 'new' for the add dialog, null when no dialog is open. */
    editing,
    add: () => setEditing('new'),
    close: () => setEditing(null),
    actionsColumn,
  };
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>;
}

interface FormModalProps<R extends AdminRecord, V, B extends object> {
  kind: RecordKind<R>;
  /** Null to create. */
  record: R | null;
  title: string;
  initialValues: Partial<V>;
  /** The request body from the form's values; phones and the like already in the server's canonical form. */
  toBody: (values: V) => B;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Add or edit one record. A new record is POSTed whole; an edit PATCHes the version with only the fields that
 * differ from the record as loaded, because the server leaves out fields unchanged and a field the dialog did not
 * touch must not overwrite what someone else saved. The active switch appears when editing.
 */
export function RecordFormModal<R extends AdminRecord, V extends { active?: boolean }, B extends object>({
  kind,
  record,
  title,
  initialValues,
  toBody,
  onClose,
  children,
}: FormModalProps<R, V, B>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<V>();
  const onError = useSaveErrors(kind.listKey);
  const save = useMutation({
    mutationFn: async (values: V): Promise<R | null> => {
      if (!record) return api.post<R>(kind.path, toBody(values));
      const changes = changedFields(record, { ...toBody(values), active: values.active });
      // Nothing to send: a PATCH would only bump the version and write an empty audit entry.
      if (Object.keys(changes).length === 0) return null;
      return api.patch<R>(`${kind.path}/${record.id}`, { version: record.version, ...changes });
    },
    onSuccess: (saved) => {
      if (saved) {
        void message.success(t(record ? kind.updated : kind.created));
        void queryClient.invalidateQueries({ queryKey: kind.listKey });
      }
      onClose();
    },
    onError: (error) => onError(error, form, onClose),
  });

  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => save.mutate(v)}>
        {children}
        {record ? (
          <Form.Item name="active" label={t('common.status')} valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
