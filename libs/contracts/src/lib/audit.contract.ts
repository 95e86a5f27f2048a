import type { AuditUserFilterDto, DepartmentNameDto } from './audit-people.contract';

export type AuditOutcomeDto = 'success' | 'failure' | 'cancelled' | 'error';

export const AUDIT_OUTCOME_VALUES: readonly AuditOutcomeDto[] = ['success', 'failure', 'cancelled', 'error'];

export interface AuditEventView {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: {
    readonly userId: string;
    readonly username: string | null;
    readonly role: string | null;
    readonly department: string | null;
  };
  readonly action: string;
  readonly outcome: AuditOutcomeDto;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly inputHmac: string | null;
  readonly hmacKeyId?: string | null;
  /** Codes, counts, hashes and timings only: never patient text. */
  readonly summary: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** Query filters shared by the event list and the export. */
export interface AuditEventFilter {
  /** Inclusive start, ISO 8601. */
  readonly from?: string;
  /** Exclusive end, ISO 8601. */
  readonly to?: string;
  /** A username, display name or user id, resolved by the API to every account it names (disabled ones too). */
  readonly user?: string;
  /** Department code. */
  readonly department?: string;
  /** Action code, e.g. `chat.message`. */
  readonly action?: string;
  /** The event's outcome. */
  readonly status?: AuditOutcomeDto;
}

export interface AuditEventPageDto {
  readonly items: readonly AuditEventView[];
  readonly nextCursor: string | null;
  /** Present when the list was filtered by `user`: whom the name was resolved to. */
  readonly userFilter?: AuditUserFilterDto;
}

export interface AuditVerifyResult {
  /** True only when the chain verifies and every anchor matches. */
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenId: number | null;
  readonly lastId?: number;
  /** Ids no event holds: writes that rolled back. A deleted event breaks the chain instead. */
  readonly unusedIds?: number;
  /** The anchor file outside the database, which catches a rewritten tail of the chain. */
  readonly anchors?: { readonly ok: boolean; readonly checked: number; readonly mismatchCount: number };
  /** Questions received over 15 minutes ago with no outcome event (an instance stopped mid-answer, or its spool not yet sent). */
  readonly questionsWithoutOutcome?: { readonly count: number; readonly oldestReceivedAt: string | null };
}

export type AuditExportFormat = 'jsonl' | 'csv' | 'fhir';

export interface DeidFinding {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Which detector found it, e.g. `chinese-name`, `resident-id`. */
  readonly detector?: string;
  /** Confidence in [0, 1]. */
  readonly score?: number;
}

export interface DeidPreviewResponse {
  readonly text: string;
  readonly findings: readonly DeidFinding[];
  /** The threshold the preview used. */
  readonly minScore?: number;
}

export interface UsagePerDay {
  readonly day: string;
  readonly department: string | null;
  readonly questions: number;
}

export interface UsagePerUser {
  readonly userId: string;
  readonly username?: string | null;
  readonly displayName?: string | null;
  readonly department: string | null;
  readonly questions: number;
}

export interface UsageReportDto {
  readonly perDay: readonly UsagePerDay[];
  readonly perUser: readonly UsagePerUser[];
  /** Department names by code (retired ones too), so tables show names rather than codes alone. */
  readonly departments?: Readonly<Record<string, DepartmentNameDto>>;
  readonly latency: { readonly p50: number | null; readonly p95: number | null };
  readonly tokens: { readonly in: number; readonly out: number };
  /** Clinicians' ratings of answers in the range, and how often each reason code was given. */
  readonly feedback: UsageFeedbackDto;
}

export interface UsageFeedbackDto {
  readonly useful: number;
  readonly notUseful: number;
  readonly reasons: Readonly<Record<string, number>>;
}
