// Lint: typescript-eslint's recommended type-aware rules everywhere, and the core boundary: src/core is pure
// TypeScript (no Node, DOM, Office or React), imported by everything else through src/core/index.ts only.
// React hooks rules for the task pane; the Office add-in rules (batching, loading before reading) for src/office.
import js from '@eslint/js';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*', '!**/core/index'], message: 'Import the core through src/core/index.ts.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'util'], message: 'The core is pure: no Node APIs.' },
            { group: ['react', 'react-dom', '@fluentui/*', 'office-js'], message: 'The core is pure: no UI or Office.' },
            { group: ['../../io/*', '../io/*', '../../cli/*', '../../office/*', '../../taskpane/*'], message: 'The core depends on nothing outside it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'Office', 'Word', 'Excel', 'process', 'Buffer', 'require'],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Regular expressions: eslint-plugin-regexp's recommended rules (no-super-linear-backtracking among them) on all
  // code; on the code that reads what users give it, also no-super-linear-move, so no pattern moved along a text
  // costs time quadratic in it.
  { files: ['**/*.ts', '**/*.tsx'], ...regexp.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'src/**/*.tsx'], rules: { 'regexp/no-super-linear-move': 'error' } },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
