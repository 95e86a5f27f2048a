import { defineConfig } from 'vitest/config';

// End-to-end: the built API (demo model, embedded PGlite) serving the built console, driven by
// Debian's headless Chromium through playwright-core. One server for the whole run, one test file at a time.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/console-e2e',
  test: {
    name: 'console-e2e',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.e2e-spec.ts'],
    globalSetup: ['src/support/start-medlocal.global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '../../test-results/console-e2e.json' }]],
  },
}));
