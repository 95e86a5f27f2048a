import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildZip } from '@medlocal/batch-samples';
import { BatchErrorCode } from '../batch.errors';
import { readZipDocuments } from './zip-documents.util';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/**
 * The descriptors this process holds open on `file`. Counting every descriptor instead would also count the
 * test runner's own, which open and close at any moment on a busy machine.
 */
const descriptorsOpenOn = (file: string): number =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // closed between the listing and the read
    }
  }).length;

describe(readZipDocuments.name, () => {
  let folder: string;
  const limits = { maxDocuments: 10, maxTotalBytes: 50 * 2 ** 20, maxDocumentChars: 1_000 };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zip-documents-spec-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function zipFile(entries: { name: string; content: string | Buffer }[]): Promise<string> {
    const file = path.join(folder, 'upload.zip');
    await writeFile(file, buildZip(entries));
    return file;
  }

  it('stops reading an entry once it passes the cap, lists it as too long, and closes the archive', async () => {
    // Between 1 and 3 times the cap in bytes, so it is read, and stopped part-way.
    const file = await zipFile([
      { name: 'a.txt', content: '阿司匹林' },
      { name: 'long.txt', content: 'x'.repeat(2_500) },
      { name: 'c.txt', content: 'after' },
    ]);
    expect(await collect(readZipDocuments(file, limits))).toEqual([
      { text: '阿司匹林', department: null },
      { text: '', department: null, tooLong: true },
      { text: 'after', department: null },
    ]);
    expect(descriptorsOpenOn(file)).toBe(0);
  });

  it('has closed the archive when a reader stops after the first document', async () => {
    const file = await zipFile([
      { name: 'a.txt', content: '阿司匹林' },
      { name: 'b.txt', content: 'second' },
    ]);
    for await (const document of readZipDocuments(file, limits)) {
      expect(document.text).toBe('阿司匹林');
      break;
    }
    expect(descriptorsOpenOn(file)).toBe(0);
  });

  it('does not read an entry whose declared size is past the cap for any text', async () => {
    const file = await zipFile([{ name: 'big.txt', content: Buffer.alloc(10_000, 0xff) }]);
    // Invalid UTF-8 throughout: had it been read, it would be refused as not UTF-8.
    expect(await collect(readZipDocuments(file, limits))).toEqual([{ text: '', department: null, tooLong: true }]);
  });

  it('refuses an entry that expands more than a hundred times (a zip bomb) before reading anything', async () => {
    const file = await zipFile([{ name: 'bomb.txt', content: Buffer.alloc(4 * 2 ** 20, 0x20) }]);
    await expect(collect(readZipDocuments(file, limits))).rejects.toMatchObject({
      code: BatchErrorCode.UploadTooLarge,
      message: expect.stringMatching(/"bomb\.txt" expands \d+ times/),
    });
  });

  it('refuses many small entries that together expand more than a hundred times (a zip bomb of entries under 1 MB) before reading any', async () => {
    // Each entry is below the per-entry ratio check; together: 60 × 199,000 bytes from a few kB.
    const entry = Buffer.alloc(199_000, 'a');
    const file = await zipFile(Array.from({ length: 60 }, (_, i) => ({ name: `doc-${i}.txt`, content: entry })));
    await expect(collect(readZipDocuments(file, { ...limits, maxDocuments: 100, maxDocumentChars: 200_000 }))).rejects.toMatchObject({
      code: BatchErrorCode.UploadTooLarge,
      message: expect.stringMatching(/expands \d+ times .*more than 100 times/),
    });
  });

  it('keeps ordinary text whose whole archive compresses well under a hundred times', async () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `${(i * 2_654_435_761) % 1_000_003}`).join(' ');
    const file = await zipFile(Array.from({ length: 5 }, (_, i) => ({ name: `doc-${i}.txt`, content: text })));
    expect(await collect(readZipDocuments(file, { ...limits, maxDocumentChars: 100_000 }))).toHaveLength(5);
  });

  it('refuses a zip whose entries together expand past the expanded-bytes cap, naming it', async () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `${(i * 2_654_435_761) % 1_000_003}`).join(' ');
    const file = await zipFile(Array.from({ length: 5 }, (_, i) => ({ name: `doc-${i}.txt`, content: text })));
    await expect(collect(readZipDocuments(file, { ...limits, maxDocumentChars: 100_000, maxTotalBytes: 3 * text.length }))).rejects.toMatchObject({
      code: BatchErrorCode.UploadTooLarge,
      message: expect.stringMatching(/BATCH_MAX_UPLOAD_MB/),
    });
  });

  it('refuses an entry that is not UTF-8 and an archive renamed to .txt', async () => {
    const notUtf8 = await zipFile([{ name: 'gbk.txt', content: Buffer.from([0xb8, 0xdf, 0xd1, 0xaa]) }]);
    await expect(collect(readZipDocuments(notUtf8, limits))).rejects.toMatchObject({ code: BatchErrorCode.NotUtf8 });
    const nested = await zipFile([{ name: 'inner.txt', content: buildZip([{ name: 'x.txt', content: 'x' }]) }]);
    await expect(collect(readZipDocuments(nested, limits))).rejects.toMatchObject({ code: BatchErrorCode.NestedArchive });
  });
});
