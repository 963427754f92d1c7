import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the cases capability is built; it states what will come here. */
export function CasesPage() {
  return <ComingSoon section="cases" />;
}
