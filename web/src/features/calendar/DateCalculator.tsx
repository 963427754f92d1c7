import { useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Flex, Form, InputNumber, Segmented, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { DATE_FORMAT, formatDate, todayInVietnam } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { MAX_ADD_DAYS } from './api';
import { isoOf, weekdayIndex } from './dates';

type Unit = 'working' | 'calendar';

/** "dd/mm/yyyy (Thứ Ba)": a due date is read with its weekday at the counter. */
export function DateWithWeekday({ date, testId }: { date: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Flex align="baseline" gap={8} wrap>
      <span className="big-figure tabular" data-testid={testId}>
        {formatDate(date)}
      </span>
      <Typography.Text type="secondary">{t(`calendar.weekdays.${weekdayIndex(date)}`)}</Typography.Text>
    </Flex>
  );
}

/**
 * Two everyday questions: "what date is N working days (or days) after this one?" and "how many working days lie
 * between these two dates?". The server answers both with the announced holidays and make-up days.
 */
export function DateCalculator({ pickedDate }: { pickedDate: string | undefined }) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const [from, setFrom] = useState<string | undefined>(today);
  const [days, setDays] = useState<number | null>(10);
  const [unit, setUnit] = useState<Unit>('working');
  const [countFrom, setCountFrom] = useState<string | undefined>(today);
  const [countTo, setCountTo] = useState<string | undefined>(undefined);

  // A day clicked on the month grid becomes the starting date.
  useEffect(() => {
    if (pickedDate) setFrom(pickedDate);
  }, [pickedDate]);

  const add = useQuery({
    queryKey: ['calendar', 'add', from, days, unit],
    queryFn: ({ signal }) => api.get<{ date: string }>('/api/calendar/add', { from, days: days ?? undefined, unit }, signal),
    enabled: Boolean(from) && days !== null,
    staleTime: 10 * 60_000,
  });
  const count = useQuery({
    queryKey: ['calendar', 'count', countFrom, countTo],
    queryFn: ({ signal }) => api.get<{ workingDays: number }>('/api/calendar/count', { from: countFrom, to: countTo }, signal),
    enabled: Boolean(countFrom && countTo),
    staleTime: 10 * 60_000,
  });

  return (
    <Flex vertical gap={16}>
      <Card title={t('calendar.addTitle')} size="small" data-testid="calc-add">
        <Form layout="vertical" component="div">
          <Flex gap={12}>
            <Form.Item label={t('calendar.fromDate')} htmlFor="calc-add-from" className="tight grow">
              <DatePicker
                id="calc-add-from"
                format={DATE_FORMAT}
                value={from ? dayjs(from) : null}
                onChange={(v) => setFrom(isoOf(v))}
                className="fill-width"
                allowClear={false}
              />
            </Form.Item>
            <Form.Item label={t('calendar.dayCount')} htmlFor="calc-add-days" className="tight col-110">
              <InputNumber id="calc-add-days" min={0} max={MAX_ADD_DAYS} precision={0} value={days} onChange={(v) => setDays(typeof v === 'number' ? v : null)} className="fill-width" />
            </Form.Item>
          </Flex>
          <Form.Item className="tight">
            <Segmented<Unit>
              block
              value={unit}
              onChange={setUnit}
              options={[
                { value: 'working', label: t('calendar.units.working') },
                { value: 'calendar', label: t('calendar.units.calendar') },
              ]}
              data-testid="calc-add-unit"
            />
          </Form.Item>
        </Form>
        <ResultBox loading={add.isFetching && !add.data} error={add.isError ? errorMessage(add.error, t) : null}>
          {add.data ? (
            <>
              <Typography.Text type="secondary" className="text-sm">
                {t('calendar.addResult', { days: days ?? 0, unit: t(`calendar.units.${unit}`).toLowerCase(), from: formatDate(from) })}
              </Typography.Text>
              <DateWithWeekday date={add.data.date} testId="calc-add-result" />
            </>
          ) : null}
        </ResultBox>
        <Typography.Paragraph type="secondary" className="text-sm note-below">
          {unit === 'working' ? t('calendar.addNoteWorking') : t('calendar.addNoteCalendar')}
        </Typography.Paragraph>
      </Card>

      <Card title={t('calendar.countTitle')} size="small" data-testid="calc-count">
        <Form layout="vertical" component="div">
          <Flex gap={12}>
            <Form.Item label={t('calendar.fromDate')} htmlFor="calc-count-from" className="tight grow">
              <DatePicker id="calc-count-from" format={DATE_FORMAT} value={countFrom ? dayjs(countFrom) : null} onChange={(v) => setCountFrom(isoOf(v))} className="fill-width" />
            </Form.Item>
            <Form.Item label={t('calendar.toDate')} htmlFor="calc-count-to" className="tight grow">
              <DatePicker id="calc-count-to" format={DATE_FORMAT} value={countTo ? dayjs(countTo) : null} onChange={(v) => setCountTo(isoOf(v))} className="fill-width" />
            </Form.Item>
          </Flex>
        </Form>
        <ResultBox loading={count.isFetching && !count.data} error={count.isError ? errorMessage(count.error, t) : null}>
          {count.data && countFrom && countTo ? (
            <Flex align="baseline" gap={8}>
              <span className="big-figure" data-testid="calc-count-result">
                {count.data.workingDays}
              </span>
              <Typography.Text type="secondary">{t('calendar.workingDays')}</Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('calendar.countPrompt')}</Typography.Text>
          )}
        </ResultBox>
        <Typography.Paragraph type="secondary" className="text-sm note-below">
          {t('calendar.countNote')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

function ResultBox({ loading, error, children }: { loading: boolean; error: string | null; children: ReactNode }) {
  if (error) return <Alert type="error" showIcon title={error} />;
  return (
    <div className="panel result-box">
      {loading ? <Spin size="small" /> : children}
    </div>
  );
}
