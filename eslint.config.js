import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'bench/results/', 'starter-catalog/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: restrict(
      [
        [
          'node:*',
          'fs',
          'path',
          'http',
          'child_process',
          '**/storage/**',
          '**/services/**',
          '**/http/**',
          '**/cli/**',
          '**/scanner/**',
          'pg',
          'kysely',
          '@electric-sql/*',
          'hono',
          'hono/*',
        ],
      ],
      'core/ is pure: no I/O, no storage, no framework.',
    ),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict([['**/services/**', '**/http/**', '**/cli/**']], 'storage depends on core only.'),
  },
  {
    files: ['src/report/**/*.ts'],
    rules: restrict(
      [['**/storage/**', '**/services/**', '**/http/**', '**/cli/**', 'hono', 'hono/*']],
      'report depends on core only.',
    ),
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: restrict(
      [['**/http/**', '**/cli/**', 'hono', 'hono/*']],
      'services do not know about HTTP or the CLI.',
    ),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: restrict([['**/cli/**']], 'the web app does not depend on the CLI.'),
  },
);
