import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  /** `postgres://` URL that the `pg` driver (and so TypeORM) uses, exactly as for a real server. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data between runs; `memory` keeps nothing (tests). */
  readonly dataDir: string | 'memory';
  readonly host?: string;
  readonly port?: number;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) behind a PostgreSQL wire-protocol socket on loopback,
 * so MedLocal talks to the embedded database through the same `pg`/TypeORM code path as to a
 * real PostgreSQL server. PGlite serves one connection at a time: callers use a pool of one.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // Both packages are ESM-only; load them lazily so a deployment on real PostgreSQL never pays for the WASM build.
  const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite');
  const { PGLiteSocketServer } = await import(/* webpackIgnore: true */ '@electric-sql/pglite-socket');
  const host = options.host ?? '127.0.0.1';
  if (options.dataDir !== 'memory') mkdirSync(options.dataDir, { recursive: true });
  const db = options.dataDir === 'memory' ? await PGlite.create() : await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
