import { BatchErrorCode } from '../batch.errors';
import { readJsonlDocuments } from './jsonl-documents.util';
import type { UploadedDocument } from './uploaded-document';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe(readJsonlDocuments.name, () => {
  const options = { textField: 'text', departmentField: 'dept', maxLineChars: 1_000 };

  it.each([1, 3, 64, 10_000])('reads one document a line, blank lines and CRLF included, in chunks of %i', async (size) => {
    const jsonl = `{"text":"a\\nb","dept":"CARD"}\r\n\n  \n{"text":"c"}\n{"text":"d","dept":7}`;
    expect(await collect(readJsonlDocuments(chunked(jsonl, size), options))).toEqual([
      { text: 'a\nb', department: 'CARD' },
      { text: 'c', department: null },
      { text: 'd', department: '7' },
    ]);
  });

  it('names the line that is not JSON, counting skipped and too-long lines', async () => {
    const jsonl = `{"text":"a"}\n\n{"text":"${'x'.repeat(2_000)}"}\n{"text": broken\n`;
    await expect(collect(readJsonlDocuments(chunked(jsonl, 100), options))).rejects.toMatchObject({
      code: BatchErrorCode.MalformedRecord,
      message: expect.stringContaining('Line 4 '),
    });
  });

  it('reports a line past the cap as too long the moment it passes, without reading the rest of it', async () => {
    // 30 MB of one line in 1 kB chunks: the reader must decide after about maxLineChars, not at the line's end.
    let pulled = 0;
    async function* endlessLine(): AsyncGenerator<string> {
      yield '{"text":"';
      for (let i = 0; i < 30_000; i += 1) {
        pulled += 1;
        yield 'x'.repeat(1_024);
      }
      yield '"}\n{"text":"after"}\n';
    }
    const reader = readJsonlDocuments(endlessLine(), options);
    const first = await reader.next();
    expect(first.value).toEqual({ text: '', department: null, tooLong: true } satisfies UploadedDocument);
    expect(pulled).toBeLessThanOrEqual(2);
    const rest = await collect({ [Symbol.asyncIterator]: () => reader });
    expect(rest).toEqual([{ text: 'after', department: null }]);
  });

  it('reads 30 MB of blank lines without holding up timers and I/O (the reader yields between chunks)', async () => {
    const blank = '\n'.repeat(64 * 1024);
    async function* upload(): AsyncGenerator<string> {
      // Chunks ready at once, as a fast client's bytes are.
      for (let i = 0; i < 480; i += 1) yield blank;
      yield '{"text":"阿司匹林"}\n';
    }
    let turns = 0;
    const ticker = setImmediate(function tick() {
      turns += 1;
      ticking = setImmediate(tick);
    });
    let ticking = ticker;
    try {
      expect(await collect(readJsonlDocuments(upload(), options))).toEqual([{ text: '阿司匹林', department: null }]);
    } finally {
      clearImmediate(ticking);
    }
    expect(turns).toBeGreaterThan(100);
  });
});
