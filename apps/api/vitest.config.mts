import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

// NestJS dependency injection needs decorator metadata, which esbuild does not emit: swc does.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/api',
  plugins: [nxViteTsPaths(), swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })],
  test: {
    name: 'api',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.{spec,integration-spec}.ts', 'test/**/*.{spec,integration-spec}.ts'],
    setupFiles: ['test/support/no-egress.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // npm test's container image step runs one file of this project on its own: it names its own report file.
    reporters: ['default', ['json', { outputFile: process.env['MEDLOCAL_TEST_REPORT'] ?? '../../test-results/api.json' }]],
  },
}));
