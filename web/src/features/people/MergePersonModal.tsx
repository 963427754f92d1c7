import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchKey } from '@core/domain/text/normalize';
import { ApiError, api } from '../../lib/api';
import { errorMessage } from '../../lib/forms';
import { MIN_QUERY_LENGTH, personKey, usePersonSearch, useStorePerson, type Person, type PersonSearchItem } from './api';
import { ReasonTags } from './ReasonTags';
import { useDebounced } from './useDebounced';

/** ButtonProps has no data-* keys; spreading a plain object passes the attribute through to the DOM button. */
const testId = (id: string): object => ({ 'data-testid': id });

interface CompareRow {
  key: string;
  label: string;
  kept: string;
  duplicate: string;
  /** Shown in colour so the officer checks the fields where the two records disagree before merging. */
  differs?: boolean;
}

const differ = (a: string, b: string): boolean => searchKey(a) !== searchKey(b);

/**
 * Gộp hồ sơ trùng: the officer finds the duplicate by search, compares it with this record, confirms, and the
 * server folds it into this one (both histories kept; the duplicate then points here).
 */
export function MergePersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const store = useStorePerson();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const search = usePersonSearch(q, { limit: 10 });
  const [chosen, setChosen] = useState<PersonSearchItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = (q.length >= MIN_QUERY_LENGTH ? (search.data ?? []) : []).filter((c) => c.id !== person.id);

  const merge = useMutation({
    mutationFn: (duplicate: PersonSearchItem) => api.post<Person>(`/api/people/${person.id}/merge`, { duplicateId: duplicate.id, version: person.version }),
    onSuccess: (kept, duplicate) => {
      store(kept);
      queryClient.removeQueries({ queryKey: personKey(duplicate.id) });
      void message.success(t('people.merged', { id: duplicate.id }));
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.message} ${t('errors.conflictReloaded')}`, 6);
        void queryClient.invalidateQueries({ queryKey: personKey(person.id) });
        onClose();
        return;
      }
      // "Hai hồ sơ có số giấy tờ cùng loại khác nhau…", "đã được gộp trước đó": the server's reason, kept in view.
      setProblem(errorMessage(error, t));
    },
  });

  const confirm = () => {
    if (!chosen) {
      setProblem(t('people.mergePickFirst'));
      return;
    }
    void modal.confirm({
      title: t('people.mergeConfirmTitle', { duplicate: chosen.id, kept: person.id }),
      content: t('people.mergeConfirmText', { duplicate: `${chosen.fullName} (#${chosen.id})`, kept: `${person.fullName} (#${person.id})` }),
      okText: t('people.mergeAction'),
      okButtonProps: { danger: true, ...testId('merge-confirm-ok') },
      cancelText: t('common.cancel'),
      onOk: () => merge.mutateAsync(chosen).catch(() => undefined),
    });
  };

  const none = t('common.none');
  const rows: CompareRow[] = chosen
    ? [
        { key: 'name', label: t('people.fullName'), kept: person.fullName, duplicate: chosen.fullName },
        { key: 'year', label: t('people.birthYear'), kept: String(person.birthYear ?? none), duplicate: String(chosen.birthYear ?? none) },
        { key: 'gender', label: t('people.gender'), kept: person.gender ? t(`people.genders.${person.gender}`) : none, duplicate: chosen.gender ? t(`people.genders.${chosen.gender}`) : none },
        // The duplicate's number is masked in search results; it is compared by the server, not here.
        { key: 'id', label: t('people.idNumber'), kept: person.idNumber ?? none, duplicate: chosen.idNumberMasked ?? none },
        { key: 'address', label: t('people.address'), kept: person.address ?? none, duplicate: chosen.address ?? none },
        { key: 'ward', label: t('people.ward'), kept: person.wardName ?? none, duplicate: chosen.wardName ?? none },
      ].map((row) => ({ ...row, differs: row.key !== 'id' && differ(row.kept, row.duplicate) }))
    : [];
  const columns: TableColumnsType<CompareRow> = [
    { dataIndex: 'label', width: 150, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
    { title: t('people.mergeKept', { id: person.id }), dataIndex: 'kept' },
    {
      title: t('people.mergeDuplicate', { id: chosen?.id ?? '' }),
      dataIndex: 'duplicate',
      render: (v: string, row) => (row.differs ? <Typography.Text type="warning">{v}</Typography.Text> : v),
    },
  ];

  return (
    <Modal
      open
      title={t('people.mergeTitle')}
      okText={t('people.mergeAction')}
      okButtonProps={{ danger: true, disabled: !chosen, ...testId('merge-submit') }}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      confirmLoading={merge.isPending}
      destroyOnHidden
      width={760}
    >
      <Alert type="info" showIcon title={t('people.mergeIntro', { name: person.fullName, id: person.id })} className="gap-after" />
      <Form layout="vertical">
        <Form.Item label={t('people.mergePick')} validateStatus={problem ? 'error' : undefined} help={problem ?? t('people.mergePickHelp')}>
          <Select<number>
            showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
            autoFocus
            allowClear
            placeholder={t('people.searchHint')}
            loading={search.isFetching}
            value={chosen?.id}
            onChange={(id) => {
              setProblem(null);
              setChosen(candidates.find((c) => c.id === id) ?? null);
            }}
            notFoundContent={q.length >= MIN_QUERY_LENGTH && !search.isFetching ? t('people.noResults', { q }) : null}
            options={candidates.map((c) => ({
              value: c.id,
              label: `${c.fullName} (#${c.id})`,
              item: c,
            }))}
            optionRender={(option) => {
              const c = (option.data as { item: PersonSearchItem }).item;
              return (
                <div>
                  <Typography.Text strong>{c.fullName}</Typography.Text>{' '}
                  <Typography.Text type="secondary">#{c.id}</Typography.Text>
                  <Typography.Text type="secondary" className="sub-line">
                    {[c.birthYear, c.idNumberMasked, c.address].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  <ReasonTags reasons={c.reasons} />
                </div>
              );
            }}
            data-testid="merge-person-search"
          />
        </Form.Item>
      </Form>
      {chosen ? <Table<CompareRow> size="small" bordered pagination={false} columns={columns} dataSource={rows} data-testid="merge-compare" /> : null}
    </Modal>
  );
}
