import { useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Drawer, Empty, Flex, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { ExclamationCircleOutlined, LinkOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@core/domain/identity/phone';
import { normalizeDocumentNumber } from '@core/domain/identity/cccd';
import { hasDiacritics } from '@core/domain/text/normalize';
import { ApiError, api } from '../../lib/api';
import { applyFieldErrors, errorMessage, isPhone, rules } from '../../lib/forms';
import { HiddenSubmit } from '../../components/HiddenSubmit';
import { GENDERS, ID_TYPES, personKey, useNameForms, usePersonMatches, usePersonSearch, useStorePerson, type Gender, type IdType, type Person } from './api';
import { ReasonTags } from './ReasonTags';
import { useDebounced } from './useDebounced';
import { birthYearProblem, cccdInfo, currentYear, identityProblem, MIN_BIRTH_YEAR } from './validation';
import { WardSelect } from '../admin/shared/WardSelect';

interface Values {
  fullName: string;
  /** The officer confirms the card writes the name without diacritics (a foreign name…): saved as «chưa chuẩn hóa». */
  nameWithoutDiacritics?: boolean;
  idType: IdType;
  idNumber?: string;
  birthYear?: number | null;
  gender?: Gender | null;
  phone?: string;
  address?: string;
  wardUnitId?: number | null;
}

const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);

/** A name with letters and not one diacritic: most likely typed (or carried over from a search) without them. */
const isPlainName = (name: string | undefined): boolean => !!name && /\p{L}{2}/u.test(name) && !hasDiacritics(name);

function toBody(v: Values) {
  const idNumber = text(v.idNumber);
  return {
    fullName: v.fullName.trim(),
    ...(v.nameWithoutDiacritics && isPlainName(v.fullName) ? { nameWithoutDiacritics: true } : {}),
    idType: idNumber ? v.idType : null,
    idNumber,
    birthYear: v.birthYear ?? null,
    gender: v.gender ?? null,
    phone: text(v.phone),
    address: text(v.address),
    wardUnitId: v.wardUnitId ?? null,
  };
}

/**
 * Adds a citizen or edits one (with the record's version). While a new record is typed, the register is searched
 * for the same name or number, so the officer opens the existing record instead of creating a duplicate.
 */
export function PersonFormDrawer({ person, initialQuery, onClose }: { person: Person | null; initialQuery?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const store = useStorePerson();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const r = rules(t);
  /** A record the officer may open (`id`), or else one registered elsewhere that he may bring into his unit. */
  const [duplicate, setDuplicate] = useState<{ id?: number; message: string } | null>(null);
  const creating = person === null;
  // A name typed now (new record, or changed) must carry diacritics unless the officer says the card has none.
  const nameIsNew = (name: string | undefined) => creating || name?.trim() !== person.fullName;

  const save = useMutation({
    mutationFn: (v: Values) =>
      person ? api.patch<Person>(`/api/people/${person.id}`, { version: person.version, ...toBody(v) }) : api.post<Person>('/api/people', toBody(v)),
    onSuccess: (saved) => {
      store(saved);
      void message.success(person ? t('people.updated') : t('people.created'));
      onClose();
      if (!person) void navigate(`/people/${saved.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'DUPLICATE') {
        applyFieldErrors(form, error);
        const { existingId, linkable } = error.details;
        if (typeof existingId === 'number') setDuplicate({ id: existingId, message: error.message });
        else if (linkable === true) setDuplicate({ message: error.message });
        else void message.error(error.message);
        return;
      }
      if (person && error instanceof ApiError && error.status === 409) {
        // Someone saved this record first (or merged it away): show why, reload it, let the officer look again.
        void message.warning(`${error.message} ${t('errors.conflictReloaded')}`, 6);
        onClose();
        void queryClient.invalidateQueries({ queryKey: personKey(person.id) });
        return;
      }
      applyFieldErrors(form, error);
      void message.error(errorMessage(error, t));
    },
  });

  // The citizen is registered by another unit: with his document at hand, the number and the name on it bring
  // that record into this unit (audited) instead of a second record.
  const link = useMutation({
    mutationFn: () => {
      const v = form.getFieldsValue();
      return api.post<Person>('/api/people/link', { idType: v.idType, idNumber: text(v.idNumber), fullName: v.fullName?.trim() ?? '' });
    },
    onSuccess: (linked) => {
      store(linked);
      void message.success(t('people.linked'));
      onClose();
      void navigate(`/people/${linked.id}`);
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      void message.error(errorMessage(error, t));
    },
  });
  const linkButton = (
    <Button size="small" type="primary" icon={<LinkOutlined />} loading={link.isPending} onClick={() => link.mutate()} data-testid="person-link">
      {t('people.linkAction')}
    </Button>
  );

  const initialValues: Partial<Values> = person
    ? {
        fullName: person.fullName,
        idType: person.idType ?? 'cccd',
        idNumber: person.idNumber ?? undefined,
        birthYear: person.birthYear,
        gender: person.gender,
        phone: person.phone ? formatPhone(person.phone) : undefined,
        address: person.address ?? undefined,
        wardUnitId: person.wardUnitId,
      }
    : // What the officer searched for before pressing "Thêm": a number goes to the document field, words to the name.
      /^[\d\s.]+$/.test(initialQuery ?? '')
      ? { idType: 'cccd', idNumber: initialQuery?.replace(/[\s.]/g, '') }
      : { idType: 'cccd', fullName: initialQuery ?? '' };

  const idType = Form.useWatch('idType', form) ?? 'cccd';
  const idNumber = Form.useWatch('idNumber', form);
  const info = idType === 'cccd' ? cccdInfo(idNumber) : null;

  return (
    <Drawer
      open
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.add')}
      size={creating ? 960 : 600}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="person-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Row gutter={24} wrap={false}>
        <Col flex="auto" className="min-w-0">
          {duplicate ? (
            <Alert
              type="warning"
              showIcon
              title={duplicate.message}
              action={
                duplicate.id !== undefined ? (
                  <Button size="small" type="primary" onClick={() => void navigate(`/people/${duplicate.id}`)} data-testid="person-open-duplicate">
                    {t('people.openRecord', { id: duplicate.id })}
                  </Button>
                ) : (
                  linkButton
                )
              }
              className="gap-after"
              data-testid="person-duplicate"
            />
          ) : null}
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            onFinish={(v) => save.mutate(v)}
            onValuesChange={(changed: Partial<Values>, all: Values) => {
              if ('idNumber' in changed || 'idType' in changed) setDuplicate(null);
              // A valid CCCD already states the birth year and gender: fill them in when the officer has not.
              if ('idNumber' in changed && all.idType === 'cccd') {
                const found = cccdInfo(changed.idNumber);
                if (found) {
                  if (all.birthYear === null || all.birthYear === undefined) form.setFieldValue('birthYear', found.birthYear);
                  if (!all.gender) form.setFieldValue('gender', found.gender);
                }
              }
            }}
            data-testid="person-form"
          >
            <Form.Item
              name="fullName"
              label={t('people.fullName')}
              dependencies={['nameWithoutDiacritics']}
              rules={[
                r.required(t('people.fullName')),
                r.max(t('people.fullName'), 150),
                ({ getFieldValue }) => ({
                  validator: (_r, v: string | undefined) =>
                    isPlainName(v) && nameIsNew(v) && !getFieldValue('nameWithoutDiacritics') ? Promise.reject(new Error(t('people.plainName.required'))) : Promise.resolve(),
                }),
              ]}
            >
              <Input autoFocus autoComplete="off" data-testid="person-full-name" />
            </Form.Item>
            <NameSpelling form={form} onPick={(name) => form.setFieldsValue({ fullName: name, nameWithoutDiacritics: false })} />
            <Row gutter={16}>
              <Col span={9}>
                <Form.Item name="idType" label={t('people.idType')}>
                  <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`people.idTypes.${v}`) }))} data-testid="person-id-type" />
                </Form.Item>
              </Col>
              <Col span={15}>
                <Form.Item
                  name="idNumber"
                  label={t('people.idNumber')}
                  dependencies={['idType', 'birthYear']}
                  extra={info ? t('people.cccdInfo', { province: info.province?.name ?? '—', gender: t(`people.genders.${info.gender}`), year: info.birthYear }) : undefined}
                  rules={[
                    r.max(t('people.idNumber'), 20),
                    ({ getFieldValue }) => ({
                      validator: (_r, v: string | undefined) => {
                        const problem = identityProblem(t, getFieldValue('idType') ?? 'cccd', v, getFieldValue('birthYear'));
                        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input inputMode={idType === 'cccd' || idType === 'cmnd' ? 'numeric' : 'text'} autoComplete="off" placeholder={t(`people.idPlaceholders.${idType}`)} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={9}>
                <Form.Item
                  name="birthYear"
                  label={t('people.birthYear')}
                  rules={[{ validator: (_r, v: number | null | undefined) => (birthYearProblem(t, v) ? Promise.reject(new Error(birthYearProblem(t, v) ?? '')) : Promise.resolve()) }]}
                >
                  <InputNumber min={MIN_BIRTH_YEAR} max={currentYear()} precision={0} controls={false} className="fill-width" />
                </Form.Item>
              </Col>
              <Col span={15}>
                <Form.Item
                  name="gender"
                  label={t('people.gender')}
                  dependencies={['idNumber', 'idType']}
                  rules={[
                    ({ getFieldValue }) => ({
                      // A warning, not a refusal: the card may be right and the entry wrong, or the other way round.
                      warningOnly: true,
                      validator: (_r, v: Gender | null | undefined) => {
                        const found = getFieldValue('idType') === 'cccd' ? cccdInfo(getFieldValue('idNumber')) : null;
                        return found && v && v !== 'other' && v !== found.gender
                          ? Promise.reject(new Error(t('people.genderMismatch', { gender: t(`people.genders.${found.gender}`) })))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Select allowClear options={GENDERS.map((g) => ({ value: g, label: t(`people.genders.${g}`) }))} data-testid="person-gender" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={9}>
                <Form.Item
                  name="phone"
                  label={t('people.phone')}
                  rules={[{ validator: (_r, v: string | undefined) => (!v || !v.trim() || isPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.phone')))) }]}
                >
                  <Input inputMode="tel" autoComplete="off" placeholder="0912 345 678" />
                </Form.Item>
              </Col>
              <Col span={15}>
                <Form.Item name="wardUnitId" label={t('people.ward')}>
                  <WardSelect current={person?.wardUnitId && person.wardName ? { id: person.wardUnitId, name: person.wardName } : null} data-testid="person-ward" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="address" label={t('people.address')} rules={[r.max(t('people.address'), 500)]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('people.addressPlaceholder')} />
            </Form.Item>
            <HiddenSubmit />
          </Form>
        </Col>
        {creating ? (
          <Col flex="360px">
            <PossibleDuplicates form={form} onOpen={(id) => void navigate(`/people/${id}`)} linkButton={linkButton} />
          </Col>
        ) : null}
      </Row>
    </Drawer>
  );
}

/** Records already in the register that may be the person being typed, as the server's matching judges them. */
function PossibleDuplicates({ form, onOpen, linkButton }: { form: ReturnType<typeof Form.useForm<Values>>[0]; onOpen: (id: number) => void; linkButton: ReactNode }) {
  const { t } = useTranslation();
  const fullName = (Form.useWatch('fullName', form) ?? '').trim();
  const idNumber = normalizeDocumentNumber(Form.useWatch('idNumber', form) ?? '');
  const birthYear = Form.useWatch('birthYear', form);
  const address = (Form.useWatch('address', form) ?? '').trim();
  const wardUnitId = Form.useWatch('wardUnitId', form);
  const number = idNumber.length >= 9 ? idNumber : '';
  // The server's matching needs a name; until one is typed, a full number is looked up on its own.
  // Memoised on the typed values so the debounce only restarts when one of them changes.
  const typed = useMemo(
    () =>
      fullName.length >= 2
        ? { fullName, idNumber: number || null, birthYear: birthYear ?? null, address: address || null, wardUnitId: wardUnitId ?? null, limit: 6 }
        : null,
    [fullName, number, birthYear, address, wardUnitId],
  );
  const matchInput = useDebounced(typed, 300);
  const numberOnly = useDebounced(fullName.length >= 2 ? '' : number, 300);
  const matches = usePersonMatches(matchInput);
  const byNumber = usePersonSearch(numberOnly, { limit: 3 });
  const items = useMemo(
    () => (matchInput ? (matches.data?.items ?? []) : numberOnly ? (byNumber.data ?? []).filter((p) => p.reasons.some((r) => r.code === 'id_same')) : []),
    [matchInput, matches.data, numberOnly, byNumber.data],
  );

  const asked = matchInput !== null || numberOnly !== '';
  const loading = matches.isFetching || byNumber.isFetching;
  const elsewhere = matchInput !== null && matches.data?.registeredElsewhere === true;

  return (
    <div className="panel matches-panel" data-testid="person-matches">
      <Typography.Title level={5} className="flush-top">
        {items.length > 0 ? <ExclamationCircleOutlined className="matches-warning" /> : null}
        {t('people.matchesTitle')}
      </Typography.Title>
      {elsewhere ? (
        <Alert type="info" showIcon title={t('people.registeredElsewhere')} description={t('people.registeredElsewhereHint')} action={linkButton} data-testid="person-elsewhere" />
      ) : null}
      {!asked ? (
        <Typography.Paragraph type="secondary">{t('people.matchesHint')}</Typography.Paragraph>
      ) : elsewhere ? null : items.length === 0 ? (
        loading ? (
          <Flex justify="center" className="matches-loading">
            <Spin />
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.matchesNone')} />
        )
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="gap-after-xs">
            {t('people.matchesIntro')}
          </Typography.Paragraph>
          <Flex vertical gap={8}>
            {items.map((p) => (
              <Flex key={p.id} gap={8} align="flex-start" justify="space-between" className="panel match">
                <div className="min-w-0">
                  <Typography.Text strong>{p.fullName}</Typography.Text>
                  <Typography.Text type="secondary" className="sub-line">
                    {[p.birthYear, p.idNumberMasked, p.wardName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  <div className="match-reasons">
                    <ReasonTags reasons={p.reasons} />
                  </div>
                </div>
                <Button size="small" onClick={() => onOpen(p.id)} data-testid={`person-match-open-${p.id}`}>
                  {t('people.open')}
                </Button>
              </Flex>
            ))}
          </Flex>
        </>
      )}
      <Typography.Paragraph type="secondary" className="text-sm gap-before">
        <UserAddOutlined /> {t('people.matchesFooter')}
      </Typography.Paragraph>
    </div>
  );
}

/**
 * A name without diacritics is how it was typed, not how the card writes it: the register's own spellings are offered
 * (one click fills the name), and saving it as typed is a box the officer ticks on purpose.
 */
function NameSpelling({ form, onPick }: { form: ReturnType<typeof Form.useForm<Values>>[0]; onPick: (name: string) => void }) {
  const { t } = useTranslation();
  const fullName = (Form.useWatch('fullName', form) ?? '').trim();
  const plain = isPlainName(fullName);
  const asked = useDebounced(plain ? fullName : null, 300);
  const forms = useNameForms(asked);
  if (!plain) return null;
  const current = asked === fullName ? forms.data : undefined;
  const suggestions = current?.suggestions ?? [];
  // No whole name when a word is unknown to the register: the spellings of the words it knows still help.
  const known = (current?.words ?? []).filter((w) => w.forms.length > 0);
  return (
    <Form.Item>
      <Alert
        type="warning"
        showIcon
        title={t('people.plainName.title')}
        description={
          <Flex vertical gap={8}>
            {suggestions.length > 0 ? (
              <Flex gap={6} wrap align="center">
                <Typography.Text type="secondary">{t('people.plainName.suggestions')}</Typography.Text>
                {suggestions.map((s) => (
                  <Button key={s} size="small" onClick={() => onPick(s)} data-testid="person-name-suggestion">
                    {s}
                  </Button>
                ))}
              </Flex>
            ) : known.length > 0 ? (
              <Typography.Text type="secondary" data-testid="person-name-words">
                {t('people.plainName.words', { words: known.map((w) => `${w.typed} → ${w.forms.slice(0, 3).join(' / ')}`).join(' · ') })}
              </Typography.Text>
            ) : null}
            <Form.Item name="nameWithoutDiacritics" valuePropName="checked" noStyle>
              <Checkbox data-testid="person-name-plain">{t('people.plainName.confirm')}</Checkbox>
            </Form.Item>
          </Flex>
        }
        data-testid="person-name-plain-warning"
      />
    </Form.Item>
  );
}

