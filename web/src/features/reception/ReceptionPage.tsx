import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the reception capability is built; it states what will come here. */
export function ReceptionPage() {
  return <ComingSoon section="reception" />;
}
