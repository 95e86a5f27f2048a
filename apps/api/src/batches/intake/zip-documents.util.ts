import { setTimeout as delay } from 'node:timers/promises';
import { openPromise, type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { BatchError, BatchErrorCode } from '../batch.errors';
import type { UploadedDocument } from './uploaded-document';

const ARCHIVE_EXTENSIONS = /\.(zip|jar|gz|tgz|tar|bz2|xz|7z|rar|zst)$/i;
/** Local-file header of a zip, gzip, bzip2, 7-Zip and RAR: an archive renamed to .txt is still an archive. */
const ARCHIVE_MAGIC = [
  Buffer.from('504b0304', 'hex'),
  Buffer.from('1f8b', 'hex'),
  Buffer.from('425a68', 'hex'),
  Buffer.from('377abcaf271c', 'hex'),
  Buffer.from('52617221', 'hex'),
];
/** Files operating systems add to archives; not documents, not a reason to refuse. */
const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;
/**
 * Text deflates to a third or a tenth of its size; an entry that expands more than this is built
 * to expand (a zip bomb), not a document. Small entries are exempt: a page of blank lines may.
 */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
/**
 * The same ratio over the whole archive, once its entries together pass this size: thousands of
 * entries just under the per-entry threshold (2,400 × 199 kB of one letter, 0.7 MB on the wire)
 * are as much a bomb as one large entry.
 */
const ARCHIVE_RATIO_CHECKED_FROM_BYTES = 4 * 1024 * 1024;
/** UTF-8 takes at most 3 bytes for each UTF-16 code unit (4 for a surrogate pair, which is 2 units). */
const MAX_UTF8_BYTES_PER_CHAR = 3;

export interface ZipLimits {
  readonly maxDocuments: number;
  /**
   * BATCH_MAX_UPLOAD_MB: the sum of the uncompressed sizes, declared and as read, may not pass it
   * (a small zip may expand without bound), nor what the documents could hold at most
   * (BATCH_MAX_DOCUMENTS × BATCH_MAX_DOCUMENT_CHARS × 3 bytes), whichever is smaller.
   */
  readonly maxTotalBytes: number;
  /** BATCH_MAX_DOCUMENT_CHARS: an entry is read only up to this many characters. */
  readonly maxDocumentChars: number;
}

/**
 * The `.txt` documents of a zip, in the order of its central directory. Every entry is checked
 * before the first document is read: paths that escape the archive's folder, nested archives,
 * other file types, encryption, too many files or too many bytes refuse the whole upload.
 */
export async function* readZipDocuments(path: string, given: ZipLimits): AsyncGenerator<UploadedDocument> {
  const limits: ZipLimits = { ...given, maxTotalBytes: maxExpandedBytes(given) };
  let zip: ZipFile;
  try {
    zip = await openPromise(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (error) {
    throw new BatchError(BatchErrorCode.MalformedZip, `The zip file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // One listener for the archive's whole life: yauzl may fail it while an entry is read.
  let damaged: BatchError | undefined;
  zip.on('error', (error: Error) => (damaged ??= new BatchError(BatchErrorCode.MalformedZip, `The zip file is damaged: ${error.message}`)));
  try {
    const entries = await checkedEntries(zip, limits);
    let bytesRead = 0;
    for (const { entry, name } of entries) {
      if (damaged) throw damaged;
      if (entry.uncompressedSize > limits.maxDocumentChars * MAX_UTF8_BYTES_PER_CHAR) {
        // Longer than the cap whatever its characters: not read at all.
        yield { text: '', department: null, tooLong: true };
        continue;
      }
      const read = await readEntry(zip, entry, name, limits.maxDocumentChars);
      bytesRead += read.bytes;
      if (bytesRead > limits.maxTotalBytes) throw expandsTooFar(limits);
      yield read.text === null ? { text: '', department: null, tooLong: true } : { text: read.text, department: null };
    }
    if (damaged) throw damaged;
  } finally {
    await closeArchive(zip);
  }
}

/** Long enough for a busy machine's file-system threads; a close still pending then is not waited for. */
const ARCHIVE_CLOSE_WAIT_MS = 5_000;

/**
 * yauzl closes the archive's descriptor asynchronously, once every entry stream has let go of it: wait for that,
 * so that when the documents are read the upload file is no longer held open (its folder may be removed next).
 */
async function closeArchive(zip: ZipFile): Promise<void> {
  const closed = new Promise<void>((resolve) => zip.once('close', () => resolve()));
  zip.close();
  await Promise.race([closed, delay(ARCHIVE_CLOSE_WAIT_MS, undefined, { ref: false })]);
}

/** The expanded bytes an upload may hold: no more than the upload limit, nor than its documents could fill. */
export function maxExpandedBytes(limits: ZipLimits): number {
  return Math.min(limits.maxTotalBytes, limits.maxDocuments * limits.maxDocumentChars * MAX_UTF8_BYTES_PER_CHAR);
}

function expandsTooFar(limits: ZipLimits): BatchError {
  const byDocuments = limits.maxDocuments * limits.maxDocumentChars * MAX_UTF8_BYTES_PER_CHAR;
  const limit = limits.maxTotalBytes < byDocuments ? 'BATCH_MAX_UPLOAD_MB' : 'BATCH_MAX_DOCUMENTS × BATCH_MAX_DOCUMENT_CHARS × 3 bytes';
  return new BatchError(BatchErrorCode.UploadTooLarge, `The zip expands to more than ${size(limits.maxTotalBytes)} (${limit})`);
}

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.floor(bytes / 2 ** 20)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

async function checkedEntries(zip: ZipFile, limits: ZipLimits): Promise<{ entry: Entry; name: string }[]> {
  const accepted: { entry: Entry; name: string }[] = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) => reject(new BatchError(BatchErrorCode.MalformedZip, `The zip file is damaged: ${error.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      try {
        const name = entryName(entry);
        checkPath(name);
        if (!name.endsWith('/') && !IGNORED.test(name)) {
          if (ARCHIVE_EXTENSIONS.test(name))
            throw new BatchError(BatchErrorCode.NestedArchive, `"${name}" is an archive inside the zip; nested archives are not accepted`);
          if (!/\.txt$/i.test(name))
            throw new BatchError(BatchErrorCode.UnsupportedZipEntry, `"${name}" is not a .txt file; the zip must hold only .txt documents`);
          if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw new BatchError(BatchErrorCode.UnsupportedZipEntry, `"${name}" is encrypted`);
          if (entry.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(entry.compressedSize, 1)) {
            throw new BatchError(
              BatchErrorCode.UploadTooLarge,
              `"${name}" expands ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} times (${Math.round(entry.uncompressedSize / 2 ** 20)} MB); entries that expand more than ${MAX_COMPRESSION_RATIO} times are not accepted`,
            );
          }
          totalBytes += entry.uncompressedSize;
          totalCompressed += entry.compressedSize;
          if (totalBytes > limits.maxTotalBytes) throw expandsTooFar(limits);
          if (totalBytes >= ARCHIVE_RATIO_CHECKED_FROM_BYTES && totalBytes > MAX_COMPRESSION_RATIO * Math.max(totalCompressed, 1)) {
            throw new BatchError(
              BatchErrorCode.UploadTooLarge,
              `The zip expands ${Math.round(totalBytes / Math.max(totalCompressed, 1))} times (${size(totalBytes)} from ${size(totalCompressed)} by entry ${accepted.length + 1}); archives that expand more than ${MAX_COMPRESSION_RATIO} times in all are not accepted (a zip bomb)`,
            );
          }
          accepted.push({ entry, name });
          if (accepted.length > limits.maxDocuments) {
            throw new BatchError(BatchErrorCode.TooManyDocuments, `The zip holds more than ${limits.maxDocuments} documents (BATCH_MAX_DOCUMENTS)`);
          }
        }
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.readEntry();
  });
  return accepted;
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11 says UTF-8; older tools write CP437, whose ASCII part (all that path checks need) is the same.
  return new TextDecoder('utf-8', { fatal: false }).decode(raw);
}

function checkPath(name: string): void {
  const unsafe =
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\\') ||
    name.includes('\u0000') ||
    name.split('/').some((segment) => segment === '..');
  if (unsafe)
    throw new BatchError(
      BatchErrorCode.UnsafeZipPath,
      `The zip entry "${name.slice(0, 200)}" has a path outside the archive's folder (absolute, "..", or a backslash); nothing was imported`,
    );
}

/**
 * Reads one entry as strict UTF-8 until it ends or passes `maxChars` characters; past the cap the
 * stream is destroyed at once and `text` is null (too long), so an entry is never held whole.
 * The first bytes are checked for an archive's signature: a renamed archive is still an archive.
 */
function readEntry(zip: ZipFile, entry: Entry, name: string, maxChars: number): Promise<{ text: string | null; bytes: number }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream: Readable) => {
      if (error) return reject(new BatchError(BatchErrorCode.MalformedZip, `"${name}" cannot be read: ${error.message}`));
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const pieces: string[] = [];
      let chars = 0;
      let bytes = 0;
      let head: Buffer | null = Buffer.alloc(0);
      let done = false;
      const stop = (outcome: { text: string | null } | BatchError) => {
        if (done) return;
        done = true;
        if (outcome instanceof BatchError) {
          stream.destroy();
          reject(outcome);
        } else {
          if (!stream.readableEnded) stream.destroy();
          resolve({ text: outcome.text, bytes });
        }
      };
      stream.on('error', (streamError: Error) => stop(new BatchError(BatchErrorCode.MalformedZip, `"${name}" cannot be read: ${streamError.message}`)));
      stream.on('data', (chunk: Buffer) => {
        if (done) return;
        bytes += chunk.length;
        if (head !== null) {
          head = Buffer.concat([head, chunk.subarray(0, 8)]);
          if (ARCHIVE_MAGIC.some((magic) => head !== null && head.length >= magic.length && head.subarray(0, magic.length).equals(magic))) {
            return stop(new BatchError(BatchErrorCode.NestedArchive, `"${name}" is an archive inside the zip; nested archives are not accepted`));
          }
          if (head.length >= 8) head = null;
        }
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          return stop(
            new BatchError(
              BatchErrorCode.NotUtf8,
              `"${name}" in the zip is not valid UTF-8 (invalid bytes at or after byte ${bytes - chunk.length}); save it as UTF-8 and upload it again`,
            ),
          );
        }
        chars += text.length;
        if (chars > maxChars) return stop({ text: null });
        pieces.push(text);
      });
      stream.on('end', () => {
        if (done) return;
        if (head !== null && ARCHIVE_MAGIC.some((magic) => head !== null && head.length >= magic.length && head.subarray(0, magic.length).equals(magic))) {
          return stop(new BatchError(BatchErrorCode.NestedArchive, `"${name}" is an archive inside the zip; nested archives are not accepted`));
        }
        let rest: string;
        try {
          rest = decoder.decode();
        } catch {
          return stop(
            new BatchError(
              BatchErrorCode.NotUtf8,
              `"${name}" in the zip is not valid UTF-8 (it ends inside a character); save it as UTF-8 and upload it again`,
            ),
          );
        }
        pieces.push(rest);
        stop({ text: chars + rest.length > maxChars ? null : pieces.join('') });
      });
    });
  });
}
