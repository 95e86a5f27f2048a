import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ConversationSeed, CreateConversationResponse } from '@medlocal/contracts';
import type { ClinicalTermEngine } from '@medlocal/clinical-terms';
import { INFERENCE_ENGINE, MEDGEMMA_TURN_OVERHEAD_TOKENS, type InferenceEngine } from '@medlocal/inference';
import {
  ANSWER_SECTION_KEYS,
  CLINICAL_SYSTEM_TEMPLATE_NAME,
  emptyPatientProfile,
  lintReasoning,
  parseAnswer,
  type PatientProfile,
  type PromptLanguage,
} from '@medlocal/prompting';
import { AUDIT_RECORDER, type AuditActor, type AuditRecorder } from '../../common/audit/audit-recorder.port';
import { APP_CONFIG, type AppConfig } from '../../config';
import { profileWithQuestion } from '../../patient-profile/profile-with-question.util';
import { resolveDiagnosis } from '../../patient-profile/resolve-diagnosis.util';
import { PromptTemplatesService, type ResolvedPromptTemplate } from '../../prompts/prompt-templates.service';
import { TERM_ENGINE } from '../../terms/term-engine.factory';
import { ChatError, ChatErrorCode } from '../chat.errors';
import { ANSWER_DISCLAIMER } from '../chat.service';
import type { ProfileEditAfterTurn } from '../conversations/conversation';
import { ConversationStore, type CommittedTurn } from '../conversations/conversation.store';
import { detectLanguage } from '../detect-language.util';
import { applyProfileEdit } from '../profile/apply-profile-edit.util';
import { seedProfileEdits } from '../profile/seed-profile-edits.util';
import type { ChatDoneEvent, ChatMetaEvent, TargetedLintFlag } from '../stream/chat-stream-event';
import { withoutNul } from '../stream/without-nul.util';

export interface SeedConversationParams {
  readonly ownerUserId: string;
  readonly departmentId: string | null;
  readonly seed: ConversationSeed;
  readonly actor: AuditActor;
  readonly requestId?: string;
  readonly clientAddress?: string;
}

/**
 * Continues a conversation whose instance is gone from the console's own copy. The questions are read
 * again by the term engine (so the profile's codes are the dictionary's, never the client's), the
 * clinician's removals and corrections are applied as profile edits are, and the answers of the newest
 * turns that fit the model's context are kept as history. The audit trail gets counts, never text.
 */
