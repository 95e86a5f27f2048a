import { isValidResidentId18 } from '@medlocal/audit';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { residentIdWithCheckDigit } from './support/resident-id';
import { ACCOUNTS_TEST_ENV, api, createAccount, createAuditorBeforeStart, finishAuditor, signIn, signInAsAdmin } from './support/sign-in';
import { spawnApi, type SpawnedApi } from './support/spawn-api';
import { readSse } from './support/sse';
import type { RunningApi } from './support/start-api';
import { searchEveryColumn, searchEveryFile, type SqlRows } from './support/text-search';

const RESIDENT_ID = residentIdWithCheckDigit('44030419850712341');

/** Identifiers a clinician might paste into a question: none may be kept anywhere. */
const IDENTIFIERS = [
  '王建国',
  RESIDENT_ID,
  '13912345678',
  'ZY20260917',
  '北京市朝阳区建国路88号',
  'Johnathan Whitfield',
  'A8834721',
  '415-555-0134',
  '742 Evergreen Terrace',
] as const;

const QUESTIONS = [
  `患者王建国,男,67岁,身份证号${RESIDENT_ID},电话13912345678,住院号ZY20260917,住址北京市朝阳区建国路88号。肌酐132μmol/L,房颤,利伐沙班剂量怎么调整?`,
  'Patient Johnathan Whitfield, MRN A8834721, phone 415-555-0134, lives at 742 Evergreen Terrace. 72-year-old man, eGFR 28, on apixaban for atrial fibrillation: what dose now?',
] as const;

/** Whole questions and their clinical parts alone: a stored fragment is as much a leak as the whole. */
const NEEDLES = [...IDENTIFIERS, ...QUESTIONS, '利伐沙班剂量怎么调整', 'on apixaban for atrial fibrillation'];

type Choice = 'embedded' | 'test-server';

/**
 * The built API runs as its own process. Without a PostgreSQL server the embedded PGlite case is the
 * database case (a second PGlite served from the test process adds nothing but a slower socket).
 */
const CHOICES: Choice[] = process.env['TEST_DATABASE_URL'] ? ['embedded', 'test-server'] : ['embedded'];

