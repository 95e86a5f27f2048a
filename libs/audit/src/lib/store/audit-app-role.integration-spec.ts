import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { openAuditTestStore } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

/** The role SQL exactly as the README gives it, with the placeholder role name and password substituted. */
function readmeRoleSql(role: string, password: string): string {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  const block = /```sql application-role\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README lacks the application-role SQL block');
  return block[1].replace(/medlocal_app/g, role).replace(/change-me/g, password);
}

// Roles are server-wide objects: only meaningful (and only created) on a real PostgreSQL server.
describe.skipIf(!process.env['TEST_DATABASE_URL'])('audit application role (README SQL)', () => {
  let store: AuditTestStore;
  let app: Client;
  const role = `medlocal_app_test_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');

  beforeAll(async () => {
    store = await openAuditTestStore();
    await store.superuserSql(readmeRoleSql(role, password));
    const url = new URL(store.target.url);
    url.username = role;
    url.password = password;
    app = new Client({ connectionString: url.toString() });
    await app.connect();
  }, 60_000);

  afterAll(async () => {
    await app?.end();
    await store?.close();
    const admin = new Client({
      connectionString: process.env['TEST_DATABASE_URL'],
    });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('may insert events, draw ids and open a new monthly partition, but never update, delete, truncate or write a checkpoint', async () => {
    await app.query(`SELECT audit_ensure_partition(now() + interval '6 months')`);
    await app.query(
      `INSERT INTO audit_event (id, occurred_at, actor_user_id, action, outcome, prev_hash, hash)
       VALUES (1, now(), 'u-1', 'auth.login', 'success', repeat('0', 64), repeat('a', 64))`,
    );
    expect((await app.query('SELECT count(*)::int AS count FROM audit_event')).rows[0].count).toBe(1);
    await expect(app.query(`UPDATE audit_event SET outcome = 'failure'`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM audit_checkpoint`)).rejects.toThrow(/permission denied/);
    // Ids come from the sequence (never reused); checkpoints are the owner's (retention purge) alone,
    // so the application cannot forge one that makes the verifier skip history.
    expect((await app.query(`SELECT nextval('audit_event_id_seq')::int AS id`)).rows[0].id).toBeGreaterThan(0);
    await expect(
      app.query(
        `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped)
           VALUES (0, repeat('0', 64), now(), '{}')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT setval('audit_event_id_seq', 1)`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`)).rejects.toThrow(/must be owner/);
  });
});
