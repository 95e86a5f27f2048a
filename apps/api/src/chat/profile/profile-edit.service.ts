import { Inject, Injectable } from '@nestjs/common';
import type { ClinicalTermEngine } from '@medlocal/clinical-terms';
import type { PatientProfile, ProfileFactEdit } from '@medlocal/prompting';
import { AUDIT_RECORDER, type AuditActor, type AuditRecorder } from '../../common/audit/audit-recorder.port';
import { resolveDiagnosis } from '../../patient-profile/resolve-diagnosis.util';
import { TERM_ENGINE } from '../../terms/term-engine.factory';
import { ConversationStore } from '../conversations/conversation.store';
import { applyProfileEdit } from './apply-profile-edit.util';

export interface EditProfileParams {
  readonly conversationId: string;
  readonly ownerUserId: string;
  readonly edit: ProfileFactEdit;
  readonly actor: AuditActor;
  readonly requestId?: string;
  readonly clientAddress?: string;
}

/**
 * A clinician corrects or removes a fact of the pinned profile. The edit is checked first, then
 * recorded on the audit trail (the fact's kind and the operation, never a value), and only then
 * kept: the next question is asked with it. Edits of one conversation run one after another, and
 * the conversation is held against new questions from the check to the keep, so every success the
 * audit trail records is an edit that was kept (four removals of one fact at once: one success, three
 * "not found" before anything is recorded).
 */
@Injectable()
export class ProfileEditService {
  /** The edit of each conversation that runs now; the next one waits for it. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly conversations: ConversationStore,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
    @Inject(TERM_ENGINE) private readonly terms: ClinicalTermEngine,
  ) {}

  async edit(params: EditProfileParams): Promise<PatientProfile> {
    const previous = this.running.get(params.conversationId) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => this.editNow(params));
    this.running.set(params.conversationId, current);
    try {
      return await current;
    } finally {
      if (this.running.get(params.conversationId) === current) this.running.delete(params.conversationId);
    }
  }

  private async editNow(params: EditProfileParams): Promise<PatientProfile> {
    const conversation = this.conversations.holdForProfileEdit({ id: params.conversationId, ownerUserId: params.ownerUserId });
    try {
      const edit = this.withDictionaryDiagnosis(params.edit);
      applyProfileEdit({ profile: conversation.profile, edit });
      await this.audit.record({
        action: 'chat.profile_edit',
        outcome: 'success',
        actor: params.actor,
        requestId: params.requestId,
        clientAddress: params.clientAddress,
        summary: {
          conversationId: params.conversationId,
          turn: conversation.turns.length,
          factKind: params.edit.kind,
          editOperation: params.edit.operation,
        },
      });
      return this.conversations.editProfile({ id: params.conversationId, ownerUserId: params.ownerUserId, edit }).profile;
    } finally {
      this.conversations.releaseProfileEdit(params.conversationId);
    }
  }

  /** A diagnosis is corrected to the concept the term dictionary reads in the clinician's words, never to the words themselves. */
  private withDictionaryDiagnosis(edit: ProfileFactEdit): ProfileFactEdit {
    if (edit.operation !== 'correct' || edit.kind !== 'diagnosis' || typeof edit.value !== 'string') return edit;
    return { ...edit, replacement: resolveDiagnosis({ extraction: this.terms.extract(edit.value) }) };
  }
}
