import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * The platform services the records build on: the register of outgoing documents with the documents issued and
 * the templates administrators uploaded, attachments kept in the blob store, and clearances to see sealed identities.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);

  // One row per unit and year: the last number given (NĐ 30/2020 art. 15). Advanced in the issuing transaction,
  // so a rolled-back document gives its number back.
  await db.schema
    .createTable('document_registers')
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('last_number', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('document_registers_pk', ['unit_id', 'year'])
    .execute();

  await c
    .id(db.schema.createTable('document_templates'))
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('unit_id', 'integer', (col) => col.references('units.id'))
    // '*' for everyone, else the unit id: one active template per kind and scope, whatever NULLs mean to the engine.
    .addColumn('scope_key', 'varchar(20)', (col) => col.notNull())
    .addColumn('filename', 'varchar(255)', (col) => col.notNull())
    .addColumn('storage_key', 'varchar(200)', (col) => col.notNull().unique())
    .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('uploaded_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('uploaded_at', c.timestamp, (col) => col.notNull())
    .addColumn('replaced_at', c.timestamp)
    .addColumn('replaced_by', 'integer', (col) => col.references('accounts.id'))
    .execute();
  await sql`create unique index document_templates_active on document_templates (kind, scope_key) where replaced_at is null`.execute(db);

  await c
    .id(db.schema.createTable('documents'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer')
    .addColumn('symbol', 'varchar(40)')
    .addColumn('issued_on', c.date, (col) => col.notNull())
    .addColumn('subject_type', 'varchar(40)', (col) => col.notNull())
    .addColumn('subject_id', 'integer', (col) => col.notNull())
    .addColumn('template_id', 'integer', (col) => col.references('document_templates.id'))
    .addColumn('signer_name', 'varchar(150)', (col) => col.notNull())
    .addColumn('signer_title', 'varchar(150)', (col) => col.notNull())
    .addColumn('storage_key', 'varchar(200)', (col) => col.notNull().unique())
    .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sealed', c.bool, (col) => col.notNull())
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  // The backstop behind the counter: never two documents with one number in a unit's year.
  await db.schema.createIndex('documents_number').unique().on('documents').columns(['unit_id', 'year', 'number']).execute();
  await db.schema.createIndex('documents_subject').on('documents').columns(['subject_type', 'subject_id']).execute();

  await c
    .id(db.schema.createTable('attachments'))
    .addColumn('owner_type', 'varchar(40)', (col) => col.notNull())
    .addColumn('owner_id', 'integer', (col) => col.notNull())
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    // The name as given (sanitised); a sealed value when the file is sealed, since a name can reveal the person.
    .addColumn('filename', 'text', (col) => col.notNull())
    .addColumn('mime', 'varchar(100)', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
    .addColumn('storage_key', 'varchar(200)', (col) => col.notNull().unique())
    .addColumn('sealed', c.bool, (col) => col.notNull())
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner').on('attachments').columns(['owner_type', 'owner_id']).execute();

  await c
    .id(db.schema.createTable('clearances'))
    .addColumn('subject_type', 'varchar(40)', (col) => col.notNull())
    .addColumn('subject_id', 'integer', (col) => col.notNull())
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id'))
    .addColumn('reason', 'varchar(500)')
    .addColumn('granted_by', 'integer', (col) => col.notNull().references('accounts.id'))
    .addColumn('granted_at', c.timestamp, (col) => col.notNull())
    .addColumn('revoked_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('revoked_at', c.timestamp)
    .execute();
  await sql`create unique index clearances_active on clearances (subject_type, subject_id, account_id) where revoked_at is null`.execute(db);
  await db.schema.createIndex('clearances_account').on('clearances').columns(['account_id']).execute();
}
