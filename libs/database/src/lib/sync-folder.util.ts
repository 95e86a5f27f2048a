import { open } from 'node:fs/promises';

/** Flushes a folder's entries (the names of what was created, renamed or removed in it) to disk. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