describe.each<Choice>(CHOICES)('no raw question text anywhere after questions through the built API (%s database)', (choice) => {
  let dataDir: string;
  let database: DatabaseTarget | undefined;
  let spawned: SpawnedApi | undefined;
  let clinicianUsername: string;
  const answers: string[] = [];
  let output = '';
  const startedAt = new Date();

  beforeAll(async () => {
    expect(isValidResidentId18(RESIDENT_ID)).toBe(true);
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-audit-raw-'));
    const env: Record<string, string> = {
      ...ACCOUNTS_TEST_ENV,
      DATA_DIR: dataDir,
      MEDLOCAL_MODE: 'demo',
      // The most talkative level the API has: whatever any module logs, the search sees.
      LOG_LEVEL: 'debug',
      INFERENCE_PARALLEL: '2',
      INFERENCE_CONTEXT_SIZE: '2048',
      INFERENCE_MAX_ANSWER_TOKENS: '700',
      INFERENCE_THOUGHT_BUDGET_TOKENS: '64',
    };
    if (choice === 'test-server') {
      database = await openTestDatabase();
      env['DATABASE_URL'] = database.url;
    }
    // The auditor is the operator's (admin CLI, API stopped), after a first start has created the admin.
    expect(await (await spawnApi(env)).stop()).toBe(0);
    const createdAuditor = await createAuditorBeforeStart(env);
    spawned = await spawnApi(env);
    // The sign-in helpers only need the address of a running API.
    const sut = { baseUrl: spawned.baseUrl } as RunningApi;
    const admin = await signInAsAdmin(sut);
    const account = await createAccount(sut, { roles: ['clinician'], as: admin });
    clinicianUsername = account.username;
    const clinician = await signIn(sut, account.username, account.password);
    // Only auditors read the trail and preview de-identification (三员分立).
    const auditorAccount = await finishAuditor(sut, createdAuditor);
    const auditor = await signIn(sut, auditorAccount.username, auditorAccount.password);
    for (const question of QUESTIONS) {
      for (const strict of [true, false]) {
        const conversation = (await (await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken })).json()) as { id: string };
        const response = await fetch(`${spawned.baseUrl}/api/chat/conversations/${conversation.id}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${clinician.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: question, strict }),
        });
        const last = (await readSse(response)).at(-1);
        answers.push(last?.event === 'error' ? `error ${String(last.data['code'])}: ${String(last.data['message'])}` : (last?.event ?? 'none'));
      }
    }
    // The identifiers also go through the other routes that take free text.
    for (const text of QUESTIONS) {
      const preview = await api(sut, 'POST', '/api/audit/deid-preview', { token: auditor.accessToken, body: { text } });
      expect(preview.status).toBe(200);
    }
    const events = (await (await api(sut, 'GET', '/api/audit/events?action=chat.message', { token: auditor.accessToken })).json()) as {
      items: { inputHmac: string | null; summary: { deidFindingCounts?: Record<string, number> } }[];
    };
    // The questions really were audited, as HMACs with identifier counts.
    expect(events.items).toHaveLength(4);
    for (const item of events.items) {
      expect(item.inputHmac).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.values(item.summary.deidFindingCounts ?? {}).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(4);
    }
    const stopped = spawned;
    spawned = undefined;
    expect(await stopped.stop()).toBe(0);
    output = stopped.output();
  }, 600_000);

  afterAll(async () => {
    await spawned?.stop('SIGKILL');
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answered every question', () => {
    expect(answers).toEqual(['done', 'done', 'done', 'done']);
  });

  it('finds no identifier or question in any column of any table', async () => {
    const { rows, close } = await openSql(choice, dataDir, database);
    try {
      const search = await searchEveryColumn(rows, [...NEEDLES, clinicianUsername]);
      // The search can find things: the clinician's username is stored (accounts and audit rows).
      expect(search.hits.filter((hit) => hit.needle === clinicianUsername).map((hit) => hit.table)).toEqual(
        expect.arrayContaining([expect.stringMatching(/audit_event/)]),
      );
      expect(search.tablesSearched).toBeGreaterThan(8);
      expect(search.columnsSearched).toBeGreaterThan(50);
      expect(search.hits.filter((hit) => hit.needle !== clinicianUsername)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('writes no identifier or question to stdout or stderr', () => {
    expect(output).toContain('request completed');
    expect(output).toContain('"level":30');
    expect(NEEDLES.filter((needle) => output.includes(needle))).toEqual([]);
  });

  it('keeps no identifier or question in the anchor file or any file of the data folder', async () => {
    const anchors = await readFile(path.join(dataDir, 'audit-anchors.jsonl'), 'utf8');
    expect(anchors.trim().split('\n').length).toBeGreaterThan(0);
    const search = await searchEveryFile(dataDir, [...NEEDLES, clinicianUsername]);
    expect(search.filesSearched).toBeGreaterThan(choice === 'embedded' ? 100 : 3);
    if (choice === 'embedded') {
      // The database pages are among the files searched, and the search can see inside them.
      expect(search.hits.some((hit) => hit.needle === clinicianUsername && hit.file.startsWith('pglite'))).toBe(true);
    }
    expect(search.hits.filter((hit) => hit.needle !== clinicianUsername)).toEqual([]);
  });

  it.runIf(choice === 'test-server' && Boolean(process.env['TEST_DATABASE_URL']))(
    "keeps nothing in the PostgreSQL server's files for this database either (after a checkpoint)",
    async () => {
      const client = new Client({ connectionString: database?.url });
      await client.connect();
      let directory: string;
      let oid: string;
      try {
        await client.query('CHECKPOINT');
        ({ directory, oid } = (
          await client.query<{ directory: string; oid: string }>(
            `SELECT current_setting('data_directory') AS directory, (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS oid`,
          )
        ).rows[0]);
      } finally {
        await client.end();
      }
      const tables = path.join(directory, 'base', oid);
      if (!existsSync(tables)) return expect.soft(tables, 'PostgreSQL data directory not readable from the test').toBe('readable');
      // Table files (dead row versions included) and the write-ahead log written during this test,
      // which would still hold text that was written and then rolled back or deleted.
      for (const search of [
        await searchEveryFile(tables, [...NEEDLES, clinicianUsername]),
        await searchEveryFile(path.join(directory, 'pg_wal'), [...NEEDLES, clinicianUsername], { modifiedSince: startedAt }),
      ]) {
        expect(search.hits.some((hit) => hit.needle === clinicianUsername)).toBe(true);
        expect(search.hits.filter((hit) => hit.needle !== clinicianUsername)).toEqual([]);
      }
    },
  );
});

async function openSql(choice: Choice, dataDir: string, database: DatabaseTarget | undefined): Promise<{ rows: SqlRows; close: () => Promise<void> }> {
  if (choice === 'embedded') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
    return { rows: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows, close: () => db.close() };
  }
  const client = new Client({ connectionString: database?.url });
  await client.connect();
  return { rows: async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[], close: () => client.end() };
}
