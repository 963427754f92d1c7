/**
 * The databases earlier releases created: one entry per commit on main after which a new database differed — a
 * migration file changed (0001/0002 were edited in place before they were frozen) or a search key's stored form.
 * Each must upgrade to today's shape; `server/db/upgrade.test.ts` loads each fixture and runs every migration there
 * is over it. 7d42d27 is left out: it only named the schema pg_trgm is created in (outside the application's
 * schema), and its databases dump identically to 92f264a's. Regenerate with `npx tsx scripts/upgrade-fixtures.ts`.
 */
export interface Release {
  commit: string;
  /** What a database created at this commit lacks, compared with the next entry. */
  state: string;
}

export const RELEASES: Release[] = [
  { commit: 'd4e0a99', state: 'people without unit_id; name_key without byte collation or B-tree index; no people rows written yet' },
  { commit: '92f264a', state: 'places without ward_unit_id, officers without duty_roles' },
  { commit: '26b7ba8', state: 'no people_phone index' },
  { commit: 'd72e68e', state: 'person keys stored without the padding spaces' },
  { commit: '32e18eb', state: 'the shape 0001 and 0002 create today; 0003 finds nothing to change' },
  { commit: 'aaa906c', state: 'migrations to 0011 with the demo records: no content search keys, running-clock indexes, screening, letter match keys' },
  { commit: 'eb67911', state: 'migrations to 0015: no stored earliest running due date on letters and cases, no uptake mark on forwarded letters' },
];