@Injectable()
export class ConversationSeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    @Inject(TERM_ENGINE) private readonly terms: ClinicalTermEngine,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
    private readonly templates: PromptTemplatesService,
    private readonly conversations: ConversationStore,
  ) {}

  async create(params: SeedConversationParams): Promise<Required<CreateConversationResponse>> {
    const { seed } = params;
    this.assertQuestionsFit(seed);
    const reservation = this.conversations.reserve(params.ownerUserId);
    try {
      return await this.build(params, reservation);
    } finally {
      reservation();
    }
  }

  /** Builds, audits and keeps the conversation in the place `reservation` holds. */
  private async build(params: SeedConversationParams, reservation: () => void): Promise<Required<CreateConversationResponse>> {
    const { seed } = params;
    const id = randomUUID();
    const kept = await this.answersThatFit(seed);
    const turns = await this.rebuildTurns({ id, seed, kept, departmentId: params.departmentId });
    const rebuilt = turns.at(-1)?.profile ?? emptyPatientProfile();
    const edits = seedProfileEdits({
      profile: rebuilt,
      facts: seed.facts,
      resolveDiagnosis: (name) => resolveDiagnosis({ extraction: this.terms.extract(name) }),
    });
    const profile = edits.reduce<PatientProfile>((edited, edit) => applyProfileEdit({ profile: edited, edit }), rebuilt);
    const answersDropped = seed.turns.length - kept;
    await this.audit.record({
      action: 'chat.conversation_seed',
      outcome: 'success',
      actor: params.actor,
      requestId: params.requestId,
      clientAddress: params.clientAddress,
      summary: {
        conversationId: id,
        seedTurns: seed.turns.length,
        seedAnswersDropped: answersDropped,
        seedFactCounts: countByKind(seed.facts),
      },
    });
    const profileEdits = edits.map((edit): ProfileEditAfterTurn => ({ afterTurn: turns.length, edit }));
    this.conversations.createSeeded({ id, ownerUserId: params.ownerUserId, turns, profile, profileEdits, reservation });
    return { id, seed: { turns: turns.length, answersDropped } };
  }

  private assertQuestionsFit(seed: ConversationSeed): void {
    const limit = this.config.chat.maxMessageChars;
    seed.turns.forEach((turn, index) => {
      if (turn.question.length > limit) {
        throw new ChatError(ChatErrorCode.MessageTooLong, `seed.turns[${index}].question is ${turn.question.length} characters; the limit is ${limit}`);
      }
    });
  }

  /**
   * How many of the newest answers fit the room a prompt leaves for history (the context less what is
   * reserved for the answer). Older answers could never reach the model again and are not kept.
   */
  private async answersThatFit(seed: ConversationSeed): Promise<number> {
    const contextSize = this.engine.contextSize;
    const reserve = Math.min(this.config.inference.maxAnswerTokens + this.config.inference.thoughtBudgetTokens, Math.floor(contextSize / 2));
    let room = contextSize - reserve;
    let kept = 0;
    for (const turn of [...seed.turns].reverse()) {
      const tokens = (await this.engine.countTokens(turn.question)) + (await this.engine.countTokens(turn.answer)) + 2 * MEDGEMMA_TURN_OVERHEAD_TOKENS;
      if (tokens > room) break;
      room -= tokens;
      kept += 1;
    }
    return kept;
  }

  private async rebuildTurns(params: { id: string; seed: ConversationSeed; kept: number; departmentId: string | null }): Promise<CommittedTurn[]> {
    const status = await this.engine.getStatus();
    const templates = new Map<PromptLanguage, ResolvedPromptTemplate>();
    const firstKept = params.seed.turns.length - params.kept;
    const turns: CommittedTurn[] = [];
    let profile = emptyPatientProfile();
    for (const [index, seeded] of params.seed.turns.entries()) {
      const turn = index + 1;
      const language: PromptLanguage = detectLanguage(seeded.question);
      const extraction = this.terms.extract(seeded.question);
      const understood = profileWithQuestion({ extraction, language, profile, turn });
      profile = understood.profile;
      const template =
        templates.get(language) ?? (await this.templates.activeFor({ name: CLINICAL_SYSTEM_TEMPLATE_NAME, language, departmentId: params.departmentId }));
      templates.set(language, template);
      // An answer copied before NUL characters were dropped from generated text would be refused as history by a node.
      const answer = index >= firstKept ? withoutNul({ text: seeded.answer }) : '';
      const meta: ChatMetaEvent = {
        type: 'meta',
        conversationId: params.id,
        turn,
        language,
        entities: extraction.entities,
        concepts: extraction.concepts,
        context: { used: 0, limit: 0, contextSize: this.engine.contextSize, reservedForAnswer: 0, droppedTurns: 0 },
        profile,
        replacedFacts: understood.replaced,
        questionHint: null,
        template: { id: template.id, name: template.name, version: template.version, language, departmentCode: template.departmentCode },
        strict: true,
        demo: status.model.demo,
      };
      turns.push({ question: seeded.question, answer, thought: '', meta, done: carriedDone({ answer, model: status.model }), profile });
    }
    return turns;
  }
}

/** The done event of an answer given before: its sections and lint as read again, no usage or timings of its own. */
function carriedDone(params: { answer: string; model: { name: string; demo: boolean } }): ChatDoneEvent {
  const parsed = parseAnswer(params.answer);
  const lint = lintReasoning({ thought: '', answer: params.answer });
  return {
    type: 'done',
    sections: Object.fromEntries(
      ANSWER_SECTION_KEYS.map((key) => [key, { present: parsed.present.includes(key), text: parsed.sections[key] ?? '' }]),
    ) as ChatDoneEvent['sections'],
    missingSections: parsed.missing,
    lint: lint.answer.map((flag): TargetedLintFlag => ({ ...flag, target: 'answer' })),
    usage: { promptTokens: 0, reusedTokens: 0, evaluatedTokens: 0, generatedTokens: 0, thoughtTokens: 0 },
    timings: { queueMs: 0, firstTokenMs: null, totalMs: 0, tokensPerSecond: 0 },
    finishReason: 'stop',
    model: params.model.name,
    demo: params.model.demo,
    disclaimer: ANSWER_DISCLAIMER,
  };
}

function countByKind(facts: ConversationSeed['facts']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const fact of facts) counts[fact.kind] = (counts[fact.kind] ?? 0) + 1;
  return counts;
}
