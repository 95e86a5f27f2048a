import { openPromise, type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { BatchError, BatchErrorCode } from '../batch.errors';
import type { UploadedDocument } from './uploaded-document';

const ARCHIVE_EXTENSIONS = /\.(zip|jar|gz|tgz|tar|bz2|xz|7z|rar|zst)$/i;
/** Local-file header of a zip, gzip, bzip2, 7-Zip and RAR: an archive renamed to .txt is still an archive. */
const ARCHIVE_MAGIC = [Buffer.from('504b0304', 'hex'), Buffer.from('1f8b', 'hex'), Buffer.from('425a68', 'hex'), Buffer.from('377abcaf271c', 'hex'), Buffer.from('52617221', 'hex')];
/** Files operating systems add to archives; not documents, not a reason to refuse. */
const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;
/**
 * Text deflates to a third or a tenth of its size; an entry that expands more than this is built
 * to expand (a zip bomb), not a document. Small entries are exempt: a page of blank lines may.
 */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
/** UTF-8 takes at most 3 bytes for each UTF-16 code unit (4 for a surrogate pair, which is 2 units). */
const MAX_UTF8_BYTES_PER_CHAR = 3;

export interface ZipLimits {
  readonly maxDocuments: number;
  /** Sum of the uncompressed sizes, declared and as read: a small zip may expand without bound. */
  readonly maxTotalBytes: number;
  /** BATCH_MAX_DOCUMENT_CHARS: an entry is read only up to this many characters. */
  readonly maxDocumentChars: number;
}

/**
 * The `.txt` documents of a zip, in the order of its central directory. Every entry is checked
 * before the first document is read: paths that escape the archive's folder, nested archives,
 * other file types, encryption, too many files or too many bytes refuse the whole upload.
 */
export async function* readZipDocuments(path: string, limits: ZipLimits): AsyncGenerator<UploadedDocument> {
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
      if (bytesRead > limits.maxTotalBytes) throw expandsTooFar(limits.maxTotalBytes);
      yield read.text === null ? { text: '', department: null, tooLong: true } : { text: read.text, department: null };
    }
    if (damaged) throw damaged;
  } finally {
    zip.close();
  }
}

function expandsTooFar(maxTotalBytes: number): BatchError {
  return new BatchError(BatchErrorCode.UploadTooLarge, `The zip expands to more than ${Math.floor(maxTotalBytes / 2 ** 20)} MB (BATCH_MAX_UPLOAD_MB)`);
}

async function checkedEntries(zip: ZipFile, limits: ZipLimits): Promise<{ entry: Entry; name: string }[]> {
  const accepted: { entry: Entry; name: string }[] = [];
  let totalBytes = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) => reject(new BatchError(BatchErrorCode.MalformedZip, `The zip file is damaged: ${error.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      try {
        const name = entryName(entry);
        checkPath(name);
        if (!name.endsWith('/') && !IGNORED.test(name)) {
          if (ARCHIVE_EXTENSIONS.test(name)) throw new BatchError(BatchErrorCode.NestedArchive, `"${name}" is an archive inside the zip; nested archives are not accepted`);
          if (!/\.txt$/i.test(name)) throw new BatchError(BatchErrorCode.UnsupportedZipEntry, `"${name}" is not a .txt file; the zip must hold only .txt documents`);
          if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw new BatchError(BatchErrorCode.UnsupportedZipEntry, `"${name}" is encrypted`);
          if (entry.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(entry.compressedSize, 1)) {
            throw new BatchError(
              BatchErrorCode.UploadTooLarge,
              `"${name}" expands ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} times (${Math.round(entry.uncompressedSize / 2 ** 20)} MB); entries that expand more than ${MAX_COMPRESSION_RATIO} times are not accepted`,
            );
          }
          totalBytes += entry.uncompressedSize;
          if (totalBytes > limits.maxTotalBytes) throw expandsTooFar(limits.maxTotalBytes);
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
  if (unsafe) throw new BatchError(BatchErrorCode.UnsafeZipPath, `The zip entry "${name.slice(0, 200)}" has a path outside the archive's folder (absolute, "..", or a backslash); nothing was imported`);
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
          return stop(new BatchError(BatchErrorCode.NotUtf8, `"${name}" in the zip is not valid UTF-8 (invalid bytes at or after byte ${bytes - chunk.length}); save it as UTF-8 and upload it again`));
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
          return stop(new BatchError(BatchErrorCode.NotUtf8, `"${name}" in the zip is not valid UTF-8 (it ends inside a character); save it as UTF-8 and upload it again`));
        }
        pieces.push(rest);
        stop({ text: chars + rest.length > maxChars ? null : pieces.join('') });
      });
    });
  });
}
