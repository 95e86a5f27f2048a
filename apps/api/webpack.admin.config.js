// Builds the admin CLI (src/cli/admin-cli.ts), the API's second entry point, with the same compiler as
// the API: tsc emits the decorator metadata Nest's dependency injection needs, which esbuild does not.
const { createProjectGraphAsync } = require('@nx/devkit');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = async () => {
  // The plugin reads Nx's cached project graph. `npm run admin` on a fresh clone (or in CI before any
  // nx command ran) has none yet, so make it here rather than fail with "No cached ProjectGraph".
  await createProjectGraphAsync({ exitOnError: false });
  process.env.NX_TASK_TARGET_PROJECT = 'api';
  process.env.NX_TASK_TARGET_TARGET = 'build';
  return {
    // Beside the API's bundle so it resolves the same node_modules (in the image: dist/apps/api/node_modules).
    output: {
      path: join(__dirname, '../../dist/apps/api/cli'),
      clean: true,
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/cli/admin-cli.ts',
        tsConfig: './tsconfig.app.json',
        assets: [{ input: './src/accounts/password', glob: 'common-passwords.txt', output: '.' }],
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
        // The API's typecheck target checks these sources; the CLI build only needs to emit them.
        skipTypeChecking: true,
      }),
    ],
  };
};
