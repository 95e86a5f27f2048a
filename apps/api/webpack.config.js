const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { execFileSync } = require('child_process');
const { join } = require('path');

const OUTPUT = join(__dirname, '../../dist/apps/api');

/**
 * The build's last step: the bundle just written makes the embedded database template (initdb and every
 * migration, done once here instead of at each installation's first start) in dist/apps/api/database-template.
 * A template that cannot be made fails the build rather than ship an API that starts slowly without saying why.
 */
class DatabaseTemplatePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('DatabaseTemplatePlugin', (compilation) => {
      if (compilation.getStats().hasErrors()) return;
      execFileSync(process.execPath, [join(OUTPUT, 'main.js'), '--write-database-template', join(OUTPUT, 'database-template')], {
        stdio: 'inherit',
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
      });
    });
  }
}

module.exports = {
  output: {
    path: OUTPUT,
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The bundled common-password list is read at start-up by the password policy.
      assets: [{ input: './src/accounts/password', glob: 'common-passwords.txt', output: '.' }],
      optimization: false,
      outputHashing: 'none',
      // dist/apps/api/package.json lists what the bundle imports; packages loaded only by path at run time (the embedded
      // database worker resolves @electric-sql/pglite-socket) are listed in apps/api/package.json, which Nx merges in.
      generatePackageJson: true,
      sourceMap: true,
    }),
    new DatabaseTemplatePlugin(),
  ],
};
