/**
 * Every commit on main that changed what a database holds: a migration file (0001/0002 were edited in place
 * before they were frozen) or the stored form of a search key. A database created at any of them must upgrade to
 * today's shape; `server/db/upgrade.test.ts` loads each one's fixture and runs the current migrations over it.
 * (7d42d27 is left out: it only named the schema pg_trgm is created in, which is outside the application's schema,
 * and its databases dump identically to 92f264a's.) Fixtures are regenerated from the commits themselves by `npx tsx scripts/upgrade-fixtures.ts`.
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
];
