// Lint: typescript-eslint's recommended rules, no import cycles, and the layers of
// docs/ARCHITECTURE.md — each zone lists the folders a layer must not import from, so
// dependencies run one way: primitives is a leaf; i18n → policy (types), primitives; rules → i18n;
// policy → primitives; inquiry → policy, rules, i18n; supervision → inquiry; log → supervision; cli → log, store;
// store → inquiry.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const layers = {
  primitives: ['i18n', 'rules', 'policy', 'inquiry', 'supervision', 'log', 'store', 'cli', 'testing'],
  rules: ['primitives', 'policy', 'inquiry', 'supervision', 'log', 'store', 'cli', 'testing'],
  i18n: ['rules', 'inquiry', 'supervision', 'log', 'store', 'cli', 'testing'],
  policy: ['i18n', 'inquiry', 'supervision', 'log', 'store', 'cli', 'testing'],
  inquiry: ['supervision', 'log', 'store', 'cli', 'testing'],
  supervision: ['log', 'store', 'cli', 'testing'],
  log: ['store', 'cli', 'testing'],
  store: ['supervision', 'log', 'cli', 'testing'],
  testing: ['supervision', 'log', 'store', 'cli'],
  cli: ['testing'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'docs/api/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } }, 'import-x/ignore': ['node_modules'] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: Object.entries(layers).map(([layer, forbidden]) => ({
            target: `./src/${layer}`,
            from: forbidden.map((f) => `./src/${f}`),
            message: `The ${layer} layer must not import from this layer (see docs/ARCHITECTURE.md).`,
          })),
        },
      ],
    },
  },
);
