import { AuditTrail } from './audit-trail';
import { countQuestionsWithoutOutcome } from './audit-open-questions';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

/**
 * A question's received event is committed before the model sees it and its outcome when the answer ends. An instance
 * that cannot reach the database keeps outcomes in its local spool; killed then, its answers stay without an outcome in
 * the database until it starts again on its own folder. Verify must say so, not report a complete trail.
 */
describe('questions without a recorded outcome', () => {
  let store: AuditTestStore;
  let trail: AuditTrail;
  let clock = Date.parse('2026-12-01T08:00:00Z');

  beforeAll(async () => {
    store = await openAuditTestStore();
    trail = new AuditTrail({ dataSource: store.dataSource, clock: () => new Date(clock) });
    const received = (requestId: string) =>
      trail.record({ actor: testActor(), action: 'question.received', outcome: 'success', requestId, summary: { conversationId: 'c-1' } });
    const ended = (requestId: string, action: 'chat.message' | 'v1.completion') =>
      trail.record({ actor: testActor(), action, outcome: 'success', requestId, summary: { tokensOut: 12 } });
    await received('answered-chat');
    await ended('answered-chat', 'chat.message');
    await received('answered-v1');
    await ended('answered-v1', 'v1.completion');
    await received('outcome-in-a-lost-spool');
    clock += 60_000;
    await received('outcome-lost-too');
    clock += 3_600_000;
    await received('still-answering');
  }, 60_000);

  afterAll(async () => {
    await trail?.close();
    await store?.close();
  });

  it('counts received questions older than the grace period that have no outcome, with the oldest', async () => {
    const result = await countQuestionsWithoutOutcome(store.dataSource, { receivedBefore: new Date(Date.parse('2026-12-01T08:30:00Z')) });
    expect(result).toEqual({ count: 2, oldestReceivedAt: '2026-12-01T08:00:00.000Z' });
  });

  it('reports none when every question old enough has its outcome', async () => {
    const result = await countQuestionsWithoutOutcome(store.dataSource, { receivedBefore: new Date(Date.parse('2026-12-01T07:00:00Z')) });
    expect(result).toEqual({ count: 0, oldestReceivedAt: null });
  });
});
