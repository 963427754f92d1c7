import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the periods capability is built; it states what will come here. */
export function PeriodsPage() {
  return <ComingSoon section="periods" />;
}
