// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** A package's private modules (exceljs/lib/…): only its public entry points are used. */
const PRIVATE_MODULES = {
  regex: '^[^./][^:]*/(lib|src|dist|build|internal)(/|$)',
  message: "a package's private modules: use its public entry point",
};

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
    // No dependency's private modules or members: a library is used through its public API,
    // or replaced (the streaming .xlsx writer is our own: src/workbook/xlsx/render-stream.ts).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [PRIVATE_MODULES],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[computed=false][property.name=/^_/]',
          message: 'a private member (_name): use the public API of the object',
        },
        {
          selector: 'MemberExpression[computed=true][property.value=/^_/]',
          message: 'a private member (_name): use the public API of the object',
        },
        {
          selector: 'TSPropertySignature[key.name=/^_/], TSMethodSignature[key.name=/^_/]',
          message: 'a type declaring a private member (_name) of another library',
        },
        {
          selector:
            'ImportExpression[source.value=/^[^./][^:]*\\/(lib|src|dist|build|internal)(\\/|$)/], CallExpression[callee.name="require"][arguments.0.value=/^[^./][^:]*\\/(lib|src|dist|build|internal)(\\/|$)/]',
          message: "a package's private modules: use its public entry point",
        },
      ],
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
            PRIVATE_MODULES,
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
