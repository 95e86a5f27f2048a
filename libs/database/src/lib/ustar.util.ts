import { mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './sync-folder.util';

const BLOCK = 512;

/** The archive cannot be read as a data folder: the message names the entry and what is wrong with it. */
export class UstarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UstarError';
  }
}

/** Files written at once: opening and creating many small files is latency, not work, and overlaps well. */
const WRITES_IN_FLIGHT = 8;

interface FileEntry {
  readonly destination: string;
  readonly content: Buffer;
}

/**
 * Writes a ustar archive (the format PGlite's `dumpDataDir` writes) under `target`. The whole archive is
 * read and checked before anything is written: only folders and regular files, every header checksum
 * right, no name leaving `target`. An archive that is damaged, cut short or holds anything else is
 * refused with `UstarError`. Every file and folder is flushed to disk before it returns: the caller
 * renames `target` into place as a database, and after a power cut that rename must not point at
 * files the kernel had not written yet.
 */
export async function extractUstar(params: { archive: Buffer; target: string }): Promise<{ files: number }> {
  const root = path.resolve(params.target);
  const { folders, files } = readEntries(params.archive, root);
  mkdirSync(root, { recursive: true });
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  let next = 0;
  const writer = async () => {
    while (next < files.length) {
      const file = files[next++] as FileEntry;
      const handle = await open(file.destination, 'wx');
      try {
        await handle.writeFile(file.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_IN_FLIGHT, files.length) }, writer));
  // A folder's entries are durable only once the folder itself is flushed; deepest first, the root last.
  const written = [...new Set([root, ...folders])].sort((a, b) => b.length - a.length);
  for (const folder of written) await syncFolder(folder);
  return { files: files.length };
}

function readEntries(archive: Buffer, root: string): { folders: string[]; files: FileEntry[] } {
  const folders = new Set<string>();
  const files: FileEntry[] = [];
  let offset = 0;
  for (;;) {
    if (offset + BLOCK > archive.length) throw new UstarError(`archive cut short at byte ${offset} (no end-of-archive block)`);
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return { folders: [...folders], files };
    checkHeaderSum(header, offset);
    const name = entryName(header);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] as number);
    const destination = path.resolve(root, `.${path.posix.sep}${name}`);
    if (!Number.isSafeInteger(size) || size < 0) throw new UstarError(`${name}: size field unreadable`);
    if (destination !== root && !destination.startsWith(`${root}${path.sep}`)) throw new UstarError(`${name}: the name leaves the target folder`);
    offset += BLOCK;
    if (type === '5') {
      folders.add(destination);
    } else if (type === '0' || type === '\0') {
      if (offset + size > archive.length) throw new UstarError(`${name}: archive cut short inside the file`);
      folders.add(path.dirname(destination));
      files.push({ destination, content: archive.subarray(offset, offset + size) });
    } else {
      throw new UstarError(`${name}: entry type ${type} is neither a folder nor a file`);
    }
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
}

function field(header: Buffer, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString('utf8');
}

function entryName(header: Buffer): string {
  const name = field(header, 0, 100);
  const prefix = field(header, 345, 155);
  return prefix ? `${prefix}/${name}` : name;
}

/** The header's own sum, counted with its checksum field read as eight spaces. */
function checkHeaderSum(header: Buffer, offset: number): void {
  const recorded = parseInt(field(header, 148, 8).trim(), 8);
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1) sum += index >= 148 && index < 156 ? 0x20 : (header[index] as number);
  if (recorded !== sum) throw new UstarError(`header checksum wrong at byte ${offset}: the archive is damaged`);
}
