import { Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { DueTag } from '../cases/DueTag';
import type { Letter } from './api';

type Clock = Letter['clocks'][number];

/** The record's time limits from the deadline engine: each step with its due date, days left and legal basis. */
export function ClocksCard({ clocks }: { clocks: readonly Clock[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('records.due.clocks')} data-testid="clocks">
      {clocks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.due.noClocks')} />
      ) : (
        <List
          size="small"
          dataSource={[...clocks]}
          renderItem={(c) => (
            <List.Item data-testid={`clock-${c.id}`}>
              <Flex vertical gap={2} className="fill-width">
                <Typography.Text strong>{c.stageLabel}</Typography.Text>
                {c.endedOn ? (
                  <Typography.Text type="secondary">{t('records.due.ended', { date: formatDate(c.endedOn) })}</Typography.Text>
                ) : c.dueOn ? (
                  <DueTag dueOn={c.dueOn} daysLeft={c.daysLeft} testId="clock-due" />
                ) : (
                  <Typography.Text type="secondary">{c.state === 'stopped' ? t('records.due.stopped') : t('records.due.noLimit')}</Typography.Text>
                )}
                <Typography.Text type="secondary" className="text-sm">
                  {t('records.due.startedOn')}: {formatDate(c.startedOn)} · {t('records.due.basis')}: {c.basis}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
