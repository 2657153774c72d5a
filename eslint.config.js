// ESLint for the extension, the demo page and the browser tests. `./build.sh lint` runs it.
// no-unsanitized: the article HTML is still untrusted when a page inserts it (STYLE.md C.8).
import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default [
  { ignores: ['**/pkg/**', 'dist/**', 'target/**', 'node_modules/**', 'tests/e2e/out/**'] },
  js.configs.recommended,
  nounsanitized.configs.recommended,
  {
    files: ['extension/**/*.js', 'www/**/*.js'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions, chrome: 'readonly', browser: 'readonly' },
    },
  },
  {
    files: ['extension/content/content.js', 'extension/content/open.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['tests/e2e/**/*.mjs', 'tests/js/**/*.mjs', 'extension/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js', 'eslint.config.js'],
    // Browser globals too: page.evaluate() callbacks run in the page.
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Sanitisers match control characters on purpose; a dead store is style, not a bug.
      'no-control-regex': 'off',
      'no-useless-assignment': 'off',
      // Files may still list the page globals they use in a `/* global */` comment.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
];
