import { mkdirSync } from 'node:fs';
import { probeDataDir, storageFault, type StorageFault } from './storage-fault';

export interface EmbeddedPostgres {
  /** `postgres://` URL that the `pg` driver (and so TypeORM) uses, exactly as for a real server. */
  readonly url: string;
  readonly port: number;
  /** The storage condition that keeps the database from serving now, or null. */
  storageFault(): StorageFault | null;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data between runs; `memory` keeps nothing (tests). */
  readonly dataDir: string | 'memory';
  readonly host?: string;
  readonly port?: number;
  /** How often the data folder is probed for a full, read-only or failing disk. */
  readonly storageCheckIntervalMs?: number;
  /** Free space below which the database stops serving (see `EMBEDDED_MIN_FREE_BYTES`). */
  readonly minFreeBytes?: number;
  /** Told when a storage fault starts (with the fault) and when it clears (null). */
  readonly onStorageChange?: (fault: StorageFault | null) => void;
}

/** Start-up refused because the data folder cannot hold the database; the message is one line naming the path and cause. */
export class EmbeddedStorageError extends Error {
  /** The API's DomainError shape (code, message, details, cause); this library cannot import the API's class. */
  readonly code = 'EMBEDDED_STORAGE_UNUSABLE';
  readonly details: { readonly fault: StorageFault };

  constructor(
    readonly fault: StorageFault,
    options?: { readonly cause?: unknown },
  ) {
    super(`The embedded database cannot use its data folder ${fault.message}`, options);
    this.name = 'EmbeddedStorageError';
    this.details = { fault };
  }
}

/**
 * Start-up refused because PGlite aborts on the data folder's own files (it prints only "Aborted()"):
 * a pg_control or write-ahead log left damaged by unclean stops. One line: the folder, the likely
 * cause and the way back.
 */
export class EmbeddedDatabaseDamaged extends Error {
  readonly code = 'EMBEDDED_DATABASE_DAMAGED';
  readonly details: { readonly dataDir: string };

  constructor(
    readonly dataDir: string,
    options?: { readonly cause?: unknown },
  ) {
    super(
      `The embedded database in ${dataDir} would not start (PGlite aborted): its files look damaged, most likely by unclean stops ` +
        '(crashes, SIGKILL or power loss); restore the data folder from a backup with deploy/backup/medlocal-restore.sh',
      options,
    );
    this.name = 'EmbeddedDatabaseDamaged';
    this.details = { dataDir };
  }
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) behind a PostgreSQL wire-protocol socket on loopback,
 * so MedLocal talks to the embedded database through the same `pg`/TypeORM code path as to a
 * real PostgreSQL server. PGlite serves one connection at a time: callers use a pool of one.
 *
 * A full, read-only or failing disk is caught before PGlite writes to it: PGlite runs on this thread,
 * and a write-ahead-log write that fails leaves it spinning, which would freeze the whole process.
 * While the data folder has a fault the database is read-only (reads, sign-in and status still work;
 * writes are refused at once with SQLSTATE 25006, a 503); when it clears, writes resume, no restart.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // Both packages are ESM-only; load them lazily so a deployment on real PostgreSQL never pays for the WASM build.
  const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite');
  const { PGLiteSocketServer } = await import(/* webpackIgnore: true */ '@electric-sql/pglite-socket');
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir;
  const probe = () => (dataDir === 'memory' ? Promise.resolve(null) : probeDataDir(dataDir, { minFreeBytes: options.minFreeBytes }));

  let db: Awaited<ReturnType<typeof PGlite.create>>;
  if (dataDir === 'memory') {
    db = await PGlite.create();
  } else {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new EmbeddedStorageError(storageFault((error as NodeJS.ErrnoException).code ?? 'EIO', dataDir));
    }
    const before = await probe();
    if (before) throw new EmbeddedStorageError(before);
    try {
      db = await PGlite.create({ dataDir });
    } catch (error) {
      // PGlite says only "failed to initialize properly" or "Aborted()": name the storage cause when
      // there is one; an abort on a healthy disk means the folder's own files are damaged.
      const fault = await probe();
      if (fault) throw new EmbeddedStorageError(fault, { cause: error });
      if (isWasmAbort(error)) throw new EmbeddedDatabaseDamaged(dataDir, { cause: error });
      throw error;
    }
  }

  // The pool holds one connection, but a reconnect (the migrator handing over to the request pool, a
  // discarded client) can arrive before PGlite-socket has cleaned up the closed one: with its default of
  // one connection that reconnect is refused. Its query queue keeps a transaction on its own connection.
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 2 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  let fault: StorageFault | null = null;
  let stopped = false;
  let checking: Promise<void> | null = null;
  /** Ticks left to re-assert read-write after a fault cleared (a SET can be rolled back with the transaction it landed in). */
  let reassertWritable = 0;

  // PGlite is one backend shared by every socket connection, so one SET applies to the pool's connection too.
  const setReadOnly = (on: boolean) => db.exec(`SET default_transaction_read_only = ${on ? 'on' : 'off'}`);
  const check = async () => {
    const found = await probe();
    if (stopped) return;
    if (found) {
      await setReadOnly(true); // again on every tick while the fault lasts, for the same reason
      if (!fault) {
        fault = found;
        options.onStorageChange?.(found);
      }
    } else if (fault || reassertWritable > 0) {
      await setReadOnly(false);
      reassertWritable = fault ? 3 : reassertWritable - 1;
      if (fault) {
        fault = null;
        options.onStorageChange?.(null);
      }
    }
  };
  const timer =
    dataDir === 'memory'
      ? null
      : setInterval(() => {
          checking ??= check()
            .catch(() => undefined)
            .finally(() => (checking = null));
        }, options.storageCheckIntervalMs ?? 1_000);
  timer?.unref();

  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    port,
    storageFault: () => fault,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await checking;
      await server.stop();
      // Closing writes a checkpoint, which a full or failing disk cannot take (and PGlite could spin on it):
      // skip it then. Every commit is already in the write-ahead log; the next start replays it.
      if (!fault) await db.close();
    },
  };
}

/** Emscripten's abort: a RuntimeError whose message starts "Aborted(" (PGlite hit a fatal error reading its files). */
function isWasmAbort(error: unknown): boolean {
  return error instanceof Error && /^Aborted\(/.test(error.message);
}
