import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabaseTarget, type DatabaseTarget } from '../lib/database-target';

/**
 * A fresh, empty database for one test file: on the PostgreSQL server named by
 * `TEST_DATABASE_URL` (CI) a new database beside the test one, else an in-memory PGlite.
 * Refuses any server database whose name lacks "test", so a test can never touch real data.
 */
export async function openTestDatabase(): Promise<DatabaseTarget> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return openDatabaseTarget({ dataDir: 'memory' });

  const adminUrl = new URL(serverUrl);
  assertTestDatabaseName(adminUrl.pathname.slice(1));
  const name = `test_medlocal_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    host: url.hostname,
    close: () => withClient(adminUrl.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export function assertTestDatabaseName(name: string): void {
  if (!name.includes('test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test"`);
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
