import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the reports capability is built; it states what will come here. */
export function ReportsPage() {
  return <ComingSoon section="reports" />;
}
