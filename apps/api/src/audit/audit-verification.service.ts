import { Inject, Injectable } from '@nestjs/common';
import {
  countQuestionsWithoutOutcome,
  verifyAnchors,
  verifyChain,
  type AuditAnchor,
  type AuditAnchorMismatch,
  type AuditUnanchoredCheckpoint,
  type QuestionsWithoutOutcome,
} from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import type { Principal, RequestContext } from '../common/access/principal';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATA_SOURCE } from '../database/database.tokens';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { AuditGate } from './audit-gate';
import { AUDIT_ANCHOR } from './audit.tokens';

/** Anchor mismatches listed in one answer; `mismatchCount` says how many there are in all. */
const MAX_LISTED_MISMATCHES = 100;
/**
 * How long after its received event a question may still be answering: far past the longest answer (queue wait, thought
 * and answer budgets, HAProxy's 180 s), so a question counted as without outcome is one whose end was never written.
 */
const OUTCOME_GRACE_MS = 15 * 60_000;

export interface AuditVerificationReport {
  /** True only when the chain verifies and every anchor matches. */
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenId: number | null;
  readonly lastId: number;
  /** Sequence values no event holds (rolled-back writes); a deleted event breaks the chain instead. */
  readonly unusedIds: number;
  readonly startedAfterCheckpointId: number | null;
  readonly anchors: {
    readonly ok: boolean;
    readonly checked: number;
    readonly skippedPurged: number;
    readonly mismatchCount: number;
    readonly mismatches: readonly AuditAnchorMismatch[];
    /** Checkpoints in the database the anchor file does not vouch for: forged, so not trusted. */
    readonly unanchoredCheckpoints: readonly AuditUnanchoredCheckpoint[];
    readonly lastAnchoredId: number;
    /** Events newer than the last anchor: nothing outside the database vouches for them yet. */
    readonly lagging: number;
  };
  /**
   * Questions received more than 15 minutes ago with no outcome event: an instance that stopped mid-answer, or one
   * that still holds the outcome in its local spool (it sends it when it starts again on its own data folder). Not part
   * of `ok`, which is about the chain: these events were never written, so no hash can miss them.
   */
  readonly questionsWithoutOutcome: QuestionsWithoutOutcome;
  readonly verifiedAt: string;
  readonly durationMs: number;
}

/**
 * Recomputes the hash chain and compares it with the anchor file kept outside the database: every
 * anchored head must match, every checkpoint must be anchored, and no event may be newer than the
 * last anchor (each commit anchors itself, so a lag means the anchor cannot be written or the tail was cut).
 * Concurrent requests share one walk; the last result is kept for `GET /api/status`.
 */
@Injectable()
export class AuditVerificationService {
  private running: Promise<AuditVerificationReport> | null = null;
  private last: AuditVerificationReport | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_RECORDER) private readonly recorder: AuditRecorder,
    private readonly gate: AuditGate,
    @Inject(AUDIT_ANCHOR) private readonly anchor: AuditAnchor,
  ) {}

  /** A verification someone asked for, audited as `audit.verify` with its result. */
  async verifyFor(reader: { principal: Principal; context: RequestContext }): Promise<AuditVerificationReport> {
    await this.gate.assertAvailable();
    const report = await this.verify();
    await this.recorder.record({
      action: 'audit.verify',
      outcome: 'success',
      actor: auditActorOf(reader.principal),
      ...reader.context,
      summary: {
        verifyOk: report.ok,
        verifyChecked: report.checked,
        ...(report.firstBrokenId === null ? {} : { targetId: String(report.firstBrokenId), targetType: 'audit-event' }),
      },
    });
    return report;
  }

  verify(): Promise<AuditVerificationReport> {
    this.running ??= this.walk().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  lastResult(): AuditVerificationReport | null {
    return this.last;
  }

  private async walk(): Promise<AuditVerificationReport> {
    const startedAt = Date.now();
    // The anchor file first: only a checkpoint it vouches for may shorten the walk (a forged one cannot).
    const anchors = await verifyAnchors(this.dataSource, this.config.audit.anchorFile, { beforeRead: () => this.anchor.flushed() });
    const chain = await verifyChain(this.dataSource, { checkpoint: anchors.trustedCheckpoint });
    const questionsWithoutOutcome = await countQuestionsWithoutOutcome(this.dataSource, { receivedBefore: new Date(Date.now() - OUTCOME_GRACE_MS) });
    const report: AuditVerificationReport = {
      ok: chain.ok && anchors.ok,
      checked: chain.checked,
      firstBrokenId: chain.firstBrokenId,
      lastId: chain.lastId,
      unusedIds: chain.unusedIds,
      startedAfterCheckpointId: chain.startedAfterCheckpointId,
      anchors: {
        ok: anchors.ok,
        checked: anchors.checked,
        skippedPurged: anchors.skippedPurged,
        mismatchCount: anchors.mismatches.length,
        mismatches: anchors.mismatches.slice(0, MAX_LISTED_MISMATCHES),
        unanchoredCheckpoints: anchors.unanchoredCheckpoints.slice(0, MAX_LISTED_MISMATCHES),
        lastAnchoredId: anchors.lastAnchoredId,
        lagging: anchors.lagging,
      },
      questionsWithoutOutcome,
      verifiedAt: new Date().toISOString(),
      durationMs: Date.now() - startedAt,
    };
    this.last = report;
    return report;
  }
}
