import { randomBytes } from 'node:crypto';
import { open, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';

/** A storage condition that stops the embedded database from writing, named so an operator can act on it. */
export interface StorageFault {
  /** `ENOSPC` (disk full), `EROFS` (read-only), `EIO` (I/O error), `EACCES`/`EPERM`, `ETIMEDOUT` (a frozen disk), or `EMBEDDED_NOT_RESPONDING` (PGlite's thread is silent, see embedded-postgres.ts). */
  readonly code: string;
  /** The folder or file that failed. */
  readonly path: string;
  /** One line: the path, the code and what it means. */
  readonly message: string;
  readonly since: string;
}

const MEANINGS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ETIMEDOUT: 'the disk did not answer in time',
  EMBEDDED_NOT_RESPONDING: 'the embedded database stopped answering',
};

/**
 * PostgreSQL needs room for a new 16 MB WAL segment (and the pages it extends) to keep working: below
 * this, PGlite's write-ahead log fails mid-write and the WASM server spins for good, so the guard
 * stops serving before that point.
 */
export const EMBEDDED_MIN_FREE_BYTES = 48 * 1024 * 1024;

export function storageFault(code: string, faultPath: string, detail?: string): StorageFault {
  const meaning = MEANINGS[code] ?? 'storage error';
  return {
    code,
    path: faultPath,
    message: `${faultPath}: ${code} (${meaning})${detail ? `: ${detail}` : ''}`,
    since: new Date().toISOString(),
  };
}

/**
 * Writes, syncs and removes a small file in `dir`, and checks the free space: the fault that keeps the
 * embedded database from writing there, or null when it can.
 *
 * A disk counts as frozen (`ETIMEDOUT`) only when it is the disk that is slow: each attempt's clock
 * leaves out the time the event loop was busy elsewhere (a long synchronous task delays the probe's
 * completion without the disk being at fault, and turning the database read-only for that would fail
 * every clinician's question), and `attempts` consecutive attempts (2 by default) must each take longer
 * than `timeoutMs` of that time. Any other answer, fault or not, is final at once.
 */
export async function probeDataDir(dir: string, options: { timeoutMs?: number; minFreeBytes?: number; attempts?: number } = {}): Promise<StorageFault | null> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const attempts = Math.max(1, options.attempts ?? 2);
  const minFreeBytes = options.minFreeBytes ?? EMBEDDED_MIN_FREE_BYTES;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await withinDiskTime(probe(dir, minFreeBytes), timeoutMs);
    if (outcome !== TIMED_OUT) return outcome;
    if (attempt >= attempts) return storageFault('ETIMEDOUT', dir, `no answer within ${timeoutMs} ms, ${attempts} times in a row`);
  }
}

const TIMED_OUT = Symbol('timed out');

/**
 * `work`'s result, or `TIMED_OUT` once it has been pending for `timeoutMs` of time in which the event
 * loop was free. A ticking timer measures the loop's own delay (how late each tick ran) and that delay
 * is subtracted: after a blocked loop the timers run before completed I/O is delivered, so a disk that
 * answered during the block is not blamed for it.
 */
function withinDiskTime<T>(work: Promise<T>, timeoutMs: number): Promise<T | typeof TIMED_OUT> {
  const tickMs = Math.min(100, Math.max(5, Math.floor(timeoutMs / 20)));
  const started = performance.now();
  let lastTick = started;
  let loopDelayMs = 0;
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const now = performance.now();
      loopDelayMs += Math.max(0, now - lastTick - tickMs);
      lastTick = now;
      if (now - started - loopDelayMs >= timeoutMs) {
        clearInterval(timer);
        resolve(TIMED_OUT);
      }
    }, tickMs);
    timer.unref();
    work.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error);
      },
    );
  });
}

async function probe(dir: string, minFreeBytes: number): Promise<StorageFault | null> {
  const file = join(dir, `.medlocal-write-probe-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile('probe');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(file, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    return storageFault(typeof code === 'string' ? code : 'EIO', dir);
  }
  await rm(file, { force: true });
  const { bavail, bsize } = await statfs(dir);
  const free = bavail * bsize;
  if (free < minFreeBytes) {
    return storageFault('ENOSPC', dir, `${mb(free)} MB free, the embedded database needs at least ${mb(minFreeBytes)} MB`);
  }
  return null;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
