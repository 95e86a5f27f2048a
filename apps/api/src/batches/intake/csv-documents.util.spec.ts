import { BatchErrorCode } from '../batch.errors';
import { readCsvDocuments, readCsvRecords } from './csv-documents.util';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

describe(readCsvRecords.name, () => {
  const csv = 'id,text\r\n1,"出院带药：\r\n阿司匹林 100mg qd"\r\n2,"He said ""stop"", then left"\n3,plain\n';

  it.each([1, 2, 7, 1000])('reads quoted fields spanning lines and doubled quotes, in chunks of %i', async (size) => {
    const records = (await collect(readCsvRecords(chunked(csv, size)))).map((item) => item.record);
    expect(records).toEqual([
      ['id', 'text'],
      ['1', '出院带药：\r\n阿司匹林 100mg qd'],
      ['2', 'He said "stop", then left'],
      ['3', 'plain'],
    ]);
  });

  it('refuses a quote that never closes', async () => {
    await expect(collect(readCsvRecords(chunked('text\n"open\n', 4)))).rejects.toMatchObject({ code: BatchErrorCode.MalformedRecord });
  });
});

describe(readCsvDocuments.name, () => {
  it('takes the named text and department columns', async () => {
    const documents = await collect(readCsvDocuments(chunked('dept,note\nCARD,"a, b"\n,c\n', 3), { textColumn: 'note', departmentColumn: 'dept' }));
    expect(documents).toEqual([
      { text: 'a, b', department: 'CARD' },
      { text: 'c', department: null },
    ]);
  });

  it('names the missing column and the columns there are', async () => {
    await expect(collect(readCsvDocuments(chunked('id,body\n1,x\n', 5), { textColumn: 'text', departmentColumn: null }))).rejects.toMatchObject({
      code: BatchErrorCode.ColumnMissing,
      message: 'The CSV has no column named "text" (its columns: "id", "body")',
    });
  });

  it('refuses a record with the wrong number of fields', async () => {
    await expect(collect(readCsvDocuments(chunked('id,text\n1,x,extra\n', 50), { textColumn: 'text', departmentColumn: null }))).rejects.toMatchObject({
      code: BatchErrorCode.MalformedRecord,
    });
  });

  it('reports a record past the cap as too long the moment it passes, and keeps reading the records after it', async () => {
    let pulled = 0;
    async function* endlessRecord(): AsyncGenerator<string> {
      yield 'dept,text\nCARD,"';
      for (let i = 0; i < 3_000; i += 1) {
        pulled += 1;
        yield 'x,"'.repeat(256);
      }
      yield '"\nNEURO,after\n';
    }
    const reader = readCsvDocuments(endlessRecord(), { textColumn: 'text', departmentColumn: 'dept', maxRecordChars: 1_000 });
    expect((await reader.next()).value).toEqual({ text: '', department: null, tooLong: true });
    expect(pulled).toBeLessThanOrEqual(2);
    expect(await collect({ [Symbol.asyncIterator]: () => reader })).toEqual([{ text: 'after', department: 'NEURO' }]);
  });
});

describe('CSV reading and the event loop', () => {
  it('reads 10 MB of carriage returns without holding up timers and I/O (the reader yields between chunks)', async () => {
    const returns = '\r'.repeat(64 * 1024);
    async function* upload(): AsyncGenerator<string> {
      yield 'text\n';
      for (let i = 0; i < 160; i += 1) yield returns;
    }
    let turns = 0;
    let ticking = setImmediate(function tick() {
      turns += 1;
      ticking = setImmediate(tick);
    });
    try {
      const documents = await collect(readCsvDocuments(upload(), { textColumn: 'text', departmentColumn: null, maxRecordChars: 464_000 }));
      expect(documents).toEqual([{ text: '', department: null, tooLong: true }]);
    } finally {
      clearImmediate(ticking);
    }
    expect(turns).toBeGreaterThan(100);
  });
});
