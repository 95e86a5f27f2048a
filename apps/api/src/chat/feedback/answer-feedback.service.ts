import { Inject, Injectable } from '@nestjs/common';
import type { AnswerFeedbackRequest } from '@medlocal/contracts';
import { AUDIT_RECORDER, type AuditActor, type AuditRecorder } from '../../common/audit/audit-recorder.port';
import { DomainError } from '../../common/errors';
import { ConversationStore } from '../conversations/conversation.store';

export interface RateAnswerParams {
  readonly conversationId: string;
  readonly ownerUserId: string;
  /** The answered turn (1-based), as the meta event numbered it. */
  readonly turn: number;
  readonly feedback: AnswerFeedbackRequest;
  readonly actor: AuditActor;
  readonly requestId?: string;
  readonly clientAddress?: string;
}

/**
 * A clinician's rating of one answer: kept on the turn (so the console shows it again) and recorded
 * on the audit trail as a rating with reason codes, with the model and template version it rates.
 */
@Injectable()
export class AnswerFeedbackService {
  constructor(
    private readonly conversations: ConversationStore,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
  ) {}

  async rate(params: RateAnswerParams): Promise<AnswerFeedbackRequest> {
    const reasons = params.feedback.reasons ?? [];
    if (params.feedback.rating === 'useful' && reasons.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'reasons are given only with rating not-useful');
    }
    const feedback: AnswerFeedbackRequest = { rating: params.feedback.rating, reasons };
    const rated = this.conversations.rateTurn({ id: params.conversationId, ownerUserId: params.ownerUserId, turn: params.turn, feedback });
    await this.audit.record({
      action: 'chat.feedback',
      outcome: 'success',
      actor: params.actor,
      requestId: params.requestId,
      clientAddress: params.clientAddress,
      summary: {
        conversationId: params.conversationId,
        turn: params.turn,
        rating: feedback.rating,
        reasonCodes: reasons,
        modelName: rated.done.model.replace(/[^A-Za-z0-9._:/@-]+/g, '-').slice(0, 128),
        templateName: rated.meta.template.name,
        templateVersion: rated.meta.template.version,
        demoModel: rated.done.demo,
      },
    });
    return feedback;
  }
}
