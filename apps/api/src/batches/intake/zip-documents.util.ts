import { openPromise, type Entry, type ZipFile } from 'yauzl';
import { BatchError, BatchErrorCode } from '../batch.errors';
import { decodeUtf8Buffer } from './decode-utf8.util';
import type { UploadedDocument } from './uploaded-document';

const ARCHIVE_EXTENSIONS = /\.(zip|jar|gz|tgz|tar|bz2|xz|7z|rar|zst)$/i;
/** Local-file header of a zip, gzip, bzip2, 7-Zip and RAR: an archive renamed to .txt is still an archive. */
const ARCHIVE_MAGIC = [Buffer.from('504b0304', 'hex'), Buffer.from('1f8b', 'hex'), Buffer.from('425a68', 'hex'), Buffer.from('377abcaf271c', 'hex'), Buffer.from('52617221', 'hex')];
/** Files operating systems add to archives; not documents, not a reason to refuse. */
const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;

export interface ZipLimits {
  readonly maxDocuments: number;
  /** Sum of the uncompressed sizes: a small zip may expand without bound. */
  readonly maxTotalBytes: number;
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
  try {
    const entries = await checkedEntries(zip, limits);
    for (const { entry, name } of entries) {
      const bytes = await readEntry(zip, entry, name);
      if (ARCHIVE_MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic))) {
        throw new BatchError(BatchErrorCode.NestedArchive, `"${name}" is an archive inside the zip; nested archives are not accepted`);
      }
      yield { text: decodeUtf8Buffer(bytes, `"${name}" in the zip`), department: null };
    }
  } finally {
    zip.close();
  }
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
          totalBytes += entry.uncompressedSize;
          if (totalBytes > limits.maxTotalBytes) {
            throw new BatchError(BatchErrorCode.UploadTooLarge, `The zip expands to more than ${Math.floor(limits.maxTotalBytes / 2 ** 20)} MB (BATCH_MAX_UPLOAD_MB)`);
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
  if (unsafe) throw new BatchError(BatchErrorCode.UnsafeZipPath, `The zip entry "${name.slice(0, 200)}" has a path outside the archive's folder (absolute, "..", or a backslash); nothing was imported`);
}

function readEntry(zip: ZipFile, entry: Entry, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(new BatchError(BatchErrorCode.MalformedZip, `"${name}" cannot be read: ${error.message}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (streamError: Error) => reject(new BatchError(BatchErrorCode.MalformedZip, `"${name}" cannot be read: ${streamError.message}`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
