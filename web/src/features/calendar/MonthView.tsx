import { useMemo, type CSSProperties } from 'react';
import { Button, Card, Col, Flex, InputNumber, Row, Select, Skeleton, Tooltip, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/dates';
import { QueryError } from '../../components/QueryError';
import { useCalendarDays, type CalendarDay } from './api';
import { monthGrid, shiftMonth, type YearMonth } from './dates';
import { DateCalculator } from './DateCalculator';

type Tone = 'working' | 'weekend' | 'holiday' | 'compensatory' | 'bridge' | 'worked-weekend';

/** Cell colours by kind of day; the legend under the grid uses the same table. */
const TONES: Record<Tone, { bg: string; fg: string; border: string }> = {
  working: { bg: '#ffffff', fg: '#1f2d3d', border: '#e6eaf0' },
  weekend: { bg: '#f4f6f9', fg: '#6b7a8c', border: '#e6eaf0' },
  holiday: { bg: '#fff1f0', fg: '#c41d1d', border: '#ffccc7' },
  compensatory: { bg: '#fff7e6', fg: '#ad4e00', border: '#ffd591' },
  bridge: { bg: '#fff7e6', fg: '#ad4e00', border: '#ffd591' },
  'worked-weekend': { bg: '#e6f4ff', fg: '#0b5cad', border: '#91caff' },
};

const toneOf = (d: CalendarDay | undefined): Tone => (d?.kind ?? 'working') as Tone;

/** Tết (from 1st of the first lunar month) and Giỗ Tổ Hùng Vương (10/3 lunar) are marked on the lunar date itself. */
function lunarFeast(d: CalendarDay): 'tet' | 'hung-kings' | null {
  if (d.lunar.leap) return null;
  if (d.lunar.month === 1 && d.lunar.day <= 3) return 'tet';
  if (d.lunar.month === 3 && d.lunar.day === 10) return 'hung-kings';
  return null;
}

/** Month grid with working days, days off and their names, and the lunar date of each day; calculators beside it. */
export function MonthView({ month, onMonth, pickedDate, onPick }: { month: YearMonth; onMonth: (m: YearMonth) => void; pickedDate: string | undefined; onPick: (date: string) => void }) {
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
        <Button icon={<LeftOutlined />} onClick={() => onMonth(shiftMonth(month, -1))} aria-label={t('calendar.prevMonth')} data-testid="calendar-prev" />
        <Typography.Title level={4} style={{ margin: 0, minWidth: 190, textAlign: 'center' }} data-testid="calendar-title">
          {t('calendar.monthTitle', { month: month.month, year: month.year })}
        </Typography.Title>
        <Button icon={<RightOutlined />} onClick={() => onMonth(shiftMonth(month, 1))} aria-label={t('calendar.nextMonth')} data-testid="calendar-next" />
      </Flex>
      <Flex align="center" gap={8}>
        <Select
          value={month.month}
          onChange={(m) => onMonth({ ...month, month: m })}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('calendar.monthName', { month: i + 1 }) }))}
          style={{ width: 112 }}
          aria-label={t('calendar.month')}
          data-testid="calendar-month"
        />
        <InputNumber
          value={month.year}
          min={1900}
          max={2100}
          precision={0}
          onChange={(y) => (typeof y === 'number' && y >= 1900 && y <= 2100 ? onMonth({ ...month, year: y }) : undefined)}
          style={{ width: 90 }}
          aria-label={t('calendar.year')}
          data-testid="calendar-year"
        />
        <Button
          onClick={() => onMonth({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) })}
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
          <Typography.Text type="secondary" style={{ display: 'block', margin: '6px 0 12px' }} data-testid="calendar-summary">
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
            <div role="grid" aria-label={t('calendar.monthTitle', { month: month.month, year: month.year })} style={GRID} data-testid="calendar-grid">
              {WEEK.map((w) => (
                <div key={w} role="columnheader" style={{ ...HEAD, color: w === 0 || w === 6 ? '#8c98a8' : '#3d4c5e' }}>
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
  const tone = TONES[toneOf(day)];
  const feast = day ? lunarFeast(day) : null;
  const name = day && day.kind && day.kind !== 'weekend' ? day.name : undefined;
  const dayNumber = Number(date.slice(8, 10));
  const lunar = day ? `${day.lunar.day}/${day.lunar.month}${day.lunar.leap ? '*' : ''}` : '';
  const title = day
    ? [`${day.weekday} ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`, day.lunar.label, name, day.working ? t('calendar.kinds.working') : null].filter(Boolean).join('\n')
    : date;
  const style: CSSProperties = {
    ...CELL,
    background: tone.bg,
    borderColor: picked ? '#0b5cad' : tone.border,
    boxShadow: today ? 'inset 0 0 0 2px #0b5cad' : picked ? 'inset 0 0 0 1px #0b5cad' : undefined,
    opacity: outside ? 0.45 : 1,
    borderTop: feast ? '3px solid #c41d1d' : `1px solid ${picked ? '#0b5cad' : tone.border}`,
  };
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{title}</span>} mouseEnterDelay={0.4}>
      <div
        role="gridcell"
        tabIndex={outside ? -1 : 0}
        aria-label={title.replace(/\n/g, ', ')}
        aria-selected={picked}
        style={style}
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
          <span style={{ fontSize: 18, fontWeight: 600, color: tone.fg, lineHeight: 1.2 }}>{dayNumber}</span>
          <span
            style={{ fontSize: 11, color: feast ? '#c41d1d' : day?.lunar.day === 1 ? '#3d4c5e' : '#8c98a8', fontWeight: feast || day?.lunar.day === 1 ? 700 : 400 }}
            data-testid={`lunar-${date}`}
          >
            {lunar}
          </span>
        </Flex>
        {name ? (
          <div style={{ ...NAME, color: tone.fg }} data-testid={`dayname-${date}`}>
            {name}
          </div>
        ) : feast ? (
          <div style={{ ...NAME, color: '#c41d1d' }}>{t(`calendar.feasts.${feast}`)}</div>
        ) : null}
      </div>
    </Tooltip>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items = ['working', 'weekend', 'holiday', 'compensatory', 'worked-weekend'] as const;
  return (
    <Flex gap={16} wrap style={{ marginTop: 12, fontSize: 12, color: '#5a6878' }} data-testid="calendar-legend">
      {items.map((k) => (
        <Flex key={k} align="center" gap={6}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: TONES[k].bg, border: `1px solid ${TONES[k].border}`, display: 'inline-block' }} />
          {t(`calendar.legend.${k}`)}
        </Flex>
      ))}
      <Flex align="center" gap={6}>
        <span style={{ width: 14, height: 14, borderRadius: 3, borderTop: '3px solid #c41d1d', background: '#fff', boxShadow: 'inset 0 0 0 1px #e6eaf0', display: 'inline-block' }} />
        {t('calendar.legend.feast')}
      </Flex>
      <Flex align="center" gap={6}>
        <span style={{ width: 14, height: 14, borderRadius: 3, boxShadow: 'inset 0 0 0 2px #0b5cad', display: 'inline-block' }} />
        {t('calendar.legend.today')}
      </Flex>
    </Flex>
  );
}

/** Thứ Hai first, Chủ nhật last (0 = Sunday, as Date and core count). */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const GRID: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 };
const HEAD: CSSProperties = { fontSize: 12, fontWeight: 600, textAlign: 'center', padding: '4px 0', textTransform: 'uppercase', letterSpacing: 0.3 };
const CELL: CSSProperties = { minHeight: 74, padding: '6px 8px', border: '1px solid', borderRadius: 6, cursor: 'pointer', overflow: 'hidden' };
const NAME: CSSProperties = {
  fontSize: 11.5,
  lineHeight: 1.3,
  marginTop: 4,
  fontWeight: 500,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};
