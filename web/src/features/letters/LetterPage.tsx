import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, InboxOutlined, LockOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useCatalog } from '../../lib/catalogs';
import { formatDate } from '../../lib/dates';
import { errorMessage, isConflict } from '../../lib/forms';
import { PageHeader } from '../../components/PageHeader';
import { useLetter, useReceiveLetter, type Letter } from './api';
import { ClassifyCard } from './ClassifyCard';
import { ClocksCard } from './ClocksCard';
import { DecideCard } from './DecideCard';
import { DocumentsCard } from './DocumentsCard';
import { RelatedCard } from './RelatedCard';
import '../cases/records.css';

/**
 * One letter: what it says and who wrote it (a denunciation's writers only for a user the head cleared — the others
 * read the server's «Người tố cáo (được giữ bí mật)»), its time limits, and the classification and decision the
 * record's `actions` allow. A 409 (someone saved first) shows the server's message and reloads the letter.
 */
export function LetterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const letterId = Number(id);
  const letter = useLetter(letterId);
  const receive = useReceiveLetter(letterId);
  const [receivedId, setReceivedId] = useState<number | null>(null);
  const back = (
    <Link to="/letters">
      <Button icon={<ArrowLeftOutlined />}>{t('letters.backToList')}</Button>
    </Link>
  );

  /** The one error path of the letter's forms: a conflict reloads, anything else says why. */
  const onError = (error: unknown) => {
    if (isConflict(error)) {
      void message.warning(`${errorMessage(error, t)} ${t('errors.conflictReloaded')}`, 6);
      void letter.refetch();
      return true;
    }
    return false;
  };

  if (!Number.isInteger(letterId) || letterId <= 0 || (letter.error instanceof ApiError && letter.error.status === 404)) {
    return <Result status="404" title={t('records.notFound')} extra={back} />;
  }
  if (letter.isError) return <Result status="warning" title={t('errors.loadFailed')} subTitle={errorMessage(letter.error, t)} extra={back} />;
  if (!letter.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const l = letter.data;
  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={10} wrap>
            <span data-testid="letter-title">{t('letters.letterTitle', { number: l.number, year: l.year })}</span>
            <Tag color={l.state === 'da_xu_ly' ? 'default' : 'processing'} data-testid="letter-state">
              {t(`letters.states.${l.state}`)}
            </Tag>
          </Flex>
        }
        subtitle={l.unitName}
        extra={
          <>
            {back}
            {l.actions.includes('receive') ? (
              <Button
                type="primary"
                icon={<InboxOutlined />}
                loading={receive.isPending}
                onClick={() =>
                  receive.mutate(undefined, {
                    onSuccess: (mine) => {
                      void message.success(t('letters.received'));
                      setReceivedId(mine.id);
                    },
                    onError: (error) => void message.error(errorMessage(error, t)),
                  })
                }
                data-testid="letter-receive"
              >
                {t('letters.receive')}
              </Button>
            ) : null}
          </>
        }
      />
      {receivedId ? (
        <Alert type="success" showIcon className="gap-after" title={<Link to={`/letters/${receivedId}`}>{t('letters.receivedAs', { id: receivedId })}</Link>} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <LetterDetails letter={l} />
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ClocksCard clocks={l.clocks} />
            <DocumentsCard documents={l.documents} />
          </Flex>
        </Col>
        {l.actions.includes('decide') ? (
          <Col xs={24}>
            <RelatedCard letter={l} onConflict={onError} />
          </Col>
        ) : null}
        {l.actions.includes('classify') ? (
          <Col xs={24} xl={12}>
            <ClassifyCard letter={l} onConflict={onError} />
          </Col>
        ) : null}
        {l.actions.includes('decide') ? (
          <Col xs={24} xl={12}>
            <DecideCard letter={l} onConflict={onError} />
          </Col>
        ) : null}
      </Row>
    </>
  );
}

