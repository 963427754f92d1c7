import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LockOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@core/domain/identity/phone';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { PageHeader } from '../../components/PageHeader';
import { flattenUnits, useUnits } from '../admin/shared/units';
import { usePerson, type Person } from './api';
import { MergePersonModal } from './MergePersonModal';
import { PersonFormDrawer } from './PersonFormDrawer';
import { PersonHistoryPanel } from '../reception/PersonHistoryPanel';

/**
 * One citizen's record, opened on purpose (the read is written to the audit log): every field in full, edit and
 * merge as the record's `actions` allow, and the citizen's visits, letters and cases within the user's scope.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const personId = Number(id);
  const person = usePerson(personId);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      // Back to the search list the officer came from; a record opened from a bookmark goes to an empty search.
      onClick={() => void (hasHistory() ? navigate(-1) : navigate('/people'))}
      data-testid="person-back"
    >
      {t('people.backToSearch')}
    </Button>
  );

  if (!Number.isInteger(personId) || personId <= 0 || (person.isError && person.error instanceof ApiError && person.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('people.notFound')}
        extra={
          <Link to="/people">
            <Button type="primary">{t('people.backToSearch')}</Button>
          </Link>
        }
      />
    );
  }
  if (person.isError) {
    return <Result status="warning" title={t('errors.loadFailed')} subTitle={errorMessage(person.error, t)} extra={back} />;
  }
  if (!person.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  const p = person.data;
  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={10} wrap>
            <span data-testid="person-name">{p.fullName}</span>
            {p.mergedIntoId ? <Tag color="orange">{t('people.mergedTag')}</Tag> : null}
            {p.namePlain ? (
              <Tooltip title={t('people.plainTagHint')}>
                <Tag color="warning" data-testid="person-plain-tag">
                  {t('people.plainTag')}
                </Tag>
              </Tooltip>
            ) : null}
          </Flex>
        }
        subtitle={t('people.recordSubtitle', { id: p.id, updated: formatDateTime(p.updatedAt) })}
        extra={
          <>
            {back}
            {p.actions.includes('merge') ? (
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)} data-testid="person-merge">
                {t('people.merge')}
              </Button>
            ) : null}
            {p.actions.includes('edit') ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      {p.mergedIntoId ? (
        <Alert
          type="warning"
          showIcon
          title={t('people.mergedInto', { id: p.mergedIntoId })}
          description={t('people.mergedIntoHint')}
          action={
            <Link to={`/people/${p.mergedIntoId}`} data-testid="person-merged-into">
              <Button type="primary">{t('people.openRecord', { id: p.mergedIntoId })}</Button>
            </Link>
          }
          className="gap-after"
          data-testid="person-merged-banner"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <PersonDetails person={p} />
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t('people.mergedFromTitle')} size="small" data-testid="person-merged-from">
              {p.mergedFromIds.length > 0 ? (
                <>
                  <Typography.Paragraph type="secondary" className="text-note">
                    {t('people.mergedFromHint')}
                  </Typography.Paragraph>
                  <Flex gap={6} wrap>
                    {p.mergedFromIds.map((m) => (
                      <Link key={m} to={`/people/${m}`}>
                        <Tag color="blue" className="clickable">
                          #{m}
                        </Tag>
                      </Link>
                    ))}
                  </Flex>
                </>
              ) : (
                <Typography.Text type="secondary">{t('people.mergedFromNone')}</Typography.Text>
              )}
            </Card>
            <Card title={t('people.historyTitle')} size="small">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'created', label: t('people.createdAt'), children: formatDateTime(p.createdAt) },
                  { key: 'updated', label: t('people.updatedAt'), children: formatDateTime(p.updatedAt) },
                ]}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24}>
          <PersonHistoryPanel personId={p.id} />
        </Col>
      </Row>
      {editing ? <PersonFormDrawer person={p} onClose={() => setEditing(false)} /> : null}
      {merging ? <MergePersonModal person={p} onClose={() => setMerging(false)} /> : null}
    </>
  );
}

function PersonDetails({ person: p }: { person: Person }) {
  const { t } = useTranslation();
  const units = useUnits();
  const unitName = useMemo(() => flattenUnits(units.data ?? []).find((u) => u.id === p.unitId)?.name, [units.data, p.unitId]);
  const none = t('common.none');
  return (
    <Card title={t('people.detailsTitle')} data-testid="person-details">
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 170 } }}
        items={[
          { key: 'fullName', label: t('people.fullName'), span: 2, children: <Typography.Text strong>{p.fullName}</Typography.Text> },
          { key: 'birthYear', label: t('people.birthYear'), children: p.birthYear ?? none },
          { key: 'gender', label: t('people.gender'), children: p.gender ? t(`people.genders.${p.gender}`) : none },
          { key: 'idType', label: t('people.idType'), children: p.idType ? t(`people.idTypes.${p.idType}`) : none },
          {
            key: 'idNumber',
            label: t('people.idNumber'),
            children: p.idNumber ? (
              <Typography.Text copyable className="tabular" data-testid="person-id-number">
                {p.idNumber}
              </Typography.Text>
            ) : (
              none
            ),
          },
          {
            key: 'phone',
            label: t('people.phone'),
            children: p.phone ? <span data-testid="person-phone">{formatPhone(p.phone)}</span> : none,
          },
          { key: 'ward', label: t('people.ward'), children: p.wardName ?? none },
          { key: 'address', label: t('people.address'), span: 2, children: <span data-testid="person-address">{p.address ?? none}</span> },
          { key: 'unit', label: t('people.unit'), span: 2, children: unitName ?? `#${p.unitId}` },
        ]}
      />
      <Typography.Text type="secondary" className="sub-line gap-before" data-testid="person-audit-note">
        <LockOutlined /> {t('people.auditNote')}
      </Typography.Text>
    </Card>
  );
}

/** react-router numbers its history entries in history.state.idx; 0 means this page was the first one opened. */
function hasHistory(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && typeof (state as { idx?: unknown }).idx === 'number' && (state as { idx: number }).idx > 0;
}
