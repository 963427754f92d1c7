import { useState } from 'react';
import { Card, DatePicker, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KIND_LABELS, INCIDENT_STEP_LABELS } from '@core/domain/incidents/lifecycle';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { DATE_FORMAT, formatDateTime, todayInVietnam } from '../../lib/dates';
import { currentLanguage } from '../../lib/i18n';
import { useTimeline, type TimelineEntry } from './api';

/** A day in Vietnam (UTC+7) as the instant it starts. */
const dayStart = (d: Dayjs) => `${d.format('YYYY-MM-DD')}T00:00:00+07:00`;

/** The time line of a period for the evaluation report (issue 10 §5): from the board, the last week by default. */
export function TimelinePage() {
  const { t } = useTranslation();
  const today = dayjs(todayInVietnam());
  const [range, setRange] = useState<[Dayjs, Dayjs]>([today.subtract(6, 'day'), today]);
  const timeline = useTimeline(dayStart(range[0]), dayStart(range[1].add(1, 'day')));
  const a = timeline.data?.acknowledgement;
  const seconds = (s: number | null) => (s === null ? '—' : t('board.seconds', { count: s }));
  return (
    <>
      <PageHeader title={t('board.timelineTitle')} />
      <Card size="small">
        <Flex gap={12} align="center" wrap className="board-gap">
          <Typography.Text>{t('board.timelineRange')}</Typography.Text>
          <DatePicker.RangePicker format={DATE_FORMAT} value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} data-testid="timeline-range" />
        </Flex>
        {a ? <Typography.Paragraph>{t('board.ackFigures', { ...a, median: seconds(a.medianSeconds), max: seconds(a.maxSeconds) })}</Typography.Paragraph> : null}
        {timeline.isError ? <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
        {timeline.data?.entries.length ? (
          <Timeline data-testid="timeline" items={timeline.data.entries.map((e) => ({ color: COLORS[e.type], children: <EntryLine entry={e} /> }))} />
        ) : timeline.data ? (
          <Empty description={t('board.timelineEmpty')} />
        ) : null}
      </Card>
    </>
  );
}

const COLORS: Record<TimelineEntry['type'], string> = { occurred: 'red', step: 'blue', dispatched: 'blue', arrived: 'green', alert: 'red', escalated: 'orange', acknowledged: 'green' };

function EntryLine({ entry: e }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const text = (() => {
    switch (e.type) {
      case 'occurred':
        return t('board.entry.occurred', { kind: INCIDENT_KIND_LABELS[e.kind][lang], headCount: e.headCount, wards: e.wards.length ? ` (${e.wards.join(', ')})` : '', address: e.address });
      case 'step':
        return `${t('board.entry.step', { step: INCIDENT_STEP_LABELS[e.step][lang] })}${e.by ? ` — ${e.by}` : ''}${e.note ? `: ${e.note}` : ''}`;
      case 'dispatched':
      case 'arrived':
        return t(`board.entry.${e.type}`, { group: e.group });
      case 'alert':
        return t('board.entry.alert', { title: e.title });
      case 'escalated':
        return t('board.entry.escalated', { level: e.level, title: e.title });
      case 'acknowledged':
        return `${t('board.entry.acknowledged', { after: t('board.seconds', { count: e.afterSeconds }), title: e.title })}${e.by ? ` — ${e.by}` : ''}`;
    }
  })();
  return (
    <Flex gap={8} wrap>
      <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
      {e.incidentId !== null ? <Tag>#{e.incidentId}</Tag> : null}
      <span>{text}</span>
      {e.type === 'acknowledged' && e.late ? <Tag color="orange">{t('board.entry.late')}</Tag> : null}
    </Flex>
  );
}
