import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Taken when this module loads, before a test starts the API: the API's egress guard then refuses child
 * processes that are not MedLocal's own, and mounting is the test playing the operator, not MedLocal.
 */
const run = execFileSync;

/** Mounts a small tmpfs of its own on `dir` (the storage-fault tests run as root, as CI does). */
export function mountTmpfs(dir: string, sizeMb: number): void {
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}M`, 'tmpfs', dir]);
}

export function remountTmpfs(dir: string, mode: 'ro' | 'rw'): void {
  run('mount', ['-o', `remount,${mode}`, dir]);
}

export function unmountTmpfs(dir: string): void {
  run('umount', ['-l', dir]);
}

/** Writes until the file system says ENOSPC: the disk is full to the last byte. */
export function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(1 << 16, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
