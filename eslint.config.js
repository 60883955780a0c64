// Flat, type-aware ESLint config. The rules that matter most here:
// - no-floating-promises: an un-awaited promise is how aws-lambda-deploy shipped an always-true check;
// - import-x/no-cycle and the boundaries below keep `shared/` a library and the actions independent.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/results/**',
      '**/*.cjs',
      'workflows-examples/agent/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs', '__tests__/emulator/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='exit']",
          message: 'Never process.exit: let runAction set the exit code.',
        },
      ],
    },
  },
  {
    // shared/ is the library: it never imports an action, the emulator or the CLI.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/actions/**', '**/emulator/**', '**/cli/**'],
              message: 'shared/ must not import actions/, emulator/ or cli/.',
            },
          ],
        },
      ],
    },
  },
  {
    // An action never imports another action; it reaches shared code through shared/.
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/src/**', '**/emulator/**'],
              message: 'An action must not import another action or the emulator.',
            },
          ],
        },
      ],
    },
  },
  {
    // The emulator handles raw wire JSON from any client: `any` is the honest type there.
    files: ['emulator/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The CLI and tests may end the process explicitly.
    files: [
      '__tests__/**/*.ts',
      'emulator/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      'scripts/**/*.mjs',
      'bin/**/*.js',
    ],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
)
