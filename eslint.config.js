// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'exemples/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no platform, no adapters, no UI (ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'exceljs/*'], message: 'core must not import ExcelJS' },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'core must not import UI' },
            {
              group: ['**/workbook/**', '**/taskpane/**', '**/cli/**'],
              message: 'core imports no adapter or front door',
            },
            {
              group: ['fs', 'path', 'os', 'child_process', 'node:*'],
              message: 'core must not import Node APIs',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'Office',
        'Excel',
        'window',
        'document',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
