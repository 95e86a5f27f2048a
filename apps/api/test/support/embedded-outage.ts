import path from 'node:path';
import { startEmbeddedPostgres, type DatabaseTarget, type EmbeddedPostgres } from '@medlocal/database';
import { DATABASE_TARGET } from '../../src/database/database.tokens';
import type { RunningApi } from './start-api';

/**
 * An outage of a running API's embedded PGlite: `stop` closes the app's own server (every
 * connection dropped, new ones refused); `restart` starts a new one on the same port and data
 * folder, which is what a restart looks like to the pool.
 */
export function embeddedDatabaseOutage(sut: RunningApi): { stop(): Promise<void>; restart(): Promise<void> } {
  const target = sut.app.get<DatabaseTarget>(DATABASE_TARGET, { strict: false });
  const port = Number(new URL(target.url).port);
  let restarted: EmbeddedPostgres | undefined;
  return {
    stop: () => target.close(),
    async restart() {
      restarted = await startEmbeddedPostgres({ dataDir: path.join(sut.dataDir, 'pglite'), port });
      // The app closes its target on shutdown: from now on that is the restarted server.
      Object.assign(target, { close: () => restarted?.stop() });
    },
  };
}
