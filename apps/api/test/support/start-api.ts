import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { createMedLocalApp, type MedLocalApp } from '../../src/bootstrap/create-app';

export interface RunningApi extends MedLocalApp {
  readonly baseUrl: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export type DatabaseChoice = 'embedded' | 'test-server';

/**
 * Boots the real API on a free loopback port. `embedded` uses the default PGlite in the data
 * folder (exactly what `npm start` does); `test-server` a fresh database on TEST_DATABASE_URL
 * (or a second PGlite when no server is configured).
 */
export async function startApi(options: { database?: DatabaseChoice; env?: Record<string, string> } = {}): Promise<RunningApi> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-api-'));
  let database: DatabaseTarget | undefined;
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', MEDLOCAL_MODE: 'demo', ...options.env };
  // Without a PostgreSQL server the embedded database is the only one there is (a second PGlite
  // served from the test process would take one connection, while the API pools several).
  if (options.database === 'test-server' && process.env['TEST_DATABASE_URL']) {
    database = await openTestDatabase();
    env['DATABASE_URL'] = database.url;
  }
  const started = await createMedLocalApp({ env, consoleDir: path.join(dataDir, 'no-console') });
  await started.app.listen(0, '127.0.0.1');
  const { port } = started.app.getHttpServer().address() as AddressInfo;
  return {
    ...started,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      await started.app.close();
      await database?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
