import { letterMatchKeys, type KeyedLetter } from '@core/domain/identity';
import type { Executor } from '../../db/database';

/** Stores the keys a letter is found by as a related-letter candidate (core/domain/identity/letter-keys.ts). */
export async function writeMatchKeys(db: Executor, letter: KeyedLetter & { id: number }): Promise<void> {
  const keys = letterMatchKeys(letter);
  if (keys.length > 0) await db.insertInto('letter_match_keys').values(keys.map((key) => ({ letter_id: letter.id, key }))).execute();
}
