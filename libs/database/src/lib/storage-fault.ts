import { randomBytes } from 'node:crypto';
import { open, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';

/** A storage condition that stops the embedded database from writing, named so an operator can act on it. */
export interface StorageFault {
  /** `ENOSPC` (disk full), `EROFS` (read-only), `EIO` (I/O error), `EACCES`/`EPERM`, or `ETIMEDOUT` (a frozen disk). */
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
 * Writes, syncs and removes a small file in `dir`, and checks the free space, within `timeoutMs`:
 * the fault that keeps the embedded database from writing there, or null when it can.
 */
export async function probeDataDir(dir: string, options: { timeoutMs?: number; minFreeBytes?: number } = {}): Promise<StorageFault | null> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<StorageFault>((resolve) => {
    timer = setTimeout(() => resolve(storageFault('ETIMEDOUT', dir, `no answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([probe(dir, options.minFreeBytes ?? EMBEDDED_MIN_FREE_BYTES), timedOut]);
  } finally {
    clearTimeout(timer);
  }
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
