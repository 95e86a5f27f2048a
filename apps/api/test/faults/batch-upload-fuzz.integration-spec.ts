import type { DataSource } from 'typeorm';
import { buildZip } from '@medlocal/batch-samples';
import { DATA_SOURCE } from '../../src/database/database.tokens';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';

const BOUNDARY = 'medlocal-fuzz-boundary';
const CLOSING = Buffer.from(`--${BOUNDARY}--`);

interface Part {
  readonly name: Buffer | string;
  readonly value: Buffer | string;
  readonly filename?: Buffer | string;
}

/** A multipart body written byte by byte, so a test can put any byte in any field (FormData would clean them). */
function multipart(parts: readonly Part[]): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? [] : [Buffer.from('; filename="'), Buffer.from(part.filename), Buffer.from('"')];
    pieces.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="`),
      Buffer.from(part.name),
      Buffer.from('"'),
      ...filename,
      Buffer.from(part.filename === undefined ? '\r\n\r\n' : '\r\nContent-Type: application/octet-stream\r\n\r\n'),
      Buffer.from(part.value),
      Buffer.from('\r\n'),
    );
  }
  pieces.push(CLOSING, Buffer.from('\r\n'));
  return Buffer.concat(pieces);
}

async function post(sut: RunningApi, token: string, body: Buffer): Promise<number> {
  const response = await fetch(`${sut.baseUrl}/api/batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: Uint8Array.from(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function jobCounts(sut: RunningApi): Promise<{ jobs: number; receiving: number; documents: number }> {
  const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*)::int FROM research_batch_job) AS jobs,
            (SELECT count(*)::int FROM research_batch_job WHERE status = 'receiving') AS receiving,
            (SELECT count(*)::int FROM research_batch_document) AS documents`,
  )) as { jobs: number; receiving: number; documents: number }[];
  return row;
}

/**
 * Hostile multipart uploads: every prefix of a small valid upload (CSV, JSONL and zip), and NUL
 * or invalid UTF-8 in every field of the form. The process stays up (one truncated upload used to
 * kill it with "Unhandled 'error' event"), every answer is a 4xx unless the prefix is itself a
 * complete upload, and a refused upload leaves no job behind.
 */
describe('batch upload fuzz', () => {
  let sut: RunningApi;
  let researcher: SignedInSession;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, BATCH_CONCURRENCY: '0' } });
    researcher = await loginAs(sut, 'researcher');
  });

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await sut?.stop();
  });

  afterEach(() => {
    expect(crashes.splice(0).map(String)).toEqual([]);
  });

  const variants: [string, () => Part[]][] = [
    [
      'CSV',
      () => [
        { name: 'departmentColumn', value: 'dept' },
        { name: 'file', filename: 'notes.csv', value: 'dept,text\nCARD,"出院带药：阿司匹林 100mg qd"\n' },
      ],
    ],
    [
      'JSONL',
      () => [
        { name: 'textColumn', value: 'text' },
        {
          name: 'file',
          filename: 'notes.jsonl',
          value: `${JSON.stringify({ text: '出院带药：阿司匹林 100mg qd' })}\n${JSON.stringify({ text: 'Discharge medications: aspirin 100 mg daily' })}\n`,
        },
      ],
    ],
    [
      'zip',
      () => [
        { name: 'format', value: 'zip' },
        {
          name: 'file',
          filename: 'notes.zip',
          value: buildZip([
            { name: 'a.txt', content: '阿司匹林 100mg qd' },
            { name: 'b.txt', content: 'aspirin 100 mg' },
          ]),
        },
      ],
    ],
  ];

  it.each(variants)('answers every prefix of a %s upload with 4xx, or 201 once the closing boundary is in', { timeout: 300_000 }, async (_label, parts) => {
    const body = multipart(parts());
    const complete = body.indexOf(CLOSING) + CLOSING.length;
    const before = await jobCounts(sut);
    const unexpected: string[] = [];
    let accepted = 0;
    for (let length = 0; length <= body.length; length += 1) {
      const status = await post(sut, researcher.accessToken, body.subarray(0, length));
      if (status === 201) accepted += 1;
      const ok = status === 201 ? length >= complete : status >= 400 && status < 500;
      if (!ok) unexpected.push(`${length}/${body.length}: ${status}`);
    }
    expect(unexpected).toEqual([]);
    expect(accepted).toBeGreaterThanOrEqual(1);
    const health = await fetch(`${sut.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    // Nothing half written: exactly the accepted uploads became jobs, none is left receiving.
    const after = await jobCounts(sut);
    expect(after.receiving).toBe(0);
    expect(after.jobs - before.jobs).toBe(accepted);
  });

  const hostile: [string, Buffer][] = [
    ['NUL', Buffer.from('te\u0000xt')],
    ['invalid UTF-8', Buffer.from([0x74, 0xc3, 0x28, 0xff, 0xfe, 0x78])],
  ];
  const csv = 'text\n"阿司匹林 100mg qd"\n';
  const fieldCases: [string, (bad: Buffer) => Part[]][] = [
    [
      'textColumn',
      (bad) => [
        { name: 'textColumn', value: bad },
        { name: 'file', filename: 'a.csv', value: csv },
      ],
    ],
    [
      'departmentColumn',
      (bad) => [
        { name: 'departmentColumn', value: bad },
        { name: 'file', filename: 'a.csv', value: csv },
      ],
    ],
    [
      'format',
      (bad) => [
        { name: 'format', value: bad },
        { name: 'file', filename: 'a.csv', value: csv },
      ],
    ],
    [
      'modelPass',
      (bad) => [
        { name: 'modelPass', value: bad },
        { name: 'file', filename: 'a.csv', value: csv },
      ],
    ],
    [
      'a field name',
      (bad) => [
        { name: bad, value: 'x' },
        { name: 'file', filename: 'a.csv', value: csv },
      ],
    ],
    ['the file part name', (bad) => [{ name: bad, filename: 'a.csv', value: csv }]],
    ['the file name', (bad) => [{ name: 'file', filename: Buffer.concat([bad, Buffer.from('.csv')]), value: csv }]],
    ['the file content', (bad) => [{ name: 'file', filename: 'a.csv', value: Buffer.concat([Buffer.from('text\n"'), bad, Buffer.from('"\n')]) }]],
  ];
  // NUL is valid UTF-8 and may stand in a document's text; only invalid bytes refuse the file content.
  const cases = fieldCases
    .flatMap(([field, make]) => hostile.map(([kind, bad]) => [field, kind, make(bad)] as const))
    .filter(([field, kind]) => !(field === 'the file content' && kind === 'NUL'));

  it.each(cases)('refuses %s holding %s with a 4xx and stores nothing', async (_field, _kind, parts) => {
    const before = await jobCounts(sut);
    const status = await post(sut, researcher.accessToken, multipart(parts));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(await jobCounts(sut)).toEqual(before);
    expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
  });
});
