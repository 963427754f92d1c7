import type { Kysely } from 'kysely';
import { letterMatchKeys } from '@core/domain/identity/letter-keys';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * Documents and relations from the records' work (issue 8 §2–§4): the timeline entry names the document it issued,
 * letters carry the keys related letters are found by (core/domain/identity/letter-keys.ts), and a processor's links
 * between letters. Existing letters get their keys here.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  await db.schema.alterTable('case_events').addColumn('document_id', 'integer', (col) => col.references('documents.id')).execute();

  await db.schema
    .createTable('letter_match_keys')
    .addColumn('letter_id', 'integer', (col) => col.notNull().references('letters.id'))
    .addColumn('key', 'varchar(130)', (col) => col.notNull())
    .addPrimaryKeyConstraint('letter_match_keys_pk', ['letter_id', 'key'])
    .execute();
  await db.schema.createIndex('letter_match_keys_key').on('letter_match_keys').columns(['key', 'letter_id']).execute();

  // "Related to": both directions are one row, the lower id first, so a pair is linked once.
  await c
    .id(db.schema.createTable('letter_links'))
    .addColumn('letter_id', 'integer', (col) => col.notNull().references('letters.id'))
    .addColumn('other_id', 'integer', (col) => col.notNull().references('letters.id'))
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('letter_links_pair').unique().on('letter_links').columns(['letter_id', 'other_id']).execute();
  await db.schema.createIndex('letter_links_other').on('letter_links').columns(['other_id']).execute();

  const k = db as Kysely<{
    letters: { id: number; content: string; sealed: number | boolean };
    letter_senders: { letter_id: number; full_name: string | null; id_number: string | null; phone: string | null };
    letter_match_keys: { letter_id: number; key: string };
  }>;
  for (let after = 0; ; ) {
    const batch = await k.selectFrom('letters').select(['id', 'content', 'sealed']).where('id', '>', after).orderBy('id').limit(500).execute();
    if (batch.length === 0) break;
    const senders = await k.selectFrom('letter_senders').select(['letter_id', 'full_name', 'id_number', 'phone']).where('letter_id', 'in', batch.map((b) => b.id)).execute();
    const rows = batch.flatMap((l) => {
      const sealed = l.sealed === true || l.sealed === 1;
      const own = senders.filter((s) => s.letter_id === l.id).map((s) => ({ fullName: s.full_name, idNumber: s.id_number, phone: s.phone }));
      return letterMatchKeys({ sealed, content: l.content, senders: own }).map((key) => ({ letter_id: l.id, key }));
    });
    if (rows.length > 0) await k.insertInto('letter_match_keys').values(rows).execute();
    after = batch[batch.length - 1]?.id ?? after;
  }
}
