import { existsSync, mkdirSync } from 'node:fs';
import { startDatabaseThread, type DatabaseThread } from './embedded-database-thread';
import { restoreEmbeddedTemplate, type EmbeddedInitialisation, type EmbeddedTemplateSource } from './embedded-template';
import { probeDataDir, storageFault, type StorageFault } from './storage-fault';

/** Silence from the database's thread after which it is reported not responding. */
const DEFAULT_UNRESPONSIVE_AFTER_MS = 10_000;
/** Silence after which the thread is ended and started again (a long statement legitimately holds PGlite for a while). */
const DEFAULT_RESTART_AFTER_MS = 60_000;
/** How long an ended thread may take to let go of its port before a restart is tried anyway. */
const THREAD_END_BOUND_MS = 5_000;

const seconds = (ms: number) => Math.round(ms / 1_000);

export interface EmbeddedPostgres {
  /** `postgres://` URL that the `pg` driver (and so TypeORM) uses, exactly as for a real server. */
  readonly url: string;
  readonly port: number;
  /** How the data folder was made ready: found, filled from the template, or initialised by PGlite (initdb). */
  readonly initialisation: EmbeddedInitialisation;
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
  /** Silence from PGlite's thread after which the database is reported not responding (`EMBEDDED_NOT_RESPONDING`); 10 s by default. */
  readonly unresponsiveAfterMs?: number;
  /** Silence after which PGlite's thread is ended and started again on the same port; 60 s by default. */
  readonly restartAfterMs?: number;
  /** A pre-initialised, pre-migrated data folder that fills an empty `dataDir` instead of initdb (see `restoreEmbeddedTemplate`). */
  readonly template?: EmbeddedTemplateSource;
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
 * PGlite runs on a thread of its own: a statement that blocks it (a write-ahead-log write on a disk that
 * filled or froze between two probes, which leaves PGlite spinning) cannot freeze the API. A watchdog
 * pings that thread: silent for `unresponsiveAfterMs`, the database is reported not responding (health
 * and status say so); silent for `restartAfterMs`, the thread is ended and started again on the same port
 * once the data folder probes healthy (PGlite replays its write-ahead log).
 *
 * A full, read-only or failing disk is caught before PGlite writes to it: while the data folder has a
 * fault the database is read-only (reads, sign-in and status still work; writes are refused at once with
 * SQLSTATE 25006, a 503); when it clears, writes resume, no restart.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir;
  const probe = () => (dataDir === 'memory' ? Promise.resolve(null) : probeDataDir(dataDir, { minFreeBytes: options.minFreeBytes }));
  const unresponsiveAfterMs = options.unresponsiveAfterMs ?? DEFAULT_UNRESPONSIVE_AFTER_MS;
  const restartAfterMs = Math.max(unresponsiveAfterMs, options.restartAfterMs ?? DEFAULT_RESTART_AFTER_MS);
  const checkIntervalMs = options.storageCheckIntervalMs ?? 1_000;

