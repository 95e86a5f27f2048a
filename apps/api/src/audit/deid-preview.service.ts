import { Inject, Injectable } from '@nestjs/common';
import { countFindingsByType, createDeidentifier, DEFAULT_MIN_SCORE, deidentify, type DeidResult } from '@medlocal/audit';
import type { Principal, RequestContext } from '../common/access/principal';
import { AuditError, AuditErrorCode } from './audit.errors';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { AuditGate } from './audit-gate';

/** Large enough for a discharge summary; the preview is for checking the rules, not bulk work. */
export const DEID_PREVIEW_MAX_CHARS = 20_000;

/** What the preview shows: the redacted text, each finding with its detector and confidence, and the threshold used. */
export interface DeidPreviewResult extends DeidResult {
  readonly minScore: number;
}

/**
 * Lets an auditor see what the de-identifier would redact, with the detector and confidence of each
 * finding, at the default threshold or one the auditor tries. The text is neither stored nor logged;
 * the audit event keeps only how many identifiers of each kind were found.
 */
@Injectable()
export class DeidPreviewService {
  constructor(
    @Inject(AUDIT_RECORDER) private readonly recorder: AuditRecorder,
    private readonly gate: AuditGate,
  ) {}

  async preview(text: string, reader: { principal: Principal; context: RequestContext }, minScore?: number): Promise<DeidPreviewResult> {
    if (text.length > DEID_PREVIEW_MAX_CHARS) {
      throw new AuditError(AuditErrorCode.DeidPreviewTooLarge, `text is ${text.length} characters; the preview takes at most ${DEID_PREVIEW_MAX_CHARS}`);
    }
    await this.gate.assertAvailable();
    const result = minScore === undefined ? deidentify(text) : createDeidentifier({ minScore }).deidentify(text);
    await this.recorder.record({
      action: 'audit.deid_preview',
      outcome: 'success',
      actor: auditActorOf(reader.principal),
      ...reader.context,
      summary: { deidFindingCounts: countFindingsByType(result.findings) as Record<string, number> },
    });
    return {
      text: result.text,
      findings: result.findings.map(({ type, start, end, detector, score }) => ({ type, start, end, detector, score })),
      minScore: minScore ?? DEFAULT_MIN_SCORE,
    };
  }
}
