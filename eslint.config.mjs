// Lint: typescript-eslint's type-aware rules, and the layer rule: server/src/core is a library with no editor,
// protocol, file system or process access.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '**/*.js', '**/*.mjs', 'test/e2e/screenshots/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' }] }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-jsonrpc*'], message: 'The analysis core knows no editor or protocol.' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'process'], message: 'The analysis core takes plain values: no file system or process.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The analysis core takes plain values, not process state.' }],
      'no-restricted-syntax': [
        'error',
        { selector: ':function Literal[regex]', message: 'Make regular expressions once, at module level (core/regex.ts says why).' },
        { selector: "CallExpression[callee.property.name='matchAll']", message: 'Use allMatches (core/regex.ts): matchAll runs a copy of the expression, compiled again after every full collection.' },
      ],
    },
  },
);
