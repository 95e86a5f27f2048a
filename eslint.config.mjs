import nx from '@nx/eslint-plugin';

/** Server-only packages the console must never import (it runs in the clinician's browser). */
const SERVER_ONLY_PACKAGES = [
  'typeorm',
  'pg',
  'node-llama-cpp',
  '@electric-sql/*',
  '@nestjs/*',
  '@node-rs/*',
  'nestjs-pino',
  'pino',
  'pino-http',
  'helmet',
];

/**
 * The API's accounts and audit modules meet only in `apps/api/src/common` (access rules, principal,
 * audit port and actor mapping): neither imports the other, so the module graph keeps no cycle.
 * The globs hold both from the repository root (`npx eslint apps/api`) and from the project (`nx lint api`).
 */
const apartFrom = (module) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^(\\.\\./)+${module}(/|$)`,
          message: `Import what accounts and audit share from src/common, not from src/${module}: the two modules must not depend on each other.`,
        },
      ],
    },
  ],
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vitest.config.*.timestamp*', 'tmp/**', 'bench-results/**', 'data/**', 'vitest.workspace.ts'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Apps sit on top; libraries never reach up into an app.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:feature'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // Server code may use shared (pure TypeScript) libraries, never the console's.
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            // The console sees only pure, browser-safe code.
            {
              sourceTag: 'scope:console',
              onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'],
              bannedExternalImports: SERVER_ONLY_PACKAGES,
            },
            // Shared libraries are pure TypeScript: no server packages, no other scopes.
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...SERVER_ONLY_PACKAGES, '@angular/*', 'express'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  { files: ['**/src/accounts/**/*.ts'], rules: apartFrom('audit') },
  { files: ['**/src/audit/**/*.ts'], rules: apartFrom('accounts') },
  {
    // Tests may reach for real components across boundaries (llama.cpp to check a grammar), never
    // up into tools/: what tests share with tools is a library. Production code stays inside its boundaries.
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: ['^node-llama-cpp$'],
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
        },
      ],
    },
  },
];
