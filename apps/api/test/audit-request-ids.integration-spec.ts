import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { ACCOUNTS_TEST_ENV, api } from './support/sign-in';
import { startApi, type RunningApi } from './support/start-api';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ATTEMPTS_PER_INSTANCE = 15;

async function failSignIns(sut: RunningApi, prefix: string): Promise<void> {
  for (let index = 0; index < ATTEMPTS_PER_INSTANCE; index += 1) {
    const response = await api(sut, 'POST', '/api/auth/login', { body: { username: `${prefix}.${index}`, password: 'Not-The-Password-1!' } });
    expect(response.status).toBe(401);
  }
}

async function requestIds(sut: RunningApi): Promise<string[]> {
  const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
  const rows = (await dataSource.query(`SELECT request_id FROM audit_event WHERE request_id IS NOT NULL ORDER BY id`)) as { request_id: string }[];
  return rows.map((row) => row.request_id);
}

describe('audit request ids', () => {
  it('are UUIDv7, never a per-process counter', async () => {
    const sut = await startApi({ env: ACCOUNTS_TEST_ENV });
    try {
      await failSignIns(sut, 'nobody');
      const ids = await requestIds(sut);
      expect(ids.length).toBeGreaterThanOrEqual(ATTEMPTS_PER_INSTANCE);
      for (const id of ids) expect(id).toMatch(UUID_V7);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await sut.stop();
    }
  }, 120_000);

  // Two API instances on one database need a PostgreSQL server (the embedded one belongs to one process).
  it.skipIf(!process.env['TEST_DATABASE_URL'])(
    'are unique across two instances writing to one PostgreSQL database',
    async () => {
      const first = await startApi({ database: 'test-server', env: ACCOUNTS_TEST_ENV });
      let second: RunningApi | undefined;
      try {
        second = await startApi({ env: { ...ACCOUNTS_TEST_ENV, DATABASE_URL: first.config.database.url ?? '' } });
        await Promise.all([failSignIns(first, 'first'), failSignIns(second, 'second')]);
        const ids = await requestIds(first);
        expect(ids.length).toBeGreaterThanOrEqual(2 * ATTEMPTS_PER_INSTANCE);
        const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
        expect(duplicates).toEqual([]);
      } finally {
        await second?.stop();
        await first.stop();
      }
    },
    180_000,
  );
});
