// Builds the admin CLI (tools/admin/admin-cli.ts) with the same compiler as the API: tsc emits the
// decorator metadata Nest's dependency injection needs, which esbuild (tools/run-ts.mjs) does not.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/tools/admin'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: '../../tools/admin/admin-cli.ts',
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
