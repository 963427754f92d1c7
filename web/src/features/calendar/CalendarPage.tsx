import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the calendar capability is built; it states what will come here. */
export function CalendarPage() {
  return <ComingSoon section="calendar" />;
}
