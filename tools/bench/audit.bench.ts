/**
 * MedLocal audit trail on PostgreSQL: sustained hash-chained ingest through the group-commit writer,
 * full-chain verification at 1,000,000 events, and one filtered page at that size.
 * Run: node tools/run-ts.mjs tools/bench/audit.bench.ts   (AUDIT_BENCH_EVENTS=… to change the size)
 * Uses a fresh database beside TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * dropped afterwards. Writes bench-results/audit.json as [{metric, value, unit, goal}].
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@medlocal/database';
import { openTestDatabase } from '@medlocal/database/testing';
import { AuditQueryService, AuditTrail, auditEntities, auditMigrations, computeAuditEventHash, ensureAuditPartitions, verifyChain } from '@medlocal/audit';
import type { AuditActionCode, RecordedAuditEvent } from '@medlocal/audit';

const TOTAL_EVENTS = Number(process.env['AUDIT_BENCH_EVENTS'] ?? 1_000_000);
const INGEST_EVENTS = 20_000;
const INGEST_CONCURRENCY = 64;
const BULK_ROWS_PER_STATEMENT = 10_000;
const DEPARTMENTS = Array.from({ length: 20 }, (_, index) => `dept-${String(index).padStart(2, '0')}`);

interface Result {
  metric: string;
  value: number;
  unit: string;
  goal: string;
}

function syntheticEvent(index: number) {
  const question = index % 10 < 8;
  return {
    actor: {
      userId: `u-${(index * 7919) % 500}`,
      username: `user${(index * 7919) % 500}`,
      role: question ? 'clinician' : 'admin',
      department: DEPARTMENTS[index % DEPARTMENTS.length],
    },
    action: (question ? 'chat.message' : index % 10 === 8 ? 'auth.login' : 'user.update') as AuditActionCode,
    outcome: (index % 50 === 0 ? 'error' : 'success') as 'success' | 'error',
    requestId: `req-${index.toString(36)}`,
    clientAddress: '10.20.30.40',
    inputHmac: question ? (index * 2654435761).toString(16).padStart(16, '0').repeat(4).slice(0, 64) : null,
    hmacKeyId: question ? 'k-20261128-a1b2c3' : null,
    summary: question
      ? {
          sectionsPresent: ['definition', 'mechanism', 'differential', 'recommendation'],
          conceptCodes: ['icd11:BA41'],
          tokensIn: 300 + (index % 400),
          tokensOut: 700 + (index % 900),
          latencyMs: 1500 + (index % 5000),
          templateVersion: 3,
          finishReason: 'stop',
        }
      : { targetUserId: `u-${index % 500}`, changedFields: ['role'] },
  };
}

export async function measureIngest(dataSource: DataSource): Promise<number> {
  const trail = new AuditTrail({ dataSource });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: INGEST_CONCURRENCY }, async () => {
      while (next < INGEST_EVENTS) await trail.record(syntheticEvent(next++));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const stats = trail.getStats();
  await trail.close();
  console.log(`ingest: ${INGEST_EVENTS} events in ${seconds.toFixed(2)} s, ${stats.batchesCommitted} transactions, largest ${stats.largestBatch}`);
  return INGEST_EVENTS / seconds;
}

/** Extends the chain to TOTAL_EVENTS quickly: hashes computed in Node, rows sent 10k at a time through unnest(). */
export async function bulkLoad(dataSource: DataSource, totalEvents = TOTAL_EVENTS): Promise<void> {
  const [head] = await dataSource.query('SELECT id::float8 AS id, hash, occurred_at FROM audit_event ORDER BY audit_event.id DESC LIMIT 1');
  let previous = { id: Number(head.id), hash: head.hash as string };
  // Spread the bulk events over the 60 days after the ingest so several monthly partitions hold data.
  const startMs = new Date(head.occurred_at).getTime() + 1;
  const stepMs = Math.max(1, Math.floor((60 * 86_400_000) / totalEvents));
  await ensureAuditPartitions(dataSource, {
    at: new Date(startMs),
    monthsAhead: 3,
  });
  const started = performance.now();
  while (previous.id < totalEvents) {
    const columns: unknown[][] = Array.from({ length: 15 }, () => []);
    for (let row = 0; row < BULK_ROWS_PER_STATEMENT && previous.id < totalEvents; row += 1) {
      const id = previous.id + 1;
      const input = syntheticEvent(id);
      const event: Omit<RecordedAuditEvent, 'hash'> = {
        ...input,
        id,
        occurredAt: new Date(startMs + id * stepMs),
        prevHash: previous.hash,
      };
      const hash = computeAuditEventHash(event);
      const values = [
        id,
        event.occurredAt.toISOString(),
        input.actor.userId,
        input.actor.username,
        input.actor.role,
        input.actor.department,
        input.action,
        input.outcome,
        input.requestId,
        input.clientAddress,
        input.inputHmac,
        input.hmacKeyId,
        JSON.stringify(input.summary),
        event.prevHash,
        hash,
      ];
      values.forEach((value, column) => columns[column].push(value));
      previous = { id, hash };
    }
    await dataSource.query(
      `INSERT INTO audit_event (id, occurred_at, actor_user_id, actor_username, actor_role, actor_department, action, outcome,
         request_id, client_address, input_hmac, hmac_key_id, summary, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
         $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::jsonb[],
         $14::char(64)[], $15::char(64)[])`,
      columns,
    );
    if (previous.id % 100_000 === 0) {
      console.log(`bulk load: ${previous.id} events (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  await dataSource.query('ANALYZE audit_event');
}

async function measureFilteredPage(dataSource: DataSource): Promise<number> {
  const sut = new AuditQueryService(dataSource);
  const [{ newest }] = await dataSource.query('SELECT max(occurred_at) AS newest FROM audit_event');
  const to = new Date(newest);
  const from = new Date(to.getTime() - 30 * 86_400_000);
  const queries = [
    { department: 'dept-07', pageSize: 50 },
    { userId: 'u-123', from, to, pageSize: 50 },
    { action: 'user.update', outcome: 'success' as const, pageSize: 50 },
    { department: 'dept-03', action: 'chat.message', from, to, pageSize: 50 },
  ];
  const timings: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    for (const query of queries) {
      const first = await sut.list(query);
      const started = performance.now();
      const page = await sut.list({ ...query, cursor: first.nextCursor });
      const elapsed = performance.now() - started;
      if (round > 0) timings.push(elapsed); // round 0 warms caches
      if (page.items.length === 0) throw new Error(`bench query returned nothing: ${JSON.stringify(query)}`);
    }
  }
  timings.sort((a, b) => a - b);
  console.log(`filtered page: median ${timings[Math.floor(timings.length / 2)].toFixed(1)} ms, worst ${timings[timings.length - 1].toFixed(1)} ms`);
  return timings[Math.floor(timings.length * 0.95)];
}

async function main(): Promise<void> {
  process.env['TEST_DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/test';
  const target = await openTestDatabase();
  const dataSource = createDataSource({
    url: target.url,
    kind: target.kind,
    entities: auditEntities,
    migrations: auditMigrations,
  });
  const results: Result[] = [];
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();

    const eventsPerSecond = await measureIngest(dataSource);
    results.push({
      metric: 'audit ingest (hash chain, group commit, 64 concurrent callers)',
      value: Math.round(eventsPerSecond),
      unit: 'events/s',
      goal: '>= 2000',
    });

    await bulkLoad(dataSource);
    const started = performance.now();
    const verification = await verifyChain(dataSource, { batchSize: 10_000 });
    const verifySeconds = (performance.now() - started) / 1000;
    if (!verification.ok || verification.checked !== TOTAL_EVENTS) {
      throw new Error(`chain did not verify: ${JSON.stringify(verification)}`);
    }
    results.push({
      metric: `audit verifyChain (${TOTAL_EVENTS} events)`,
      value: Number(verifySeconds.toFixed(2)),
      unit: 's',
      goal: '< 20',
    });

    const pageMs = await measureFilteredPage(dataSource);
    results.push({
      metric: `audit filtered page p95 (${TOTAL_EVENTS} events, 50 rows)`,
      value: Number(pageMs.toFixed(1)),
      unit: 'ms',
      goal: '< 50',
    });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await target.close();
  }

  console.table(results);
  const outputDirectory = join(process.cwd(), 'bench-results');
  mkdirSync(outputDirectory, { recursive: true });
  writeFileSync(join(outputDirectory, 'audit.json'), `${JSON.stringify(results, null, 2)}\n`);
}

if (process.argv[1]?.endsWith('audit.bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
