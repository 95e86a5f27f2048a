import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * A process with nothing else to do (the admin CLI) starts the embedded database, uses it and stops
 * it: stop() must return, so what the process does afterwards (print a one-time password) happens.
 * The database thread is unref'd while it stops; with nothing else pending Node exited in the middle
 * of stop(), status 0 and no output.
 */
describe('a short-lived process on the embedded database', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-short-lived-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gets past stop() and prints what it does after it', async () => {
    const script = path.join(root, 'use-and-stop.ts');
    await writeFile(
      script,
      [
        `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(workspaceRoot, 'libs/database/src/index'))};`,
        `import pg from 'pg';`,
        `const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(path.join(root, 'data'))} });`,
        `const client = new pg.Client({ connectionString: db.url });`,
        `await client.connect();`,
        `const { rows } = await client.query('SELECT 41 + 1 AS answer');`,
        `await client.end();`,
        `await db.stop();`,
        `process.stdout.write('after stop: ' + rows[0].answer + '\\n');`,
      ].join('\n'),
    );
    const printed = execFileSync(process.execPath, [path.join(workspaceRoot, 'tools/run-ts.mjs'), script], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(printed).toContain('after stop: 42');
  }, 150_000);
});
