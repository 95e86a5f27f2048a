import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@medlocal/database';
import type { DatabaseTarget, EmbeddedPostgres } from '@medlocal/database';

/** An embedded database that a test can stop (connections refused) and start again on the same port and folder. */
export interface StoppableEmbeddedDatabase {
  readonly target: DatabaseTarget;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function openStoppableEmbeddedDatabase(folderPrefix: string): Promise<StoppableEmbeddedDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), folderPrefix));
  const port = await freePort();
  let server: EmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, port });
  return {
    target: {
      kind: 'pglite',
      url: server.url,
      host: '127.0.0.1',
      async close() {
        await server?.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    },
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port });
    },
  };
}
