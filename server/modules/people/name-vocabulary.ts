import { countSyllables, type NameVocabulary } from '@core/domain/identity';
import type { Db } from '../../db/database';
import { allNameKeys } from './people.repo';

const TTL_MS = 10 * 60_000;

interface Entry {
  vocabulary: { counts: Map<string, number>; total: number };
  builtAt: number;
  refreshing: Promise<void> | undefined;
}

const cache = new WeakMap<Db, Entry>();

async function build(db: Db): Promise<Entry['vocabulary']> {
  const vocabulary = { counts: new Map<string, number>(), total: 0 };
  for await (const keys of allNameKeys(db)) countSyllables(vocabulary, keys);
  return vocabulary;
}

/**
 * The register's name syllables with their counts, used to plan searches (rare syllables first, typo
 * correction). Built once per process by a scan, then served while a refresh runs in the background every
 * ten minutes, so names added by other instances are learnt without a search ever waiting on a scan.
 */
export async function nameVocabulary(db: Db): Promise<NameVocabulary> {
  const entry = cache.get(db);
  if (!entry) {
    const fresh: Entry = { vocabulary: await build(db), builtAt: db.clock.nowMs(), refreshing: undefined };
    cache.set(db, fresh);
    return fresh.vocabulary;
  }
  if (db.clock.nowMs() - entry.builtAt > TTL_MS && !entry.refreshing) {
    entry.refreshing = build(db)
      .then((v) => {
        entry.vocabulary = v;
        entry.builtAt = db.clock.nowMs();
      })
      .catch(() => undefined)
      .finally(() => {
        entry.refreshing = undefined;
      });
  }
  return entry.vocabulary;
}

/** A name written by this instance is searchable by its syllables at once. */
export function learnName(db: Db, key: string): void {
  const entry = cache.get(db);
  if (entry) countSyllables(entry.vocabulary, [key]);
}
