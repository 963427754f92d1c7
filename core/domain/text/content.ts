/**
 * The search keys of the records' free text (visits, letters, cases): what a list's `q` is matched against, stored
 * beside the record and indexed per engine (FTS5 trigram on SQLite, pg_trgm on PostgreSQL). A denunciation's writers
 * are sealed (Luật Tố cáo art. 9): their names never enter a key, so a search by a denouncer's name finds nothing.
 */
import { searchKey } from './normalize';

/** The keys of the non-empty parts, joined by one space. */
export function contentKey(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => (p ? searchKey(p) : ''))
    .filter((k) => k !== '')
    .join(' ');
}

export const visitSearchKey = (v: { content: string; priorHandling: string | null; followUp: string | null }): string => contentKey([v.content, v.priorHandling, v.followUp]);

/** A letter's writers are part of its key only when they are not sealed: the names as written on the letter. */
export const letterSearchKey = (l: { summary: string | null; content: string; sourceBody: string | null; sealed: boolean; senderNames: readonly string[] }): string =>
  contentKey([l.summary, l.content, l.sourceBody, ...(l.sealed ? [] : l.senderNames)]);

export const caseSearchKey = (c: { title: string }): string => contentKey([c.title]);

/** The words of a typed query as keys ("Đất  đai" → ["dat", "dai"]), each matched as a substring of the key. */
export function queryWords(q: string): string[] {
  const key = searchKey(q);
  return key === '' ? [] : [...new Set(key.split(' '))];
}
