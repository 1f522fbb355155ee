// ESLint (flat config, type-aware through typescript-eslint's project service). `npm run lint` runs it with Prettier's
// check and the boundary check (.dependency-cruiser.cjs); `npm test` runs all three before the suites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-output/**', 'bin/**', '**/*.cjs', '**/*.mjs', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Kamer texts are checked for control characters on purpose (NUL, form feeds from PDF text).
      'no-control-regex': 'off',
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // The merges are pure (the boundary check keeps their imports so): the time comes in their context, never from the clock.
    files: [
      'libs/domain/src/import/merge-parsed-document.ts',
      'libs/domain/src/import/question-set-changes.ts',
      'libs/domain/src/sync/merge-official-*.ts',
      'libs/domain/src/sync/official-change-set.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the time from the merge context, not the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the time from the merge context, not the clock.' },
      ],
    },
  },
  {
    // Tests read JSON bodies of HTTP responses (supertest types them `any`) and hand methods to expect(); the checks
    // against `any` would only add casts there.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Fakes of async interfaces (a query that answers at once) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
