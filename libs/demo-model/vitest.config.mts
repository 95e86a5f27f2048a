import { defineConfig } from 'vitest/config';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/demo-model',
  plugins: [nxViteTsPaths(), nxCopyAssetsPlugin(['*.md'])],
  test: {
    name: 'demo-model',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['{src,tests}/**/*.{test,spec,integration-spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    // Writes a ~300 kB GGUF per test: allow for a busy disk.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '../../test-results/demo-model.json' }]],
    coverage: {
      reportsDirectory: '../../coverage/libs/demo-model',
      provider: 'v8' as const,
    },
  },
}));
