import { useState } from 'react';
import { Card, DatePicker, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDate, todayInVietnam } from '../../lib/dates';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../auth/session';
import { useRules, type RuleRow } from './api';
import { isoOf } from './dates';
import { LegalBasis, RuleSetMarker, VerificationMarkers } from './LegalBasis';
import { ReadingSwitch } from './ReadingSwitch';

type Row = RuleRow & { key: string; firstOfType: boolean };

/** The legal time limits in force on a chosen date, one row per step, grouped by kind of letter. */
export function RulesTable() {
  const { t } = useTranslation();
  const can = useCan();
  const [on, setOn] = useState(todayInVietnam());
  const rules = useRules(on);
  const listing = rules.data;

  const rows: Row[] = (listing?.rules ?? []).map((r, i, all) => ({
    ...r,
    key: `${r.type}:${r.stage}`,
    // Rules arrive grouped by type; the type is written once per group (rowSpan would break the expanded rows).
    firstOfType: i === 0 || all[i - 1]?.type !== r.type,
  }));

  const columns: TableColumnsType<Row> = [
    {
      title: t('deadline.type'),
      dataIndex: 'typeLabel',
      width: 130,
      render: (v: string, r) => (r.firstOfType ? <Typography.Text strong>{v}</Typography.Text> : null),
    },
    { title: t('deadline.stage'), dataIndex: 'stageLabel', width: 200 },
    {
      title: t('deadline.limit'),
      key: 'amount',
      width: 110,
      render: (_: unknown, r) =>
        r.amount === null ? (
          <Typography.Text type="secondary">{t('deadline.noLimit')}</Typography.Text>
        ) : (
          <span className="nowrap">{r.kind === 'not_before' ? `≥ ${r.amount} ${r.unitLabel ?? ''}` : `${r.amount} ${r.unitLabel ?? ''}`}</span>
        ),
    },
    {
      title: t('deadline.longer'),
      key: 'extensions',
      render: (_: unknown, r) =>
        r.extensions.length === 0 ? (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {r.extensions.map((e) => (
              <Typography.Text key={e.kind} className="text-note">
                {e.label}: {e.effect === 'add' ? '+' : ''}
                {e.amount} {r.unitLabel ?? ''}
                {e.maxTimes ? ` × ${e.maxTimes}` : ''}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
    { title: t('deadline.countedFrom'), dataIndex: 'startEvent', width: 190, render: (v: string) => <span className="text-note">{v}</span> },
    {
      title: t('deadline.basis'),
      key: 'basis',
      width: 180,
      render: (_: unknown, r) => (
        <Flex vertical gap={4} align="flex-start">
          <span className="text-note">{r.basis.citation}</span>
          <Flex gap={4} wrap>
            <VerificationMarkers rule={r} />
          </Flex>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={24} wrap align="flex-start">
          <div>
            <Typography.Text type="secondary" className="field-label">
              <label htmlFor="rules-on">{t('deadline.rulesOn')}</label>
            </Typography.Text>
            <DatePicker id="rules-on" format={DATE_FORMAT} value={dayjs(on)} allowClear={false} onChange={(v) => setOn(isoOf(v) ?? todayInVietnam())} data-testid="rules-on" />
          </div>
          {listing ? (
            <div className="rules-set">
              <Typography.Text type="secondary" className="field-label">
                {t('deadline.ruleSet')}
              </Typography.Text>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong data-testid="rules-set-name">
                  {listing.ruleSet.name}
                </Typography.Text>
                <RuleSetMarker ruleSet={listing.ruleSet} />
              </Flex>
              <Typography.Text type="secondary" className="block text-note">
                {listing.ruleSet.effectiveTo
                  ? t('deadline.effectiveRange', { from: formatDate(listing.ruleSet.effectiveFrom), to: formatDate(listing.ruleSet.effectiveTo) })
                  : t('deadline.effectiveFrom', { from: formatDate(listing.ruleSet.effectiveFrom) })}
              </Typography.Text>
            </div>
          ) : null}
        </Flex>
        {listing ? (
          <Flex gap={8} wrap className="gap-before">
            {listing.ruleSets.map((s) => (
              <Tag.CheckableTag
                key={s.id}
                checked={s.id === listing.ruleSet.id}
                onChange={() => setOn(s.effectiveFrom)}
                className="rule-set-tag"
              >
                {s.effectiveTo ? `${formatDate(s.effectiveFrom)} – ${formatDate(s.effectiveTo)}` : t('deadline.effectiveFrom', { from: formatDate(s.effectiveFrom) })}
              </Tag.CheckableTag>
            ))}
          </Flex>
        ) : null}
        {listing && listing.ruleSet.sources.length > 0 ? (
          <Descriptions
            size="small"
            column={1}
            className="gap-before"
            items={[{ key: 'sources', label: t('deadline.sources'), children: listing.ruleSet.sources.join('; ') }]}
          />
        ) : null}
        {listing && can('calendar.admin') ? (
          <Typography.Text type={listing.ruleSet.unconfirmedCount > 0 ? 'warning' : 'success'} className="block gap-before" data-testid="rules-unconfirmed-count">
            {listing.ruleSet.unconfirmedCount > 0 ? <ExclamationCircleOutlined /> : <CheckCircleOutlined />}{' '}
            {listing.ruleSet.unconfirmedCount > 0 ? t('deadline.unconfirmedCount', { count: listing.ruleSet.unconfirmedCount }) : t('deadline.allConfirmed')}
          </Typography.Text>
        ) : null}
        {listing?.ruleSet.actions.includes('set_reading') ? <ReadingSwitch ruleSet={listing.ruleSet} /> : null}
      </Card>
      <Card>
        {rules.isError ? <QueryError error={rules.error} onRetry={() => void rules.refetch()} /> : null}
        <Table<Row>
          size="middle"
          bordered
          columns={columns}
          dataSource={rows}
          loading={rules.isFetching}
          pagination={false}
          expandable={{ expandedRowRender: (r) => <LegalBasis rule={r} basis={r.basis} />, columnWidth: 36 }}
          data-testid="rules-table"
        />
      </Card>
    </Flex>
  );
}
