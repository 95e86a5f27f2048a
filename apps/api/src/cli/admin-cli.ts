// MedLocal admin CLI: create users, reset passwords and unlock accounts on the configured database,
// without the HTTP server. usage: npm run admin -- <command> [options]  (see --help)
// The CLI is the API's second entry point (bundled by apps/api/webpack.admin.config.js), not a client of it.
import { AdminCommandError, runAdminCommand } from './run-admin-command';
import { ConfigurationError } from '../config';

async function main(): Promise<void> {
  try {
    const result = await runAdminCommand({ argv: process.argv.slice(2), env: process.env });
    process.stdout.write(`${result.lines.join('\n')}\n`);
  } catch (error) {
    if (error instanceof ConfigurationError) process.stderr.write(`${error.problems.join('\n')}\n`);
    else process.stderr.write(`${error instanceof AdminCommandError || error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

void main();
