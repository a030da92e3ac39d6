// ESLint 9 flat config. Formatting is Prettier's job (eslint-config-prettier, last, turns off every
// rule that would fight it); this file holds correctness rules and the import boundaries between
// layers (README, "Layout").
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Every folder of src/features, read at lint time, so a new feature is fenced in from its first file.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The ingest core is bytes in, Article out: it runs in the build (Node) and in the browser alike, so
// it may import neither the UI nor Node's built-ins.
const INGEST_IMPORTS_NO_APP = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'],
    message: 'src/ingest is pure: no React.',
  },
  {
    group: ['**/app/**', '**/features/**', '**/components/**', '**/build/**', '**/lib/**'],
    message: 'src/ingest imports nothing from the app, features, components, lib or the build.',
  },
];
const INGEST_IS_PURE = {
  patterns: [
    { group: ['node:*'], message: 'src/ingest is pure: no Node built-ins (Node wrappers live in src/build).' },
    ...INGEST_IMPORTS_NO_APP,
  ],
  // Node's modules without the node: prefix.
  paths: ['fs', 'fs/promises', 'path', 'os', 'url', 'crypto', 'child_process', 'worker_threads'].map((name) => ({
    name,
    message: 'src/ingest is pure: no Node built-ins.',
  })),
};

/** A feature reaches another only through shared code (src/components, src/lib) or the app. */
const featureBoundary = (feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        // A path through src/features/<other>, or a relative one that climbs into it ('../../library/…').
        patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
          regex: `(^|/)features/${other}(/|$)|^(\\.\\./)+${other}(/|$)`,
          message: `Features do not import each other: move what ${feature} needs from ${other} to src/components or src/lib.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.out/**',
      '**/*.gen.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Ranges such as [\x00-\x7f] (ASCII) are deliberate throughout the text code.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // A missing dependency is a stale value waiting to happen: an error, not a warning.
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // The first run of each quote is a <mark> in the tab order on purpose: readers move between
      // quotes with Tab and the quote keys (e2e/readers-can-move-between-quotes-with-the-keyboard).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['mark'], roles: ['tabpanel'] }],
      // OptionsSelect renders a <select> (src/features/search/components/options-select.tsx).
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['OptionsSelect'] }],
    },
  },
  {
    // Text from articles is data, never markup: no HTML strings reach the DOM anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is data, never markup: build elements (React, or the DOM with textContent).',
        },
        {
          selector: 'MemberExpression[property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: 'Article text is data, never markup: build elements (React, or the DOM with textContent).',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/], CallExpression[callee.property.name=/^(createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]",
          message: 'Article text is data, never markup: build elements (React, or the DOM with textContent).',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: 'Article text is data, never markup: build elements (React, or the DOM with textContent).',
        },
      ],
    },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', INGEST_IS_PURE] },
  },
  {
    // Tests run in Node and may read fixtures from disk; they still import nothing from the app.
    files: ['src/ingest/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: INGEST_IMPORTS_NO_APP }] },
  },
  ...FEATURES.map(featureBoundary),
  prettier,
);
