import net from 'node:net';
import { Client } from 'pg';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, signInAsAdmin, type SignedInSession } from '../support/sign-in';
import { askAndRead, egressRefusalsSince, openConversation } from './support/fault-kit';

/**
 * Small bounds so the test is quick; the same code path runs with the defaults in production.
 * A request that meets a database that does not answer must end within connect + statement + 1 s.
 */
const BOUNDS = { DATABASE_CONNECT_TIMEOUT_MS: '1500', DATABASE_STATEMENT_TIMEOUT_MS: '2000', DATABASE_LOCK_TIMEOUT_MS: '1000' };
/** Generous on purpose (a busy shared machine): the fault used to hold requests for the whole outage. */
const ANSWERED_WITHIN_MS = 20_000;

interface StallingRelay {
  readonly port: number;
  /** Accepts connections but forwards nothing either way: a database that never answers. */
  stall(): void;
  /** New connections are relayed again; connections opened or stalled during the fault stay silent for good. */
  clear(): void;
  close(): Promise<void>;
}

async function startStallingRelay(target: { host: string; port: number }): Promise<StallingRelay> {
  let stalled = false;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  const server = net.createServer((client) => {
    track(client);
    if (stalled) return; // accepted, never answered
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    let silenced = false;
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (stalled) silenced = true;
        if (!silenced) to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stall: () => (stalled = true),
    clear: () => (stalled = false),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Sends a request and reports how it ended, and how long it took; a hang shows as `status: 'no answer'`. */
async function timed(sut: RunningApi, path: string, token?: string): Promise<{ status: number | 'no answer'; ms: number; body: string }> {
  const started = Date.now();
  try {
    const response = await fetch(`${sut.baseUrl}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(ANSWERED_WITHIN_MS + 10_000),
    });
    return { status: response.status, ms: Date.now() - started, body: await response.text() };
  } catch {
    return { status: 'no answer', ms: Date.now() - started, body: '' };
  }
}

const serverUrl = process.env['TEST_DATABASE_URL'];

describe.skipIf(!serverUrl)('bounded database waits (PostgreSQL)', () => {
  let database: DatabaseTarget;
  let relay: StallingRelay;
  let sut: RunningApi;
  let admin: SignedInSession;

  beforeAll(async () => {
    database = await openTestDatabase();
    const url = new URL(database.url);
    relay = await startStallingRelay({ host: url.hostname, port: Number(url.port || 5432) });
    const viaRelay = new URL(database.url);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relay.port);
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, ...BOUNDS, DATABASE_URL: viaRelay.toString() } });
    admin = await signInAsAdmin(sut);
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    relay?.clear();
    await sut?.stop();
    await relay?.close();
    await database?.close();
  });

  it('answers 503 within the bound while the database accepts connections but never answers, and recovers when it does', async () => {
    expect((await timed(sut, '/api/auth/me', admin.accessToken)).status).toBe(200);
    relay.stall();

    // Pooled connections (the session lookup) and new ones (health opens its own when the pool is busy).
    const [me, users, health] = await Promise.all([
      timed(sut, '/api/auth/me', admin.accessToken),
      timed(sut, '/api/admin/users', admin.accessToken),
      timed(sut, '/api/health'),
    ]);
    for (const outcome of [me, users, health]) {
      expect({ status: outcome.status, inBound: outcome.ms < ANSWERED_WITHIN_MS }).toEqual({ status: 503, inBound: true });
    }
    expect(JSON.parse(me.body)).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(JSON.parse(health.body)).toMatchObject({
      status: 'error',
      error: { database: { status: 'down', message: expect.stringMatching(/within|timeout/i) } },
    });

    // A second wave during the same outage is answered too (no pool slot is held for good).
    const again = await timed(sut, '/api/auth/me', admin.accessToken);
    expect({ status: again.status, inBound: again.ms < ANSWERED_WITHIN_MS }).toEqual({ status: 503, inBound: true });

    relay.clear();
    // Recovers by itself: the stalled connections were discarded, new ones reach the server.
    await expect.poll(async () => (await timed(sut, '/api/auth/me', admin.accessToken)).status, { timeout: 30_000, interval: 250 }).toBe(200);
    expect((await timed(sut, '/api/health')).status).toBe(200);
  }, 120_000);

  it('answers 503 within the bound while another session holds a lock on audit_event, and serves again once it is released', async () => {
    const auditor = await loginAs(sut, 'auditor');
    const clinician = await loginAs(sut, 'clinician');
    const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE');

      const askedAt = Date.now();
      const [events, verify, question] = await Promise.all([
        timed(sut, '/api/audit/events', auditor.accessToken),
        timed(sut, '/api/audit/verify', auditor.accessToken),
        askAndRead({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId, content: '肌酐132μmol/L,房颤,利伐沙班如何调整?' }),
      ]);
      for (const outcome of [events, verify]) {
        expect({ status: outcome.status, inBound: outcome.ms < ANSWERED_WITHIN_MS }).toEqual({ status: 503, inBound: true });
      }
      expect(JSON.parse(events.body)).toMatchObject({ statusCode: 503, message: expect.stringMatching(/database/) });
      // The clinician's question ends within the bound too: its audit event cannot be written, so the answer
      // is withdrawn (an error event, or a 503 before streaming), never left hanging or reported done.
      expect(Date.now() - askedAt).toBeLessThan(ANSWERED_WITHIN_MS);
      expect(question.status === 503 || question.events.at(-1)?.event === 'error').toBe(true);
      // Health reads no audit table: the server is up, only the table is locked.
      expect((await timed(sut, '/api/health')).status).toBe(200);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    await expect.poll(async () => (await timed(sut, '/api/audit/events', auditor.accessToken)).status, { timeout: 30_000, interval: 250 }).toBe(200);
  }, 120_000);
});
