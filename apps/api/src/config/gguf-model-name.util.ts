import { closeSync, openSync, readSync } from 'node:fs';

/** general.name sits among the first metadata keys; a real model's header is read, never its weights. */
const HEADER_BYTES = 4 * 1024 * 1024;
const GGUF_MAGIC = 'GGUF';
const SCALAR_SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const STRING = 8;
const ARRAY = 9;

/**
 * The `general.name` a GGUF file declares, read from its header; undefined when the file cannot be
 * read, is not GGUF, or names no model within the header bytes (start-up reports those cases itself).
 */
export function ggufModelName(params: { file: string }): string | undefined {
  let head: Buffer;
  try {
    const fd = openSync(params.file, 'r');
    try {
      head = Buffer.alloc(HEADER_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  try {
    return readName(head);
  } catch {
    return undefined; // RangeError: the header is longer than what was read, or damaged
  }
}

function readName(buffer: Buffer): string | undefined {
  if (buffer.toString('latin1', 0, 4) !== GGUF_MAGIC) return undefined;
  let offset = 8; // magic + version
  offset += 8; // tensor count
  const keyCount = Number(buffer.readBigUInt64LE(offset));
  offset += 8;
  const readString = (): string => {
    const length = Number(buffer.readBigUInt64LE(offset));
    offset += 8;
    if (offset + length > buffer.length) throw new RangeError('string beyond header');
    const value = buffer.toString('utf8', offset, offset + length);
    offset += length;
    return value;
  };
  const skipValue = (type: number): void => {
    if (type === STRING) {
      readString();
    } else if (type === ARRAY) {
      const itemType = buffer.readUInt32LE(offset);
      const count = Number(buffer.readBigUInt64LE(offset + 4));
      offset += 12;
      for (let i = 0; i < count; i += 1) skipValue(itemType);
    } else {
      const size = SCALAR_SIZES[type];
      if (size === undefined) throw new RangeError(`unknown GGUF value type ${type}`);
      offset += size;
    }
  };
  for (let i = 0; i < keyCount; i += 1) {
    const key = readString();
    const type = buffer.readUInt32LE(offset);
    offset += 4;
    if (key === 'general.name' && type === STRING) return readString();
    skipValue(type);
  }
  return undefined;
}
