import type { ColumnDataType, ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Engine } from '../database';

/** The few column types that differ between the engines; everything else is portable SQL. */
export function columns(engine: Engine) {
  const pg = engine === 'postgres';
  return {
    timestamp: (pg ? 'timestamptz' : 'text') as ColumnDataType,
    date: (pg ? 'date' : 'text') as ColumnDataType,
    bool: (pg ? 'boolean' : 'integer') as ColumnDataType,
    id<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
      return table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) =>
        pg ? c.generatedByDefaultAsIdentity().primaryKey() : c.primaryKey().autoIncrement(),
      );
    },
  };
}
