import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Flex, List, Result, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useCatalog } from '../../lib/catalogs';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { PageHeader } from '../../components/PageHeader';
import { ClocksCard } from '../letters/ClocksCard';
import { transitionsOf, useCase, type Case, type CaseState, type CaseTransition } from './api';
import { CaseFlags } from './CaseFlags';
import { DueTag } from './DueTag';
import { TransitionModal } from './TransitionModal';
import { UrgeModal } from './UrgeModal';
import { DocumentsCard } from '../letters/DocumentsCard';
import './records.css';

/**
 * One case: its state and running time limit (due date, days left), the letters it groups, the timeline of every
 * step (who, when, which act) and the steps the server says this user may take now.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const caseId = Number(id);
  const record = useCase(caseId);
  const [step, setStep] = useState<CaseTransition | null>(null);
  const [urging, setUrging] = useState(false);
  const back = (
    <Link to="/cases">
      <Button icon={<ArrowLeftOutlined />}>{t('cases.backToList')}</Button>
    </Link>
  );

  if (!Number.isInteger(caseId) || caseId <= 0 || (record.error instanceof ApiError && record.error.status === 404)) {
    return <Result status="404" title={t('records.notFound')} extra={back} />;
  }
  if (record.isError) return <Result status="warning" title={t('errors.loadFailed')} subTitle={errorMessage(record.error, t)} extra={back} />;
  if (!record.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const c = record.data;
  const steps = transitionsOf(c.actions);
  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={10} wrap>
            <span data-testid="case-title">{t('cases.caseTitle', { id: c.id, title: c.title })}</span>
            <Tag color="blue" data-testid="case-state">
              {t(`cases.states.${c.state}`)}
            </Tag>
          </Flex>
        }
        subtitle={`${t(`cases.types.${c.type}`)} · ${c.unitName}`}
        extra={back}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <CaseDetails record={c} />
            <Card size="small" title={t('cases.timeline')} data-testid="case-timeline">
              {c.events.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noEvents')} />
              ) : (
                <Timeline
                  items={c.events.map((e) => ({
                    key: e.id,
                    content: (
                      <Flex vertical gap={2}>
                        <Typography.Text strong>{e.label}</Typography.Text>
                        <Typography.Text type="secondary" className="text-sm">
                          {formatDate(e.on)} · {t(`cases.states.${e.toState as CaseState}`)}
                          {e.actorName ? ` · ${t('cases.by', { name: e.actorName })}` : ''} · {formatDateTime(e.at)}
                        </Typography.Text>
                        {e.decisionNumber ? (
                          <Typography.Text className="text-sm">{t('cases.doc', { number: e.decisionNumber, date: formatDate(e.decisionDate), signer: e.signer ?? '' })}</Typography.Text>
                        ) : null}
                        {e.note ? <Typography.Text className="text-sm">{e.note}</Typography.Text> : null}
                        {e.document ? (
                          <a href={`/api/documents/${e.document.id}/file`} className="text-sm" data-testid={`event-document-${e.document.kind}`}>
                            <FileWordOutlined /> {[e.document.label, e.document.numberLine].filter(Boolean).join(' · ')}
                          </a>
                        ) : null}
                        {e.basis ? (
                          <Typography.Text type="secondary" className="text-sm">
                            {e.basis}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    ),
                  }))}
                />
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('cases.actions')} data-testid="case-actions">
              {steps.length === 0 && !c.actions.includes('urge') ? (
                <Typography.Text type="secondary">{t('cases.noActions')}</Typography.Text>
              ) : (
                <Flex gap={8} wrap>
                  {steps.map((s) => (
                    <Button key={s} onClick={() => setStep(s)} data-testid={`case-step-${s}`}>
                      {t(`cases.transitions.${s}`)}
                    </Button>
                  ))}
                  {c.actions.includes('urge') ? (
                    <Button onClick={() => setUrging(true)} data-testid="case-urge">
                      {t('cases.urge')}
                    </Button>
                  ) : null}
                </Flex>
              )}
            </Card>
            <ClocksCard clocks={c.clocks} />
            <DocumentsCard documents={c.documents} />
          </Flex>
        </Col>
      </Row>
      {urging ? <UrgeModal record={c} onClose={() => setUrging(false)} onConflict={() => void record.refetch()} /> : null}
      {step ? <TransitionModal record={c} step={step} onClose={() => setStep(null)} onConflict={() => void record.refetch()} /> : null}
    </>
  );
}

function CaseDetails({ record: c }: { record: Case }) {
  const { t } = useTranslation();
  const outcomes = useCatalog(c.type === 'khieu_nai' ? 'complaint_outcome' : 'denunciation_outcome');
  const none = t('common.none');
  return (
    <Card size="small" title={t('cases.details')} data-testid="case-details">
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'type', label: t('cases.type'), children: t(`cases.types.${c.type}`) },
          { key: 'level', label: t('cases.level'), children: c.level },
          { key: 'handler', label: t('cases.handler'), children: c.handlerName ?? t('cases.noHandler') },
          { key: 'opened', label: t('cases.openedOn'), children: <span className="tabular">{formatDate(c.openedOn)}</span> },
          {
            key: 'due',
            label: t('cases.dueOn'),
            span: 2,
            children: (
              <Flex gap={8} wrap align="center">
                <DueTag dueOn={c.dueOn} daysLeft={c.daysLeft} testId="case-due" />
                {c.dueStage ? <Typography.Text type="secondary">{c.dueStage}</Typography.Text> : null}
              </Flex>
            ),
          },
          { key: 'flags', label: t('cases.flags'), span: 2, children: <CaseFlags item={c} /> },
          ...(c.resultNumber || c.outcome
            ? [
                {
                  key: 'result',
                  label: t('cases.result'),
                  span: 2,
                  children: (
                    <Flex vertical>
                      {c.outcome ? <span>{outcomes.label(c.outcome)}</span> : null}
                      {c.resultNumber ? <span>{t('cases.resultDoc', { number: c.resultNumber, date: formatDate(c.resultDate), signer: c.resultSigner ?? none })}</span> : null}
                    </Flex>
                  ),
                },
              ]
            : []),
          {
            key: 'letters',
            label: t('cases.letters'),
            span: 2,
            children: (
              <List
                size="small"
                dataSource={c.letters}
                locale={{ emptyText: none }}
                renderItem={(l) => (
                  <List.Item>
                    <Link to={`/letters/${l.id}`}>{t('letters.letterTitle', { number: l.number, year: l.year })}</Link>
                    <Typography.Text type="secondary">
                      {formatDate(l.receivedOn)} · {l.sendersLabel}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
