// An inference node's libuv pool size is set before anything can start the pool (see inference-thread-pool.ts).
import './bootstrap/inference-thread-pool-early';
// The egress guard goes in before any other module loads, so nothing can open a socket unchecked.
import './privacy/install-egress-guard-early';
import { createMedLocalApp } from './bootstrap/create-app';
import { ConfigurationError } from './config';
import { runUntilSignalled } from './bootstrap/run-until-signalled';
import { startupTimings } from './reporting/startup-timings';
import { WRITE_DATABASE_TEMPLATE_FLAG, writeDatabaseTemplate } from './bootstrap/write-database-template';

// Node starting and loading the bundle (every module above) is the first phase of start-up.
startupTimings.record('load', 0, performance.now());

async function main(): Promise<void> {
  const templateFlag = process.argv.indexOf(WRITE_DATABASE_TEMPLATE_FLAG);
  if (templateFlag !== -1) {
    const dir = process.argv[templateFlag + 1];
    if (!dir) throw new Error(`${WRITE_DATABASE_TEMPLATE_FLAG} needs the folder to write`);
    const manifest = await writeDatabaseTemplate(dir);
    process.stdout.write(`Database template written to ${dir}: PGlite ${manifest.pglite}, ${manifest.migrations.length} migration(s)\n`);
    process.exit(0);
  }
  try {
    const { app, config } = await createMedLocalApp({ env: process.env });
    await runUntilSignalled(app, config);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    } else {
      process.stderr.write(`MedLocal failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
