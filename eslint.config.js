// Lint rules, including the boundaries of the architecture: only the core touches SQL, only
// the shell touches Electron, only the renderer touches React.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (...names) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message: 'This layer must not import it (see README: architecture).' })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', '.bench/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['electron/contract/**'], rules: forbid('electron', 'react', 'better-sqlite3', 'node:fs', 'node:path') },
  { files: ['electron/registry/**', 'electron/api/**', 'electron/cli/**', 'electron/server/**'], rules: forbid('electron', 'react', 'react-dom') },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...forbid('electron', 'better-sqlite3', 'node:fs', 'node:path', 'zod/v3') },
  },
);
