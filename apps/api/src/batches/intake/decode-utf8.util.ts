import { BatchError, BatchErrorCode } from '../batch.errors';

/**
 * Decodes a byte stream as strict UTF-8 (a byte-order mark is dropped). The first invalid byte
 * refuses the whole upload: a file in GBK or Latin-1 would otherwise be read as mojibake.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer>, label = 'The file'): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of chunks) {
    yield decodeOrRefuse(() => decoder.decode(chunk, { stream: true }), label, offset);
    offset += chunk.length;
  }
  const rest = decodeOrRefuse(() => decoder.decode(), label, offset);
  if (rest) yield rest;
}

export function decodeUtf8Buffer(bytes: Buffer, label: string): string {
  return decodeOrRefuse(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), label, 0);
}

function decodeOrRefuse(decode: () => string, label: string, offset: number): string {
  try {
    return decode();
  } catch {
    throw new BatchError(
      BatchErrorCode.NotUtf8,
      `${label} is not valid UTF-8 (invalid bytes at or after byte ${offset}); save it as UTF-8 and upload it again`,
    );
  }
}
