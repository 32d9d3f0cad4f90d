// One lint setup for app, functions, local cloud and tests. `complexity` makes long branchy
// functions visible: a function over ~40 lines or deeply branched is a hint to split it.
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const globals = require('globals')

// A domain's contract index holds its zod schemas: the app imports it for types only.
const CONTRACT_PATHS = [
  '@contract/station',
  '@contract/volunteer',
  '@contract/notice',
  '@contract/forum',
  '@contract/api',
].map((name) => ({
  name,
  allowTypeImports: true,
  message: 'Import the contract with `import type`.',
}))
const CONTRACT_PATTERN = {
  group: [
    '@contract/**',
    '!@contract/labels',
    '!@contract/limits',
    '!@contract/subscriptions',
    '!@contract/qrToken',
    '!@contract/station',
    '@contract/station/*',
    '!@contract/station/scope',
    '!@contract/volunteer',
    '@contract/volunteer/*',
    '!@contract/volunteer/labels',
    '!@contract/notice',
    '@contract/notice/*',
    '!@contract/notice/labels',
    '!@contract/forum',
    '@contract/forum/*',
    '!@contract/forum/labels',
    '!@contract/forum/limits',
    '!@contract/forum/flow',
    '!@contract/forum/entities',
  ],
  allowTypeImports: true,
  message:
    "Import the contract with `import type` (labels, limits, subscription templates, QR tokens, the building scope rule, notice labels and the forum's entities, labels, limits and topic flow are its pure value modules).",
}
const CLOUD_CLIENT = {
  regex: '(^@/cloud(/|$))|(^\\.{1,2}/(.*/)?cloud/client$)',
  message:
    'Pages and components use the data layer (@/data: useQuery, usePagedQuery, useMutation), not the cloud client.',
}

module.exports = tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.localcloud/**',
      'coverage/**',
      'tests/e2e/artifacts/**',
      '.jest/**',
      'bench-results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      complexity: ['error', 12],
      'max-depth': ['error', 4],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        ...globals.browser,
        CLOUD_ENV: 'readonly',
        LOCAL_CLOUD: 'readonly',
        SCAN_LINK_BASE: 'readonly',
        definePageConfig: 'readonly',
        defineAppConfig: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // The app reaches the contract for types only, so zod never enters the bundle.
      'no-restricted-imports': ['error', { paths: CONTRACT_PATHS, patterns: [CONTRACT_PATTERN] }],
    },
  },
  {
    // Pages and components read and change data through src/data, never the cloud client itself.
    files: ['src/pages/**', 'src/packages/**', 'src/components/**', 'src/platform/**', 'src/utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: CONTRACT_PATHS, patterns: [CONTRACT_PATTERN, CLOUD_CLIENT] },
      ],
    },
  },
  {
    // The local cloud runs the deployable bundles; it knows the contract (types/), not the kernel.
    files: ['localcloud/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'cloudfunctions/_kernel(/|$)',
              message: 'localcloud/ depends on types/ and the built function bundles, not the kernel.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
