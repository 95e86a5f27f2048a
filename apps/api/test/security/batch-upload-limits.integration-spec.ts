import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { buildZip, uploadBatch } from '@medlocal/batch-samples';
import { DATA_SOURCE } from '../../src/database/database.tokens';
import type { BatchJobDetailView, BatchJobView } from '../../src/batches/batch-job.view';
import type { BatchResults } from '../../src/batches/results/batch-results';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, api, createDepartment, loginAs, type SignedInSession } from '../support/sign-in';

const MB = 2 ** 20;

/**
 * A zip of one `.txt` entry of `size` bytes of one repeated line, deflated as it is produced so
 * the test never holds the expanded entry: ~0.4 MB on the wire for 400 MB inside.
 */
async function zipBomb(size: number): Promise<Buffer> {
  const line = Buffer.from('出院带药：阿司匹林 100mg qd\n'.padEnd(64, ' '));
  const block = Buffer.alloc(MB);
  for (let at = 0; at < MB; at += line.length) line.copy(block, at);
  const deflate = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += MB) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  const data = Buffer.concat(compressed);
  const name = Buffer.from('summary.txt');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/**
 * A zip of `count` `.txt` entries, each `size` bytes of 'a', deflated once and written `count`
 * times (built in milliseconds, so the API sharing this process is not held up while it is made).
 */
