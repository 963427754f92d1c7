// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/test/**', 'server/platform/clock.ts', 'server/db/database.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'][callee.object.property.name='kysely']",
          message: 'Use db.transaction((tx) => …): its callback cannot reach the outer handle (SQLite has one connection).',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes from the injected clock (db.clock), in Vietnam\'s time zone.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes from the injected clock (db.clock), in Vietnam\'s time zone.' },
      ],
    },
  },
  {
    // The law as code stays pure: no database, no HTTP, no file system, no clock of its own.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', '@fastify/*', 'node:*', 'fs', 'http', '@server/*', '../server/*', '../../server/*'], message: 'core/ is pure: no database, HTTP or I/O imports.' },
          ],
        },
      ],
    },
  },
);
