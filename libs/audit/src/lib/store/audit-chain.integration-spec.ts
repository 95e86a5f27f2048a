import { AuditTrail } from './audit-trail';
import { verifyChain } from './audit-chain-verifier';
import { AUDIT_GENESIS_HASH } from './audit-event.model';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

describe(AuditTrail.name, () => {
  let store: AuditTestStore;
  let sut: AuditTrail;

  beforeAll(async () => {
    store = await openAuditTestStore();
    sut = new AuditTrail({ dataSource: store.dataSource });
  }, 60_000);

  afterAll(async () => {
    await sut?.close();
    await store?.close();
  });

  it('links each committed event to the previous one and the chain verifies', async () => {
    const first = await sut.record({
      actor: testActor(),
      action: 'chat.message',
      outcome: 'success',
      requestId: 'req-1',
      clientAddress: '127.0.0.1',
      inputHmac: 'ab'.repeat(32),
      hmacKeyId: 'k-1',
      summary: {
        sectionsPresent: ['definition', 'mechanism'],
        conceptCodes: ['icd11:BA00'],
        tokensIn: 120,
        tokensOut: 340,
        latencyMs: 812.5,
      },
    });
    const second = await sut.record({
      actor: testActor(),
      action: 'auth.login',
      outcome: 'success',
    });

    expect(first.id).toBe(1);
    expect(first.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(second.id).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(computeAuditEventHash(first)).toBe(first.hash);
    const [stored] = await store.dataSource.query('SELECT hash, summary FROM audit_event WHERE id = 1');
    expect(stored.hash).toBe(first.hash);
    expect(stored.summary.latencyMs).toBe(812.5);

    const verification = await verifyChain(store.dataSource, { batchSize: 1 });
    expect(verification).toMatchObject({
      ok: true,
      checked: 2,
      firstBrokenId: null,
      lastId: 2,
      lastHash: second.hash,
    });
  });

  it('commits events that arrive during a transaction together in the next one (group commit)', async () => {
    const before = sut.getStats();
    const events = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        sut.record({
          actor: testActor({ userId: `u-${index % 7}` }),
          action: 'chat.message',
          outcome: 'success',
        }),
      ),
    );
    const after = sut.getStats();

    expect(after.eventsCommitted - before.eventsCommitted).toBe(200);
    expect(after.batchesCommitted - before.batchesCommitted).toBeLessThan(20);
    expect(after.largestBatch).toBeGreaterThan(10);
    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(200);
    const [{ count }] = await store.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    expect(count).toBe(202);
    expect((await verifyChain(store.dataSource)).ok).toBe(true);
  });

  it('keeps one chain when two writers (two API instances) append concurrently', async () => {
    const otherInstance = new AuditTrail({
      dataSource: store.dataSource,
      maxBatchSize: 7,
    });
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        (index % 2 ? sut : otherInstance).record({
          actor: testActor(),
          action: 'v1.completion',
          outcome: 'success',
        }),
      ),
    );
    await otherInstance.close();
    expect(await verifyChain(store.dataSource, { batchSize: 50 })).toMatchObject({ ok: true, checked: 262 });
  });

  it('rejects a summary carrying free text and stores nothing', async () => {
    const [{ count: before }] = await store.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    await expect(
      sut.record({
        actor: testActor(),
        action: 'chat.message',
        outcome: 'success',
        summary: { finishReason: '患者 男 65岁 胸痛' },
      }),
    ).rejects.toMatchObject({ code: 'AUDIT_SUMMARY_REJECTED' });
    await expect(
      sut.record({
        actor: testActor(),
        action: 'chat.message',
        outcome: 'success',
        summary: { question: 'chest pain' } as never,
      }),
    ).rejects.toMatchObject({ code: 'AUDIT_SUMMARY_REJECTED' });
    const [{ count: after }] = await store.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    expect(after).toBe(before);
  });

  it('counts ids a rolled-back write took from the sequence, and the chain still verifies across them', async () => {
    // An instance killed mid-commit leaves exactly this: a sequence value no event holds. An auditor must see why
    // the head id is higher than the events checked, without the gap reading as a deleted event.
    const before = await verifyChain(store.dataSource);
    await store.dataSource.query("SELECT nextval('audit_event_id_seq'), nextval('audit_event_id_seq')");
    const after = await sut.record({ actor: testActor(), action: 'auth.login', outcome: 'success' });
    const verification = await verifyChain(store.dataSource, { batchSize: 1 });
    expect(verification).toMatchObject({ ok: true, checked: before.checked + 1, lastId: after.id, unusedIds: before.unusedIds + 2 });
    expect(after.id).toBe(before.lastId + 3);
  });
});

describe('AuditTrail back-pressure', () => {
  let store: AuditTestStore;

  beforeAll(async () => {
    store = await openAuditTestStore();
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('rejects at once with AuditUnavailable when too many events are waiting, and commits the rest', async () => {
    const sut = new AuditTrail({
      dataSource: store.dataSource,
      maxQueueLength: 5,
      maxBatchSize: 2,
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        sut.record({
          actor: testActor(),
          action: 'chat.message',
          outcome: 'success',
        }),
      ),
    );
    await sut.close();
    const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    for (const outcome of rejected)
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({
        code: 'AUDIT_UNAVAILABLE',
      });
    const committed = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const [{ count }] = await store.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    expect(count).toBe(committed);
  });
});