  if (dataDir !== 'memory') {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new EmbeddedStorageError(storageFault((error as NodeJS.ErrnoException).code ?? 'EIO', dataDir));
    }
    const before = await probe();
    if (before) throw new EmbeddedStorageError(before);
  }
  const initialisation: EmbeddedInitialisation =
    dataDir === 'memory'
      ? { kind: 'initdb', refused: null }
      : options.template
        ? await restoreEmbeddedTemplate({ dataDir, template: options.template })
        : existsSync(`${dataDir}/PG_VERSION`)
          ? { kind: 'existing' }
          : { kind: 'initdb', refused: null };
  let thread: DatabaseThread | null;
  try {
    thread = await startDatabaseThread({ dataDir, host, port: options.port ?? 0 });
  } catch (error) {
    // PGlite says only "failed to initialize properly" or "Aborted()": name the storage cause when
    // there is one; an abort on a healthy disk means the folder's own files are damaged.
    if (dataDir === 'memory') throw error;
    const fault = await probe();
    if (fault) throw new EmbeddedStorageError(fault, { cause: error });
    if (isWasmAbort(error)) throw new EmbeddedDatabaseDamaged(dataDir, { cause: error });
    throw error;
  }
  const port = thread.port;

  /** From the data folder's probe. */
  let diskFault: StorageFault | null = null;
  /** From the watchdog: the database's thread has been silent too long, or has ended. */
  let silenceFault: StorageFault | null = null;
  let reported: StorageFault | null = null;
  let stopped = false;
  let checking: Promise<void> | null = null;
  let restarting: Promise<void> | null = null;
  /** Time the thread has been silent, counted in watchdog ticks that ran on time (a busy event loop here is not its silence). */
  let silentMs = 0;
  /** Ticks left to re-assert read-write after a fault cleared (a SET can be rolled back with the transaction it landed in). */
  let reassertWritable = 0;

  const report = () => {
    const now = diskFault ?? silenceFault;
    if (now === reported) return;
    reported = now;
    if (!stopped) options.onStorageChange?.(now);
  };
  const notResponding = (detail: string) => {
    silenceFault ??= storageFault('EMBEDDED_NOT_RESPONDING', dataDir, detail);
    report();
  };
  const watch = (current: DatabaseThread) => {
    current.onHeard(() => {
      if (current !== thread) return;
      silentMs = 0;
      if (silenceFault) {
        silenceFault = null;
        report();
      }
    });
    current.onUnexpectedExit((exitCode) => {
      if (current !== thread || stopped) return;
      notResponding(`its thread ended (exit code ${exitCode})`);
      restart();
    });
  };
  watch(thread);

  const restart = () => {
    if (dataDir === 'memory' || restarting) return;
    const ended = thread;
    thread = null;
    restarting = (async () => {
      await ended?.terminate(THREAD_END_BOUND_MS);
      while (!stopped) {
        if (!(await probe())) {
          try {
            const started = await startDatabaseThread({ dataDir, host, port });
            if (stopped) {
              await started.terminate(THREAD_END_BOUND_MS);
              return;
            }
            thread = started;
            watch(started);
            silentMs = 0;
            reassertWritable = diskFault ? 0 : 3;
            silenceFault = null;
            report();
            return;
          } catch {
            // The port not yet released, or PGlite refusing its files: the fault stays reported; try again.
          }
        }
        await new Promise((resolve) => setTimeout(resolve, checkIntervalMs).unref());
      }
    })().finally(() => (restarting = null));
  };

  // PGlite is one backend shared by every socket connection, so one SET applies to the pool's connection too.
  const setReadOnly = async (on: boolean) => {
    if (!thread) throw new Error('the embedded database is restarting');
    await thread.request({ op: 'read-only', on }, unresponsiveAfterMs);
  };
  const check = async () => {
    const found = await probe();
    if (stopped) return;
    if (found) {
      if (!diskFault) {
        diskFault = found;
        report();
      }
      await setReadOnly(true); // again on every tick while the fault lasts, for the same reason
    } else if (diskFault || reassertWritable > 0) {
      await setReadOnly(false);
      reassertWritable = diskFault ? 3 : reassertWritable - 1;
      if (diskFault) {
        diskFault = null;
        report();
      }
    }
  };
  const storageTimer =
    dataDir === 'memory'
      ? null
      : setInterval(() => {
          checking ??= check()
            .catch(() => undefined)
            .finally(() => (checking = null));
        }, checkIntervalMs);
  storageTimer?.unref();

  const watchdogTickMs = Math.max(10, Math.min(1_000, Math.floor(unresponsiveAfterMs / 5)));
  let lastTick = performance.now();
  const watchdog = setInterval(() => {
    const now = performance.now();
    silentMs += Math.min(now - lastTick, 2 * watchdogTickMs);
    lastTick = now;
    if (!thread) return;
    if (silentMs >= restartAfterMs && dataDir !== 'memory') {
      notResponding(`it did not answer for ${seconds(silentMs)} s and is being restarted`);
      restart();
    } else if (silentMs >= unresponsiveAfterMs) {
      notResponding(`it did not answer for ${seconds(unresponsiveAfterMs)} s`);
    }
    thread?.request({ op: 'ping' }, restartAfterMs).catch(() => undefined);
  }, watchdogTickMs);
  watchdog.unref();

  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    port,
    initialisation,
    storageFault: () => reported,
    async stop() {
      stopped = true;
      if (storageTimer) clearInterval(storageTimer);
      clearInterval(watchdog);
      await checking;
      await restarting;
      const last = thread;
      thread = null;
      if (!last) return;
      // Closing writes a checkpoint, which a full or failing disk cannot take (and PGlite could spin on it):
      // skip it then, and when PGlite is not answering. Every commit is already in the write-ahead log; the next start replays it.
      await last.request({ op: 'stop', close: reported === null }, restartAfterMs).catch(() => undefined);
      await last.terminate(THREAD_END_BOUND_MS);
    },
  };
}

/** Emscripten's abort: a RuntimeError whose message starts "Aborted(" (PGlite hit a fatal error reading its files). */
function isWasmAbort(error: unknown): boolean {
  return error instanceof Error && /^Aborted\(/.test(error.message);
}
