import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the letters capability is built; it states what will come here. */
export function LettersPage() {
  return <ComingSoon section="letters" />;
}
