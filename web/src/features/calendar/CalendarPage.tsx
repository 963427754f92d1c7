import { useState } from 'react';
import { Tabs } from 'antd';
import { CalculatorOutlined, CalendarOutlined, NotificationOutlined, ReadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { formatYearMonth, parseYearMonth, type YearMonth } from './dates';
import { DeadlineCalculator } from './DeadlineCalculator';
import { MonthView } from './MonthView';
import { RulesTable } from './RulesTable';
import { SchedulesTab } from './SchedulesTab';
import './calendar.css';

const TABS = ['month', 'deadline', 'rules', 'schedules'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);

/**
 * Lịch làm việc: the working calendar every legal deadline is counted on (holidays, Tết, compensatory and make-up
 * days, lunar dates), the day and deadline calculators, the rules in force and the announced schedules.
 * Tab and month live in the address bar so a link ("xem tháng 2/2026") opens the same view.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'month';
  const today = todayInVietnam();
  const month: YearMonth = parseYearMonth(params.get('month')) ?? { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const [picked, setPicked] = useState<string | undefined>(undefined);

  const update = (next: { tab?: Tab; month?: YearMonth }) => {
    const p = new URLSearchParams(params);
    if (next.tab) {
      if (next.tab === 'month') p.delete('tab');
      else p.set('tab', next.tab);
    }
    if (next.month) p.set('month', formatYearMonth(next.month));
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k as Tab })}
        destroyOnHidden={false}
        items={[
          { key: 'month', label: t('calendar.tabs.month'), icon: <CalendarOutlined />, children: <MonthView month={month} onMonth={(m) => update({ month: m })} pickedDate={picked} onPick={setPicked} /> },
          { key: 'deadline', label: t('calendar.tabs.deadline'), icon: <CalculatorOutlined />, children: <DeadlineCalculator /> },
          { key: 'rules', label: t('calendar.tabs.rules'), icon: <ReadOutlined />, children: <RulesTable /> },
          { key: 'schedules', label: t('calendar.tabs.schedules'), icon: <NotificationOutlined />, children: <SchedulesTab /> },
        ]}
      />
    </>
  );
}
