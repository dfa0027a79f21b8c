import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/layers.json' with { type: 'json' };

// The folders of src and the folders each may import (scripts/layers.json; npm run layers checks the
// same table over the whole import graph, cycles included).
const FOLDERS = Object.keys(layers).filter((k) => k !== '//');
const upward = (folder) =>
  FOLDERS.filter((f) => f !== folder && !layers[folder].includes(f)).map((f) => ({
    group: [`**/${f}/**`, `../${f}`, `../../${f}`],
    message: `src/${folder} may import only ${layers[folder].join(', ') || 'itself'} (layers: scripts/layers.json).`,
  }));

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
    // The core stays pure: no React.
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
            ...upward('jwt'),
          ],
        },
      ],
    },
  },
  // Every other folder imports downward only, and the core only through its door.
  ...FOLDERS.filter((f) => f !== 'jwt').map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upward(folder),
            {
              group: ['**/jwt/*', '!**/jwt/index', '!**/jwt/index.ts'],
              message: 'Import the core only through src/jwt/index.ts.',
            },
          ],
        },
      ],
    },
  })),
);
