import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layers, lowest first; a file belongs to the first pattern that matches it.
const LAYERS = [
  ['entrypoint', 'entrypoints/**'],
  ['component', 'components/**'],
  // Wiring of each context: uses the browser, the page and the card.
  [
    'app',
    'lib/{content,background}/**|lib/popup/popup-actions.ts|lib/options/{options-actions,options-data,download}.ts|lib/editor/editor-service.ts',
  ],
  // The card's states and steps are pure logic; the rest of it works over the page engine.
  ['pure', 'lib/card/{card-state,mention-steps}.ts'],
  // The page's card: its behaviour over the page engine, drawn through a view it is given.
  ['card', 'lib/card/**|lib/editor/article-preview.ts'],
  // The browser's storage, messages and languages.
  [
    'services',
    'lib/settings/{settings,settings-backup,site-lists,synced-value,storage-changes,imported-datasets,stored-dictionary,editor-drafts}.ts|lib/i18n/browser-translate.ts|lib/catalog/{load-catalog,stored-dictionary-builder}.ts|lib/ask-page.ts|lib/editor/request-page-snapshot.ts|lib/scout/scout-gate.ts',
  ],
  // The page engine: the DOM, never the browser's API (the options page's preview draws with it).
  [
    'page',
    'lib/page/**|lib/options/style-preview.ts|lib/editor/extract-article.ts|lib/editor/article-frame.ts|lib/scout/page-scout.ts',
  ],
  // Pure logic: nothing but its inputs.
  ['pure', 'lib/**'],
];

// The files that may use the browser's API (services and the app layer).
const BROWSER_LAYERS = LAYERS.filter(([type]) => type === 'app' || type === 'services').flatMap(
  ([, pattern]) => pattern.split('|'),
);

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'demo-output/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess every indexed read is optional; `!` marks the reads whose
      // bounds the surrounding code has already checked.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The layers (README, "Repository layout"): a file imports only from its own layer and the
    // ones below it; type-only imports may reach a layer's contracts from above it.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['lib/**/*', 'components/**/*', 'entrypoints/**/*'],
      'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern, mode: 'full' })),
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import ${dependency.type}: see the layers in the README',
          rules: [
            { from: 'pure', allow: ['pure'] },
            { from: 'page', allow: ['pure', 'page'] },
            { from: 'services', allow: ['pure', 'services'] },
            { from: 'card', allow: ['pure', 'page', 'card'] },
            { from: 'app', allow: ['pure', 'page', 'services', 'card', 'app'] },
            { from: 'component', allow: ['pure', 'page', 'card', 'component'] },
            // Components may know the contracts (types) of the code that feeds them.
            { from: 'component', allow: ['services', 'app'], importKind: 'type' },
            {
              from: 'entrypoint',
              allow: ['pure', 'page', 'services', 'card', 'app', 'component', 'entrypoint'],
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's API belongs to services, the app layer and entrypoints: never to pure
    // logic, the page engine, the card or components.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: BROWSER_LAYERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'wxt/browser',
            '@wxt-dev/browser',
            'wxt/utils/storage',
            'webextension-polyfill',
          ].map((name) => ({
            name,
            message: 'The browser API is for lib/settings, the app layer and entrypoints.',
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not a React hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.{mjs,ts}', '*.config.{js,ts}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
