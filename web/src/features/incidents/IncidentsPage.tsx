import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the incidents capability is built; it states what will come here. */
export function IncidentsPage() {
  return <ComingSoon section="incidents" />;
}
