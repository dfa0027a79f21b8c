import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-subpath', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core stays pure: no React, no UI, no app state. index.ts is its only door.
    files: ['src/jwt/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/jwt must not use React.',
            },
            {
              group: ['**/ui/**', '**/app/**', '**/lessons/**', '**/labs/**'],
              message: 'src/jwt must not import the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/lessons/**/*.{ts,tsx}',
      'src/labs/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/jwt/*', '!**/jwt/index', '!**/jwt/index.ts'],
              message: 'Import the core only through src/jwt/index.ts.',
            },
          ],
        },
      ],
    },
  },
);
