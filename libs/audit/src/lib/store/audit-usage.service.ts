import type { DataSource } from 'typeorm';
import { AUDIT_QUESTION_ACTIONS, type AuditActionCode } from './audit-action';
import { dataSourceSql, type AuditSql } from './audit-event.sql';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

export interface AuditUsageQuery {
  readonly from: Date;
  readonly to: Date;
  /** Scopes the figures to one department (a department admin passes their own). */
  readonly department?: string | null;
  /** IANA zone that decides where a day starts; hospitals usually want 'Asia/Shanghai'. Default UTC. */
  readonly timeZone?: string;
}

export interface AuditUsageFigures {
  readonly questions: number;
  readonly failed: number;
  readonly latencyP50Ms: number | null;
  readonly latencyP95Ms: number | null;
  readonly tokensIn: number;
  readonly tokensOut: number;
}

/** Ratings of answers (`chat.feedback`): events per rating, and how often each reason code was given. */
export interface AuditFeedbackFigures {
  readonly useful: number;
  readonly notUseful: number;
  readonly reasons: Readonly<Record<string, number>>;
}

export interface AuditUsageReport {
  readonly totals: AuditUsageFigures;
  readonly feedback: AuditFeedbackFigures;
  readonly byDayAndDepartment: readonly (AuditUsageFigures & {
    day: string;
    department: string | null;
  })[];
  readonly byDayAndUser: readonly (AuditUsageFigures & {
    day: string;
    userId: string;
    department: string | null;
  })[];
}

interface FiguresRow {
  questions: number;
  failed: number;
  p50: number | null;
  p95: number | null;
  tokens_in: string | null;
  tokens_out: string | null;
}

const FIGURES = `count(*)::int AS questions,
  count(*) FILTER (WHERE outcome <> 'success')::int AS failed,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY (summary->>'latencyMs')::float8) AS p50,
  percentile_cont(0.95) WITHIN GROUP (ORDER BY (summary->>'latencyMs')::float8) AS p95,
  coalesce(sum((summary->>'tokensIn')::float8), 0)::float8 AS tokens_in,
  coalesce(sum((summary->>'tokensOut')::float8), 0)::float8 AS tokens_out`;

/** Question counts, latency percentiles and token sums from the audit trail (no other store holds them). */
export class AuditUsageService {
  constructor(private readonly dataSource: DataSource) {}

  async usage(query: AuditUsageQuery): Promise<AuditUsageReport> {
    if (!(query.from < query.to)) throw new AuditStoreError(AuditStoreErrorCode.QueryRejected, 'usage range: from must be before to');
    const timeZone = query.timeZone ?? 'UTC';
    if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) {
      throw new AuditStoreError(AuditStoreErrorCode.QueryRejected, 'usage timeZone must be an IANA zone name');
    }
    const params: unknown[] = [AUDIT_QUESTION_ACTIONS, query.from, query.to, timeZone];
    let where = `action = ANY($1::text[]) AND occurred_at >= $2 AND occurred_at < $3`;
    if (query.department) {
      params.push(query.department);
      where += ` AND actor_department = $5`;
    }
    const day = `to_char(occurred_at AT TIME ZONE $4, 'YYYY-MM-DD')`;
    const sql = dataSourceSql(this.dataSource);
    // $4 is referenced by every statement so the parameter list stays the same for all three.
    const [totals] = await sql<FiguresRow>(`SELECT ${FIGURES} FROM audit_event WHERE ${where} AND $4::text IS NOT NULL`, params);
    const byDepartment = await sql<FiguresRow & { day: string; department: string | null }>(
      `SELECT ${day} AS day, actor_department AS department, ${FIGURES}
         FROM audit_event WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const byUser = await sql<FiguresRow & { day: string; user_id: string; department: string | null }>(
      `SELECT ${day} AS day, actor_user_id AS user_id, max(actor_department) AS department, ${FIGURES}
         FROM audit_event WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const feedback = await this.feedback(sql, query);
    return {
      totals: toFigures(totals),
      feedback,
      byDayAndDepartment: byDepartment.map((row) => ({
        day: row.day,
        department: row.department,
        ...toFigures(row),
      })),
      byDayAndUser: byUser.map((row) => ({
        day: row.day,
        userId: row.user_id,
        department: row.department,
        ...toFigures(row),
      })),
    };
  }

  private async feedback(sql: AuditSql, query: AuditUsageQuery): Promise<AuditFeedbackFigures> {
    const params: unknown[] = [FEEDBACK_ACTION, query.from, query.to];
    let where = `action = $1 AND occurred_at >= $2 AND occurred_at < $3`;
    if (query.department) {
      params.push(query.department);
      where += ` AND actor_department = $4`;
    }
    const ratings = await sql<{ rating: string | null; n: number }>(
      `SELECT summary->>'rating' AS rating, count(*)::int AS n FROM audit_event WHERE ${where} GROUP BY 1`,
      params,
    );
    const reasons = await sql<{ reason: string; n: number }>(
      `SELECT reason, count(*)::int AS n
         FROM audit_event, jsonb_array_elements_text(coalesce(summary->'reasonCodes', '[]'::jsonb)) AS reason
        WHERE ${where} GROUP BY 1 ORDER BY 1`,
      params,
    );
    const count = (rating: string) => ratings.find((row) => row.rating === rating)?.n ?? 0;
    return { useful: count('useful'), notUseful: count('not-useful'), reasons: Object.fromEntries(reasons.map((row) => [row.reason, row.n])) };
  }
}

const FEEDBACK_ACTION: AuditActionCode = 'chat.feedback';

function toFigures(row: FiguresRow): AuditUsageFigures {
  return {
    questions: row.questions,
    failed: row.failed,
    latencyP50Ms: row.p50 === null ? null : Number(row.p50),
    latencyP95Ms: row.p95 === null ? null : Number(row.p95),
    tokensIn: Number(row.tokens_in ?? 0),
    tokensOut: Number(row.tokens_out ?? 0),
  };
}
