import type { TableColumnOptions } from 'typeorm';

// Column builders for the portable QueryRunner API, so one migration set serves SQLite and PostgreSQL.

export const idColumn = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const intColumn = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });

export const textColumn = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });

export const varcharColumn = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const boolColumn = (name: string, defaultValue: boolean): TableColumnOptions => ({
  name,
  type: 'boolean',
  isNullable: false,
  default: defaultValue ? 'true' : 'false',
});
