import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';

/**
 * A running time limit as the office reads it: the due date (dd/mm/yyyy) and the days left, or how late it is.
 * The figures are the server's (the deadline engine with the work calendar); nothing is recounted here.
 */
export function DueTag({ dueOn, daysLeft, testId }: { dueOn: string | null; daysLeft: number | null; testId?: string }) {
  const { t } = useTranslation();
  if (!dueOn) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Space size={4} wrap data-testid={testId}>
      <span className="tabular nowrap" data-testid={testId ? `${testId}-date` : undefined}>
        {formatDate(dueOn)}
      </span>
      {daysLeft === null ? null : <DaysLeft daysLeft={daysLeft} />}
    </Space>
  );
}

/** Green with time to spare, gold in the last three days, red once overdue. */
export function DaysLeft({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft < 0) return <Tag color="error">{t('records.due.overdue', { count: -daysLeft })}</Tag>;
  if (daysLeft === 0) return <Tag color="warning">{t('records.due.dueToday')}</Tag>;
  return <Tag color={daysLeft <= 3 ? 'warning' : 'success'}>{t('records.due.daysLeft', { count: daysLeft })}</Tag>;
}