function LetterDetails({ letter: l }: { letter: Letter }) {
  const { t } = useTranslation();
  const channels = useCatalog('intake_channel');
  const requestTypes = useCatalog('request_type');
  const fields = useCatalog('field');
  const decisions = useCatalog('decision');
  const bodies = useCatalog('competent_body_type');
  const prior = useCatalog('prior_resolution_status');
  const none = t('common.none');
  const yesNo = (v: boolean | null) => (v === null ? t('letters.notClassified') : v ? t('letters.yes') : t('letters.no'));
  const links = [
    l.visitId ? <Tag key="visit">{t('letters.visit', { id: l.visitId })}</Tag> : null,
    l.caseId ? (
      <Link key="case" to={`/cases/${l.caseId}`} data-testid="letter-case">
        <Tag color="blue" className="clickable">
          {t('letters.openCase', { id: l.caseId })}
        </Tag>
      </Link>
    ) : null,
    l.forwardedFromLetterId ? <Tag key="from">{t('letters.forwardedFrom', { id: l.forwardedFromLetterId })}</Tag> : null,
    l.receivedAsLetterId ? <Tag key="as">{t('letters.receivedAs', { id: l.receivedAsLetterId })}</Tag> : null,
  ].filter(Boolean);

  return (
    <Card title={t('letters.details')} data-testid="letter-details">
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'receivedOn', label: t('letters.receivedOn'), children: <span className="tabular">{formatDate(l.receivedOn)}</span> },
          { key: 'channel', label: t('letters.channel'), children: channels.label(l.channel) },
          { key: 'requestType', label: t('records.requestType'), children: <span data-testid="letter-request-type-value">{requestTypes.label(l.requestType)}</span> },
          { key: 'field', label: t('records.field'), children: l.field ? fields.label(l.field) : none },
          {
            key: 'senders',
            label: t('letters.senders'),
            span: 2,
            children: (
              <div data-testid="letter-senders">
                {l.sealed && !l.cleared ? (
                  <Space direction="vertical" size={2}>
                    <Typography.Text strong>
                      <LockOutlined /> {l.sendersLabel}
                    </Typography.Text>
                    <Typography.Text type="secondary" className="text-sm">
                      {t('records.sealedNote')}
                    </Typography.Text>
                  </Space>
                ) : l.senders.length === 0 ? (
                  l.sendersLabel
                ) : (
                  <Space direction="vertical" size={2}>
                    {l.senders.map((s, i) => (
                      <span key={i}>
                        <Typography.Text strong>{s.fullName}</Typography.Text>
                        {[s.idNumber, s.phone, s.address].filter(Boolean).length > 0 ? (
                          <Typography.Text type="secondary"> · {[s.idNumber, s.phone, s.address].filter(Boolean).join(' · ')}</Typography.Text>
                        ) : null}
                      </span>
                    ))}
                  </Space>
                )}
              </div>
            ),
          },
          ...(l.summary ? [{ key: 'summary', label: t('letters.summary'), span: 2, children: l.summary }] : []),
          { key: 'content', label: t('letters.content'), span: 2, children: <div className="records-content">{l.content}</div> },
          ...(l.sourceBody ? [{ key: 'sourceBody', label: t('letters.sourceBody'), span: 2, children: l.sourceBody }] : []),
          { key: 'eligible', label: t('letters.eligible'), children: yesNo(l.eligible) },
          { key: 'competent', label: t('letters.competent'), children: yesNo(l.competent) },
          ...(l.ineligibleReason ? [{ key: 'ineligibleReason', label: t('letters.ineligibleReason'), span: 2, children: l.ineligibleReason }] : []),
          ...(l.competentBodyType ? [{ key: 'body', label: t('letters.competentBodyType'), span: 2, children: bodies.label(l.competentBodyType) }] : []),
          ...(l.priorResolution ? [{ key: 'prior', label: t('letters.priorResolution'), span: 2, children: prior.label(l.priorResolution) }] : []),
          ...(l.decision
            ? [
                { key: 'decision', label: t('letters.decision'), children: <span data-testid="letter-decision">{decisions.label(l.decision)}</span> },
                { key: 'decidedOn', label: t('letters.decidedOn'), children: formatDate(l.decidedOn) },
              ]
            : []),
          ...(l.forwardToUnitName || l.forwardToBody ? [{ key: 'forward', label: t('letters.forwardedTo'), span: 2, children: l.forwardToUnitName ?? l.forwardToBody }] : []),
          ...(l.decisionNote ? [{ key: 'note', label: t('letters.note'), span: 2, children: l.decisionNote }] : []),
          ...(links.length > 0 ? [{ key: 'links', label: t('letters.related'), span: 2, children: <Flex gap={4} wrap>{links}</Flex> }] : []),
        ]}
      />
    </Card>
  );
}
