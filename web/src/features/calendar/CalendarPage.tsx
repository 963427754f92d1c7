import { useState } from 'react';
import { Tabs } from 'antd';
import { CalculatorOutlined, CalendarOutlined, NotificationOutlined, ReadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { formatYearMonth, monthOfDate, parseYearMonth, type YearMonth } from './dates';
import { DeadlineCalculator } from './DeadlineCalculator';
import { MonthView } from './MonthView';
import { RulesTable } from './RulesTable';
import { SchedulesTab } from './SchedulesTab';
import './calendar.css';

const TABS = ['month', 'deadline', 'rules', 'schedules'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);
const monthIn = (params: URLSearchParams): YearMonth => parseYearMonth(params.get('month')) ?? monthOfDate(todayInVietnam());

/**
 * Lịch làm việc: the working calendar every legal deadline is counted on (holidays, Tết, compensatory and make-up
 * days, lunar dates), the day and deadline calculators, the rules in force and the announced schedules.
 * Tab and month live in the address bar so a link ("xem tháng 2/2026") opens the same view.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'month';
  const month = monthIn(params);
  const [picked, setPicked] = useState<string | undefined>(undefined);

  /**
   * Every change applies to the address as it is when the user acts, not as this render saw it: the router
   * renders in a transition, so a second click on "next month" (or "<" right after typing a year) can land before
   * the first one has re-rendered, and building on the rendered month would drop it. The router writes the
   * address as soon as it is asked (this route loads no data), so the address is always the latest request.
   */
  const update = (change: (now: URLSearchParams) => void) => {
    const p = new URLSearchParams(window.location.search);
    change(p);
    setParams(p, { replace: true });
  };
  const showTab = (next: Tab) => update((p) => (next === 'month' ? p.delete('tab') : p.set('tab', next)));
  const changeMonth = (change: (current: YearMonth) => YearMonth) => update((p) => p.set('month', formatYearMonth(change(monthIn(p)))));

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => showTab(k as Tab)}
        destroyOnHidden={false}
        items={[
          { key: 'month', label: t('calendar.tabs.month'), icon: <CalendarOutlined />, children: <MonthView month={month} onMonth={changeMonth} pickedDate={picked} onPick={setPicked} /> },
          { key: 'deadline', label: t('calendar.tabs.deadline'), icon: <CalculatorOutlined />, children: <DeadlineCalculator /> },
          { key: 'rules', label: t('calendar.tabs.rules'), icon: <ReadOutlined />, children: <RulesTable /> },
          { key: 'schedules', label: t('calendar.tabs.schedules'), icon: <NotificationOutlined />, children: <SchedulesTab /> },
        ]}
      />
    </>
  );
}
