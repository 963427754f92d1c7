import { useMemo } from 'react';
import { Button, Card, Col, Flex, InputNumber, Row, Select, Skeleton, Tooltip, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/dates';
import { QueryError } from '../../components/QueryError';
import { useCalendarDays, type CalendarDay } from './api';
import { monthGrid, monthOfDate, shiftMonth, type YearMonth } from './dates';
import { DateCalculator } from './DateCalculator';

/** Cell colours by kind of day (calendar.css `.tone-<kind>`); the legend under the grid uses the same classes. */
const toneOf = (d: CalendarDay | undefined): string => `tone-${d?.kind ?? 'working'}`;

/** Tết (from 1st of the first lunar month) and Giỗ Tổ Hùng Vương (10/3 lunar) are marked on the lunar date itself. */
function lunarFeast(d: CalendarDay): 'tet' | 'hung-kings' | null {
  if (d.lunar.leap) return null;
  if (d.lunar.month === 1 && d.lunar.day <= 3) return 'tet';
  if (d.lunar.month === 3 && d.lunar.day === 10) return 'hung-kings';
  return null;
}

/**
 * Month grid with working days, days off and their names, and the lunar date of each day; calculators beside it.
 * `onMonth` takes a change to the month rather than a month: it is applied to the month shown when the user acts,
 * which may already be ahead of the one this render drew.
 */
export function MonthView({
  month,
  onMonth,
  pickedDate,
  onPick,
}: {
  month: YearMonth;
  onMonth: (change: (current: YearMonth) => YearMonth) => void;
  pickedDate: string | undefined;
  onPick: (date: string) => void;
}) {
  const { t } = useTranslation();
  const grid = useMemo(() => monthGrid(month), [month]);
  const days = useCalendarDays(grid.from, grid.to);
  const byDate = useMemo(() => new Map((days.data ?? []).map((d) => [d.date, d])), [days.data]);
  const today = todayInVietnam();
  const prefix = `${month.year}-${String(month.month).padStart(2, '0')}`;

  const inMonth = (days.data ?? []).filter((d) => d.date.startsWith(prefix));
  const summary = {
    working: inMonth.filter((d) => d.working).length,
    off: inMonth.filter((d) => !d.working && d.kind !== 'weekend').length,
    worked: inMonth.filter((d) => d.kind === 'worked-weekend').length,
  };
  const firstLunar = inMonth[0]?.lunar;
  const lastLunar = inMonth[inMonth.length - 1]?.lunar;
  const lunarRange =
    firstLunar && lastLunar
      ? firstLunar.month === lastLunar.month
        ? t('calendar.lunarMonth', { month: firstLunar.month, year: firstLunar.yearName })
        : firstLunar.yearName === lastLunar.yearName
          ? t('calendar.lunarMonths', { from: firstLunar.month, to: lastLunar.month, year: lastLunar.yearName })
          : t('calendar.lunarMonthsYears', { from: firstLunar.month, fromYear: firstLunar.yearName, to: lastLunar.month, toYear: lastLunar.yearName })
      : '';

  const header = (
    <Flex align="center" justify="space-between" gap={12} wrap>
      <Flex align="center" gap={8}>
        <Button icon={<LeftOutlined />} onClick={() => onMonth((m) => shiftMonth(m, -1))} aria-label={t('calendar.prevMonth')} data-testid="calendar-prev" />
        <Typography.Title level={4} className="month-title" data-testid="calendar-title">
          {t('calendar.monthTitle', { month: month.month, year: month.year })}
        </Typography.Title>
        <Button icon={<RightOutlined />} onClick={() => onMonth((m) => shiftMonth(m, 1))} aria-label={t('calendar.nextMonth')} data-testid="calendar-next" />
      </Flex>
      <Flex align="center" gap={8}>
        <Select
          value={month.month}
          onChange={(picked) => onMonth((m) => ({ ...m, month: picked }))}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('calendar.monthName', { month: i + 1 }) }))}
          className="month-select"
          aria-label={t('calendar.month')}
          data-testid="calendar-month"
        />
        <InputNumber
          value={month.year}
          min={1900}
          max={2100}
          precision={0}
          onChange={(y) => (typeof y === 'number' && y >= 1900 && y <= 2100 ? onMonth((m) => ({ ...m, year: y })) : undefined)}
          className="year-input"
          aria-label={t('calendar.year')}
          data-testid="calendar-year"
        />
        <Button
          onClick={() => onMonth(() => monthOfDate(today))}
          data-testid="calendar-today"
        >
          {t('calendar.thisMonth')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card>
          {header}
          <Typography.Text type="secondary" className="month-summary" data-testid="calendar-summary">
            {[
              lunarRange,
              inMonth.length > 0 ? t('calendar.summaryWorking', { count: summary.working }) : '',
              summary.off > 0 ? t('calendar.summaryOff', { count: summary.off }) : '',
              summary.worked > 0 ? t('calendar.summaryWorked', { count: summary.worked }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          {days.isError ? <QueryError error={days.error} onRetry={() => void days.refetch()} /> : null}
          {!days.data ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <div role="grid" aria-label={t('calendar.monthTitle', { month: month.month, year: month.year })} className="month-grid" data-testid="calendar-grid">
              {WEEK.map((w) => (
                <div key={w} role="columnheader" className={w === 0 || w === 6 ? 'month-head is-weekend' : 'month-head'}>
                  {t(`calendar.weekdaysShort.${w}`)}
                </div>
              ))}
              {grid.dates.map((date) => (
                <DayCell
                  key={date}
                  date={date}
                  day={byDate.get(date)}
                  outside={!date.startsWith(prefix)}
                  today={date === today}
                  picked={date === pickedDate}
                  onPick={onPick}
                />
              ))}
            </div>
          )}
          <Legend />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <DateCalculator pickedDate={pickedDate} />
      </Col>
    </Row>
  );
}

function DayCell({ date, day, outside, today, picked, onPick }: { date: string; day: CalendarDay | undefined; outside: boolean; today: boolean; picked: boolean; onPick: (date: string) => void }) {
  const { t } = useTranslation();
  const feast = day ? lunarFeast(day) : null;
  const name = day && day.kind && day.kind !== 'weekend' ? day.name : undefined;
  const dayNumber = Number(date.slice(8, 10));
  const lunar = day ? `${day.lunar.day}/${day.lunar.month}${day.lunar.leap ? '*' : ''}` : '';
  const title = day
    ? [`${day.weekday} ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`, day.lunar.label, name, day.working ? t('calendar.kinds.working') : null].filter(Boolean).join('\n')
    : date;
  const className = ['day', toneOf(day), outside && 'is-outside', picked && 'is-picked', today && 'is-today', feast && 'is-feast'].filter(Boolean).join(' ');
  return (
    <Tooltip title={<span className="pre-line">{title}</span>} mouseEnterDelay={0.4}>
      <div
        role="gridcell"
        tabIndex={outside ? -1 : 0}
        aria-label={title.replace(/\n/g, ', ')}
        aria-selected={picked}
        className={className}
        onClick={() => onPick(date)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onPick(date);
          }
        }}
        data-testid={`day-${date}`}
        data-working={day ? String(day.working) : undefined}
        data-kind={day?.kind ?? 'working'}
      >
        <Flex justify="space-between" align="baseline">
          <span className="day-number">{dayNumber}</span>
          <span className={day?.lunar.day === 1 ? 'day-lunar is-first' : 'day-lunar'} data-testid={`lunar-${date}`}>
            {lunar}
          </span>
        </Flex>
        {name ? (
          <div className="day-name" data-testid={`dayname-${date}`}>
            {name}
          </div>
        ) : feast ? (
          <div className="day-name is-feast-name">{t(`calendar.feasts.${feast}`)}</div>
        ) : null}
      </div>
    </Tooltip>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items = ['working', 'weekend', 'holiday', 'compensatory', 'worked-weekend'] as const;
  return (
    <Flex gap={16} wrap className="month-legend" data-testid="calendar-legend">
      {items.map((k) => (
        <Flex key={k} align="center" gap={6}>
          <span className={`swatch swatch-kind tone-${k}`} />
          {t(`calendar.legend.${k}`)}
        </Flex>
      ))}
      <Flex align="center" gap={6}>
        <span className="swatch swatch-feast" />
        {t('calendar.legend.feast')}
      </Flex>
      <Flex align="center" gap={6}>
        <span className="swatch swatch-today" />
        {t('calendar.legend.today')}
      </Flex>
    </Flex>
  );
}

/** Thứ Hai first, Chủ nhật last (0 = Sunday, as Date and core count). */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