function manySmallEntries(count: number, size: number): Buffer {
  const content = Buffer.alloc(size, 'a');
  const data = deflateRawSync(content, { level: 9 });
  const crc = crc32(content) >>> 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i += 1) {
    const name = Buffer.from(`summary-${i}.txt`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Highest resident memory seen while `work` runs (sampled; the API runs in this process). */
async function peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growthMb: (peak - baseline) / MB };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Runs an upload while /api/health is asked again and again, one request after another. Returns
 * every health status that came back while the upload was still running: a stalled event loop
 * (or an embedded database that gave up on its storage probe) shows as none, or as a 503.
 */
async function healthDuring<T>(sut: RunningApi, upload: () => Promise<T>): Promise<{ result: T; statuses: number[] }> {
  let uploading = true;
  const statuses: number[] = [];
  const poller = (async () => {
    while (uploading) {
      // A server that stalled past its keep-alive timeout resets the connection: counted as no answer (0).
      const status = await fetch(`${sut.baseUrl}/api/health`).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      if (uploading) statuses.push(status);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await upload(), statuses };
  } finally {
    uploading = false;
    await poller;
  }
}

async function waitForFinished(sut: RunningApi, token: string, id: string): Promise<BatchJobDetailView> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = (await (await api(sut, 'GET', `/api/batches/${id}`, { token })).json()) as BatchJobDetailView;
    if (job.status === 'completed' || job.status === 'cancelled') return job;
    if (Date.now() > deadline) throw new Error(`Batch ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uploads that would take the server's memory or event loop, and a department column holding patient data. */
describe('batch upload limits', () => {
  let sut: RunningApi;
  let researcher: SignedInSession;

  beforeAll(async () => {
    // The default upload limit (500 MB) and document cap (200,000 characters): the attacker's setting.
    // Counts of one document per department are the point here: small-cell suppression has its own test.
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, BATCH_MIN_CELL_SIZE: '1' } });
    researcher = await loginAs(sut, 'researcher');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('refuses a 0.4 MB zip expanding to one 400 MB entry without reading it into memory', { timeout: 300_000 }, async () => {
    const bomb = await zipBomb(400 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    const { result, growthMb } = await peakRssDuring(async () => {
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'bomb.zip', content: bomb });
      return { status: response.status, body: (await response.json()) as { code: string; message: string } };
    });
    expect(growthMb, `resident memory grew ${Math.round(growthMb)} MB`).toBeLessThan(100);
    expect(result.status).toBe(413);
    expect(result.body.code).toBe('BATCH_UPLOAD_TOO_LARGE');
    expect(result.body.message).toMatch(/summary\.txt/);
  });

  it('stops reading a zip entry as soon as it passes the per-document cap and lists it as too long', { timeout: 120_000 }, async () => {
    // Ordinary compression (about 2:1), so the ratio cap does not apply: the streaming cap does.
    const long = Array.from({ length: 40_000 }, (_, i) => `${(i * 2_654_435_761) % 1_000_003} `)
      .join('')
      .repeat(2);
    expect(long.length).toBeGreaterThan(200_000);
    const zip = buildZip([
      { name: 'ok.txt', content: '出院带药：阿司匹林 100mg qd' },
      { name: 'long.txt', content: long },
    ]);
    const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'long.zip', content: zip });
    expect(response.status).toBe(201);
    const job = await waitForFinished(sut, researcher.accessToken, ((await response.json()) as BatchJobView).id);
    expect(job.progress).toMatchObject({ total: 2, done: 1, failed: 1 });
    expect(job.errors).toEqual([{ index: 1, code: 'TOO_LONG' }]);
  });

  it('refuses one 20 MB JSONL line as too long while health keeps answering', { timeout: 300_000 }, async () => {
    const line = `${JSON.stringify({ text: '出院带药：阿司匹林 100mg qd。'.repeat((21 * MB) / 40) })}\n${JSON.stringify({ text: '阿司匹林 100mg qd' })}\n`;
    expect(Buffer.byteLength(line)).toBeGreaterThan(20 * MB);
    let uploading = true;
    let healthAnswers = 0;
    const upload = uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'long-line.jsonl', content: line }).finally(() => (uploading = false));
    const health = (async () => {
      while (uploading) {
        const response = await fetch(`${sut.baseUrl}/api/health`);
        await response.arrayBuffer();
        if (uploading && response.status === 200) healthAnswers += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const { growthMb, result } = await peakRssDuring(() => upload);
    await health;
    expect(healthAnswers, 'health answers while the upload is read').toBeGreaterThan(0);
    expect(growthMb, `resident memory grew ${Math.round(growthMb)} MB`).toBeLessThan(100);
    expect(result.status).toBe(201);
    const job = await waitForFinished(sut, researcher.accessToken, ((await result.json()) as BatchJobView).id);
    expect(job.errors).toEqual([{ index: 0, code: 'TOO_LONG' }]);
    expect(job.progress).toMatchObject({ total: 2, done: 1, failed: 1 });
  });

  it(
    'refuses a 0.7 MB zip of 2,400 entries just under 1 MB each (480 MB expanded) before reading them, while health keeps answering',
    { timeout: 300_000 },
    async () => {
      // Each entry stays under the per-entry ratio check (1 MB); the archive as a whole expands ~650 times.
      const bomb = manySmallEntries(2_400, 199_000);
      expect(bomb.length).toBeLessThan(MB);
      const { result, growthMb } = await peakRssDuring(() =>
        healthDuring(sut, async () => {
          const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'many.zip', content: bomb });
          return { status: response.status, body: (await response.json()) as { code: string; message: string } };
        }),
      );
      expect(
        result.statuses.filter((status) => status !== 200),
        'health answers while the zip is read',
      ).toEqual([]);
      expect(growthMb, `resident memory grew ${Math.round(growthMb)} MB`).toBeLessThan(100);
      expect(result.result.status).toBe(413);
      expect(result.result.body.code).toBe('BATCH_UPLOAD_TOO_LARGE');
      expect(result.result.body.message).toMatch(/expands \d+ times/);
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    },
  );

  it.each([
    ['30 MB of JSONL newlines', 'blank.jsonl', () => `${'\n'.repeat(30 * MB)}${JSON.stringify({ text: '出院带药：阿司匹林 100mg qd' })}\n`, 0],
    ['10 MB of CSV carriage returns', 'returns.csv', () => `text\n${'\r'.repeat(10 * MB)}\n"出院带药：阿司匹林 100mg qd"\n`, 1],
  ])('reads %s while health keeps answering', { timeout: 300_000 }, async (_label, name, content, failed) => {
    const { result, statuses } = await healthDuring(sut, () => uploadBatch(sut.baseUrl, researcher.accessToken, { name, content: content() }));
    expect(result.status).toBe(201);
    expect(statuses.length, 'health answers while the upload is read').toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const job = await waitForFinished(sut, researcher.accessToken, ((await result.json()) as BatchJobView).id);
    expect(job.progress).toMatchObject({ total: 1 + failed, done: 1, failed });
    expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
  });

  describe('department column', () => {
    const patientData = ['张三', '李四', '110101199003071234', '11010119900307123X', '13800138000', '138-0013-8000', 'MRN88442211', '1990-03-07', 'te\u0000st'];
    /** Latin-script names, handles, diagnoses and rooms: each has the shape of a code, none is a department. */
    const latinIdentifiers = ['ZhangWei', 'zhang_san', 'LiNa-1990', 'JohnSmith', 'Mary-Jones', 'wangfang0312', 'HIV_pos', 'room-3101', 'cardiology', 'card'];
    const dropped = [...patientData, ...latinIdentifiers];

    it(
      'keeps only codes of the department table: names, ID and phone numbers, Latin-script identifiers become unknown, are counted, and are stored nowhere',
      { timeout: 120_000 },
      async () => {
        await createDepartment(sut, 'CARD');
        await createDepartment(sut, 'ONC-12345');
        const rows = [
          ['CARD', '出院带药：阿司匹林 100mg qd'],
          ['ONC-12345', '出院带药：二甲双胍 500mg bid'],
          ...dropped.map((value) => [value, '出院带药：阿司匹林 100mg qd']),
        ];
        const csv = `dept,text\n${rows.map(([department, text]) => `"${department}","${text}"`).join('\n')}\n`;
        const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'departments.csv', content: csv }, { departmentColumn: 'dept' });
        expect(response.status).toBe(201);
        const created = (await response.json()) as BatchJobView & { departmentsDropped: number };
        expect(created.departmentsDropped).toBe(dropped.length);
        const job = await waitForFinished(sut, researcher.accessToken, created.id);
        expect(job.progress).toMatchObject({ total: rows.length, done: rows.length, failed: 0 });

        const { results } = (await (await api(sut, 'GET', `/api/batches/${created.id}/results`, { token: researcher.accessToken })).json()) as {
          results: BatchResults;
        };
        expect(results.departments.map((row) => [row.department, row.documents]).sort()).toEqual(
          [
            ['CARD', 1],
            ['ONC-12345', 1],
            [null, dropped.length],
          ].sort(),
        );

        const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
        const stored = (await dataSource.query(
          `SELECT (SELECT row_to_json(j)::text FROM research_batch_job j WHERE id = $1) AS job,
                (SELECT string_agg(row_to_json(d)::text, '\n') FROM research_batch_document d WHERE job_id = $1) AS documents`,
          [created.id],
        )) as { job: string; documents: string }[];
        const exported = await (await api(sut, 'GET', `/api/batches/${created.id}/export?format=csv`, { token: researcher.accessToken })).text();
        for (const value of dropped.filter((item) => !item.includes('\u0000'))) {
          expect(stored[0].job).not.toContain(`"${value}"`);
          expect(stored[0].documents).not.toContain(`"${value}"`);
          expect(exported).not.toContain(`,${value},`);
          expect(JSON.stringify(results)).not.toContain(`"${value}"`);
        }
      },
    );
  });
});
