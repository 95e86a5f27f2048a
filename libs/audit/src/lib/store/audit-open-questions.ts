import type { DataSource } from 'typeorm';
import { AUDIT_QUESTION_ACTIONS } from './audit-action';

export interface QuestionsWithoutOutcome {
  readonly count: number;
  /** When the oldest of them was received (ISO 8601), null when there is none. */
  readonly oldestReceivedAt: string | null;
}

/**
 * Questions whose `question.received` event is older than `receivedBefore` and that no outcome event (chat.message,
 * v1.completion) of the same request follows. Each is an answer whose end the database never heard of: an instance that
 * stopped mid-answer, or one that kept the outcome in its local spool while the database was out of reach and has not
 * sent it yet (it does when it starts again on its own data folder). The chain cannot show these: nothing was written.
 */
export async function countQuestionsWithoutOutcome(dataSource: DataSource, options: { receivedBefore: Date }): Promise<QuestionsWithoutOutcome> {
  const rows: { count: number; oldest: Date | null }[] = await dataSource.query(
    `SELECT count(*)::int AS count, min(received.occurred_at) AS oldest
       FROM audit_event received
      WHERE received.action = 'question.received'
        AND received.request_id IS NOT NULL
        AND received.occurred_at < $1
        AND NOT EXISTS (
          SELECT 1 FROM audit_event outcome
           WHERE outcome.request_id = received.request_id
             AND outcome.action = ANY($2::varchar[])
             AND outcome.occurred_at >= received.occurred_at
        )`,
    [options.receivedBefore, AUDIT_QUESTION_ACTIONS],
  );
  const row = rows[0];
  return { count: row?.count ?? 0, oldestReceivedAt: row?.oldest ? new Date(row.oldest).toISOString() : null };
}
