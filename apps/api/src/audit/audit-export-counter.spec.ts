import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditExportCounter } from './audit-export-counter';

async function drain(sut: AuditExportCounter, chunks: (string | Buffer)[]): Promise<string> {
  let out = '';
  await pipeline(
    Readable.from(chunks, { objectMode: false }),
    sut,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out += chunk.toString('utf8');
        callback();
      },
    }),
  );
  return out;
}

describe(AuditExportCounter.name, () => {
  it('counts JSONL events by line and passes the bytes through unchanged', async () => {
    const counted: number[] = [];
    const sut = new AuditExportCounter('jsonl', async (count) => void counted.push(count));
    const out = await drain(sut, ['{"id":1,"note":"a\\nb"}\n{"id":', '2}\n', '{"id":3}\n']);
    expect(out).toBe('{"id":1,"note":"a\\nb"}\n{"id":2}\n{"id":3}\n');
    expect(counted).toEqual([3]);
  });

  it('leaves out the CSV header line and the FHIR Bundle framing', async () => {
    const csv: number[] = [];
    await drain(new AuditExportCounter('csv', async (count) => void csv.push(count)), ['id,action\r\n', '1,chat.message\r\n2,"auth.login"\r\n']);
    expect(csv).toEqual([2]);
    const fhir: number[] = [];
    await drain(new AuditExportCounter('fhir', async (count) => void fhir.push(count)), [
      '{"resourceType":"Bundle","entry":[',
      '\n{"resource":{}}',
      ',\n{"resource":{}}',
      '\n]}\n',
    ]);
    expect(fhir).toEqual([2]);
    const empty: number[] = [];
    await drain(new AuditExportCounter('fhir', async (count) => void empty.push(count)), ['{"resourceType":"Bundle","entry":[', '\n]}\n']);
    expect(empty).toEqual([0]);
  });

  it('counts line breaks split across multi-byte characters in Buffer chunks', async () => {
    const bytes = Buffer.from('{"d":"心内科"}\n{"d":"肾内科"}\n', 'utf8');
    const counted: number[] = [];
    await drain(new AuditExportCounter('jsonl', async (count) => void counted.push(count)), [bytes.subarray(0, 8), bytes.subarray(8)]);
    expect(counted).toEqual([2]);
  });

  it('ends in an error, not a complete file, when the closing audit event cannot be written', async () => {
    const sut = new AuditExportCounter('jsonl', async () => {
      throw new Error('audit unavailable');
    });
    await expect(drain(sut, ['{"id":1}\n'])).rejects.toThrow('audit unavailable');
  });
});
