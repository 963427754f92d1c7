import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the people capability is built; it states what will come here. */
export function PeoplePage() {
  return <ComingSoon section="people" />;
}
