import { Inject, Injectable, Logger } from '@nestjs/common';
import { countFindingsByType, deidentify } from '@medlocal/audit';
import type { ClinicalTermEngine, ExtractionResult } from '@medlocal/clinical-terms';
import {
  INFERENCE_ENGINE,
  InferenceErrorCode,
  isInferenceError,
  MEDGEMMA_TURN_OVERHEAD_TOKENS,
  type InferenceEngine,
  type InferenceEvent,
} from '@medlocal/inference';
import {
  ANSWER_SECTION_KEYS,
  assessQuestion,
  buildPrompt,
  CLINICAL_SYSTEM_TEMPLATE_NAME,
  lintReasoning,
  parseAnswer,
  type PatientProfile,
  type PromptLanguage,
  type ReplacedFact,
  type TurnFacts,
} from '@medlocal/prompting';
import { AUDIT_RECORDER, type AuditActor, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { AuditGate } from '../audit/audit-gate';
import { statusForErrorCode } from './chat-error-statuses';
import { DomainError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config';
import { MetricsService } from '../metrics/metrics.service';
import { PromptTemplatesService, type ResolvedPromptTemplate } from '../prompts/prompt-templates.service';
import { TERM_ENGINE } from '../terms/term-engine.factory';
import { chatAuditSummary, type ChatAuditFacts } from './chat-audit-summary';
import type { Conversation } from './conversations/conversation';
import { ConversationStore, type CommittedTurn, type TurnBase } from './conversations/conversation.store';
import { InFlightQuestions } from '../drain/in-flight-questions';
import type { TrackedQuestion } from '../drain/tracked-question';
import { profileWithQuestion } from '../patient-profile/profile-with-question.util';
import { detectLanguage } from './detect-language.util';
import { answerGrammar } from './answer-grammar.util';
import type { ChatDoneEvent, ChatMetaEvent, ChatStreamEvent, TargetedLintFlag } from './stream/chat-stream-event';
import { withoutNul } from './stream/without-nul.util';
import { publicFailureMessage } from './public-failure-message.util';

export interface AskParams {
  readonly conversationId: string;
  readonly ownerUserId: string;
  readonly content: string;
  readonly strict: boolean;
  /** Regenerate or edit-and-resend: the question becomes this answered turn, and later turns go once it is committed. */
  readonly replaceFromTurn?: number;
  readonly actor: AuditActor;
  /** The clinician's department: its override of a prompt template, when it has one, is the one used. */
  readonly departmentId: string | null;
  readonly requestId?: string;
  readonly clientAddress?: string;
  /** Aborted when the client goes away, and by the drain at shutdown. */
  readonly abort: AbortController;
}

/** Shown with every answer, a carried-over one too. */
export const ANSWER_DISCLAIMER = {
  zh: '本回答用于辅助临床决策,不能替代医师的临床判断。',
  en: 'This answer supports clinical judgement; it does not replace it.',
};

const NO_EXTRACTION: ExtractionResult = { entities: [], concepts: [] };

type ModelDone = Extract<InferenceEvent, { type: 'done' }>;
type ErrorEvent = Extract<ChatStreamEvent, { type: 'error' }>;

/** Step 1: what the question says, and the profile it would make. */
interface Understood {
  readonly language: PromptLanguage;
  readonly turn: number;
  readonly extraction: ExtractionResult;
  readonly facts: TurnFacts;
  readonly profile: PatientProfile;
  /** Earlier facts this turn replaced ("更正:78岁,不是65岁"): shown in the meta event. */
  readonly replacedFacts: readonly ReplacedFact[];
}

/** Step 2: the prompt within the model's context. */
type ComposedPrompt = Awaited<ReturnType<typeof buildPrompt>> & { readonly template: ResolvedPromptTemplate };

/** Step 3: what the model produced. */
interface Generated {
  readonly thought: string;
  readonly answer: string;
  readonly finished: ModelDone;
}

/** What the audit event and the conversation learn about one question as it goes. */
interface QuestionRecord {
  outcome: ChatAuditFacts['outcome'];
  extraction: ExtractionResult;
  done?: ChatDoneEvent;
  errorCode?: string;
  templateVersion: number;
  /** The template the prompt was built from: the hospital's (`clinical-system`) or a department's override (`clinical-system@CARD`). */
  templateId?: string;
  contextTokens: number;
  /** The turn as it joins the conversation, once its audit event is committed. */
  committed?: CommittedTurn;
  /** The model worked on the conversation's sequence: a withdrawn answer must not stay in its KV cache. */
  sequenceTouched: boolean;
}

/**
 * One clinical question end to end, in four steps: understand (terms, facts, profile) -> compose
 * the prompt -> generate (stream reasoning and answer) -> complete (parse and check the answer,
 * commit the audit event, and only then report it complete and add the turn to the conversation).
 */
@Injectable()
export class ChatService {
  private readonly logger = new Logger(ChatService.name);
  private measuredTokensPerChar?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    @Inject(TERM_ENGINE) private readonly terms: ClinicalTermEngine,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
    private readonly templates: PromptTemplatesService,
    private readonly auditGate: AuditGate,
    private readonly metrics: MetricsService,
    private readonly conversations: ConversationStore,
    private readonly inFlight: InFlightQuestions,
  ) {}

  /**
   * Checks that can still refuse with a plain HTTP status run before the first event: MedLocal must
   * not be shutting down, the audit store must be reachable and the conversation free. The question
   * is tracked from here until its audit event; the stream itself never throws.
   */
  async prepare(params: AskParams): Promise<AsyncGenerator<ChatStreamEvent>> {
    const question = this.inFlight.track(params.abort);
    try {
      const refusal = question.refusal;
      if (refusal) {
        await this.recordQuestion(
          params,
          { outcome: 'error', extraction: NO_EXTRACTION, errorCode: refusal.code, templateVersion: 0, contextTokens: 0, sequenceTouched: false },
          Date.now(),
        );
        throw refusal;
      }
      const conversation = this.conversations.get(params.conversationId, params.ownerUserId);
      this.conversations.baseFor(conversation, params.replaceFromTurn);
      await this.auditGate.assertAvailable();
      this.conversations.beginTurn(conversation);
      let base: TurnBase;
      try {
        // Read again once the conversation is ours: the turns cannot change until this question ends.
        base = this.conversations.baseFor(conversation, params.replaceFromTurn);
        await this.recordReceived(params);
      } catch (error) {
        await this.conversations.withdrawTurn(conversation, { resetSequence: false });
        throw error;
      }
      return this.ask(params, conversation, base, question);
    } catch (error) {
      question.end();
      throw error;
    }
  }

  private async *ask(params: AskParams, conversation: Conversation, base: TurnBase, question: TrackedQuestion): AsyncGenerator<ChatStreamEvent> {
    const startedAt = Date.now();
    const record: QuestionRecord = { outcome: 'error', extraction: NO_EXTRACTION, templateVersion: 0, contextTokens: 0, sequenceTouched: false };
    try {
      try {
        const understood = this.understand(params.content, base);
        record.extraction = understood.extraction;
        const prompt = await this.composePrompt(params, base, understood);
        record.templateVersion = prompt.template.version;
        record.templateId = prompt.template.id;
        record.contextTokens = prompt.used;
        const status = await this.engine.getStatus();
        const meta = this.metaEvent({ params, conversation, base, understood, prompt, demo: status.model.demo });
        yield meta;
        const generated = yield* this.generate({ params, conversation, prompt, language: understood.language, demo: status.model.demo }, question, record);
        if (generated.finished.finishReason === 'cancelled') {
          record.outcome = 'cancelled';
        } else {
          // Behind a balancer the node that answered names its model; the status above may have come from another.
          record.done = this.completeAnswer({ ...generated, model: generated.finished.model ?? status.model });
          record.committed = {
            question: params.content,
            answer: generated.answer,
            thought: generated.thought,
            meta,
            done: record.done,
            profile: understood.profile,
          };
          record.outcome = 'success';
        }
      } catch (error) {
        record.errorCode ??= errorCodeOf(error);
        const failure = this.failureEvent(error, record.errorCode, params.abort.signal, question);
        record.outcome = failure ? 'error' : 'cancelled';
        if (failure) {
          // The tier's address and cause go to the operator's log only; the clinician is told it cannot be reached.
          const where = isInferenceError(error, InferenceErrorCode.RemoteUnavailable) ? ` (${error.message})` : '';
          this.logger.error(`Question failed: ${record.errorCode}${where}`);
          yield failure;
        }
      }
      yield* this.complete(params, conversation, question, record, startedAt);
    } finally {
      question.end();
    }
  }

  /** Step 1: terms and facts of this turn, merged into the pinned profile (not kept until the turn is committed). */
  private understand(content: string, base: TurnBase): Understood {
    const language: PromptLanguage = detectLanguage(content);
    const turn = base.turn;
    const extraction = this.terms.extract(content);
    const { facts, profile, replaced } = profileWithQuestion({ extraction, language, profile: base.profile, turn });
    return { language, turn, extraction, facts, profile, replacedFacts: replaced };
  }

  /** Step 2: the versioned template (the department's override, if any), the profile and as much committed history as the context allows. */
  private async composePrompt(params: AskParams, base: TurnBase, understood: Understood): Promise<ComposedPrompt> {
    const content = params.content;
    const template = await this.templates.activeFor({ name: CLINICAL_SYSTEM_TEMPLATE_NAME, language: understood.language, departmentId: params.departmentId });
    const prompt = await buildPrompt({
      template,
      profile: understood.profile,
      history: base.history.flatMap((past) => [
        { role: 'user' as const, content: past.question },
        { role: 'assistant' as const, content: past.answer },
      ]),
      question: content,
      contextSize: this.engine.contextSize,
      reserveForAnswer: this.answerReserve(),
      // Named, a balanced tier counts on the node that holds the conversation (a frozen other node holds nothing here).
      countTokens: (text) => this.engine.countTokens(text, { conversationId: params.conversationId }),
      turnOverheadTokens: MEDGEMMA_TURN_OVERHEAD_TOKENS,
    });
    return { ...prompt, template };
  }

  private metaEvent(params: {
    params: AskParams;
    conversation: Conversation;
    base: TurnBase;
    understood: Understood;
    prompt: ComposedPrompt;
    demo: boolean;
  }): ChatMetaEvent {
    const { understood, prompt, conversation } = params;
    const assessment = assessQuestion(params.params.content, understood.facts, params.base.profile);
    return {
      type: 'meta',
      conversationId: conversation.id,
      turn: understood.turn,
      language: understood.language,
      entities: understood.extraction.entities,
      concepts: understood.extraction.concepts,
      // The context size is the engine's, as the status reports it; the limit is what the prompt may use of it.
      context: {
        used: prompt.used,
        limit: prompt.limit,
        contextSize: this.engine.contextSize,
        reservedForAnswer: this.engine.contextSize - prompt.limit,
        droppedTurns: prompt.droppedTurns,
      },
      profile: understood.profile,
      replacedFacts: understood.replacedFacts,
      questionHint: assessment.generic ? assessment : null,
      template: {
        id: prompt.template.id,
        name: prompt.template.name,
        version: prompt.template.version,
        language: understood.language,
        departmentCode: prompt.template.departmentCode,
      },
      strict: params.params.strict,
      demo: params.demo,
    };
  }

  /** Step 3: streams the model's reasoning and answer on the conversation's own sequence. */
  private async *generate(
    ask: { params: AskParams; conversation: Conversation; prompt: ComposedPrompt; language: PromptLanguage; demo: boolean },
    question: TrackedQuestion,
    record: QuestionRecord,
  ): AsyncGenerator<ChatStreamEvent, Generated> {
    const { params, conversation, prompt, language } = ask;
    const thoughtTokens = this.config.inference.thoughtBudgetTokens;
    const answerTokens = Math.min(this.config.inference.maxAnswerTokens, this.engine.contextSize - prompt.used - thoughtTokens);
    // The demo model's grammar covers the thought too; a real model's (strict mode) the answer only.
    const shape = answerGrammar({
      demo: ask.demo,
      strict: params.strict,
      language,
      answerTokens,
      thoughtTokens,
      tokensPerChar: params.strict && !ask.demo ? await this.tokensPerChar() : 1,
    });
    const modelEvents = this.engine.generate(
      {
        // Fairness: the queue shares sequences between clinicians, not between their open tabs.
        callerId: params.actor.userId,
        conversationId: conversation.id,
        messages: [{ role: 'system', content: prompt.systemText }, ...prompt.messages],
        maxTokens: thoughtTokens + answerTokens,
        thoughtBudgetTokens: thoughtTokens,
        grammar: shape.grammar,
        grammarCoversThought: shape.coversThought,
      },
      params.abort.signal,
    );
    let thought = '';
    let answer = '';
    let finished: ModelDone | undefined;
    for await (const event of question.guard(noteSequenceUse(modelEvents, record))) {
      switch (event.type) {
        case 'thought': {
          const delta = withoutNul({ text: event.delta });
          thought += delta;
          if (delta) yield { type: 'thought', delta };
          break;
        }
        case 'answer': {
          const delta = withoutNul({ text: event.delta });
          answer += delta;
          if (delta) yield { type: 'answer', delta };
          break;
        }
        case 'error':
          record.errorCode = event.code;
          break;
        case 'done':
          finished = event;
          break;
      }
    }
    if (!finished || finished.finishReason === 'error') throw new DomainError(record.errorCode ?? 'GENERATION_FAILED', 'The model failed while answering');
    return { thought, answer, finished };
  }

  /**
   * Step 4: fail closed. The audit event is committed first; only then is the answer reported
   * complete and the turn added to the conversation. A withdrawn answer leaves no trace in it.
   */
  private async *complete(
    params: AskParams,
    conversation: Conversation,
    question: TrackedQuestion,
    record: QuestionRecord,
    startedAt: number,
  ): AsyncGenerator<ChatStreamEvent> {
    if (record.outcome === 'success') await this.unlessClientLeft(params.abort.signal, record);
    const audited = await this.recordQuestion(params, record, startedAt);
    if (audited && record.committed) await this.conversations.commitTurn(conversation, record.committed, params.replaceFromTurn);
    else await this.conversations.withdrawTurn(conversation, { resetSequence: record.sequenceTouched });
    if (!audited) {
      if (record.outcome === 'success') {
        yield { type: 'error', statusCode: 503, code: 'AUDIT_UNAVAILABLE', message: 'audit unavailable: the answer could not be recorded and is withdrawn' };
      }
      return;
    }
    this.metrics.observeQuestion({
      entry: 'chat',
      outcome: record.outcome,
      seconds: (Date.now() - startedAt) / 1000,
      tokensIn: record.done?.usage.evaluatedTokens ?? 0,
      tokensOut: record.done?.usage.generatedTokens ?? 0,
    });
    const cancellation = question.cancellation;
    if (cancellation && record.outcome === 'cancelled') yield { type: 'error', ...cancellation };
    if (record.done) yield record.done;
  }

  /**
   * An answer is delivered only if its clinician is still there. An instance that stalled (stopped, swapped out) can
   * resume with the end of the answer and the clinician's closed connection waiting together; the answer, read first,
   * finishes before the close is seen. One turn of the event loop lets every waiting close be read; an answer whose
   * client left is recorded as cancelled and never joins the conversation.
   */
  private async unlessClientLeft(signal: AbortSignal, record: QuestionRecord): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (!signal.aborted) return;
    record.outcome = 'cancelled';
    record.committed = undefined;
    record.done = undefined;
  }

  /**
   * Fail closed before generation: the question is on the trail (committed, not journalled) before
   * the model sees it, so no answer text reaches a clinician for a question the trail never heard of.
   */
  private async recordReceived(params: AskParams): Promise<void> {
    try {
      await this.audit.commit({
        action: 'question.received',
        outcome: 'success',
        actor: params.actor,
        requestId: params.requestId,
        clientAddress: params.clientAddress,
        input: params.content,
        summary: {
          conversationId: params.conversationId,
          replacesTurn: params.replaceFromTurn,
          strictMode: params.strict,
          deidFindingCounts: countFindingsByType(deidentify(params.content).findings) as Record<string, number>,
        },
      });
    } catch (error) {
      this.logger.error(`Question refused: its received event could not be committed (${errorCodeOf(error)})`);
      throw new DomainError('AUDIT_UNAVAILABLE', 'audit unavailable: the question could not be recorded; nothing was answered', { retryAfterSeconds: 5 });
    }
  }

  /** Resolves true once the question's event is committed, false when it could not be. */
  private async recordQuestion(params: AskParams, record: QuestionRecord, startedAt: number): Promise<boolean> {
    try {
      await this.audit.record({
        action: 'chat.message',
        outcome: record.outcome,
        actor: params.actor,
        requestId: params.requestId,
        clientAddress: params.clientAddress,
        input: params.content,
        summary: chatAuditSummary({
          ...record,
          conversationId: params.conversationId,
          replacesTurn: params.replaceFromTurn,
          content: params.content,
          strict: params.strict,
          startedAt,
        }),
      });
      return true;
    } catch (error) {
      this.logger.error(`Audit event for a question could not be committed: ${errorCodeOf(error)}`);
      return false;
    }
  }

  /** The error event a failed question ends with; null when the client went away (nobody to tell). */
  private failureEvent(error: unknown, code: string, signal: AbortSignal, question: TrackedQuestion): ErrorEvent | null {
    const refusal = question.refusal;
    if (refusal) {
      return { type: 'error', statusCode: 503, code: refusal.code, message: refusal.message, retryAfterSeconds: refusal.details?.retryAfterSeconds };
    }
    if (signal.aborted) return null;
    const retryAfterSeconds = isInferenceError(error) ? error.details.retryAfterSeconds : undefined;
    return {
      type: 'error',
      // The status the error filter would answer before the stream opened: the code's, from every module's table.
      statusCode: statusForErrorCode(code) ?? 500,
      code,
      message: publicFailureMessage(error),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }

  private completeAnswer(params: { thought: string; answer: string; finished: ModelDone; model: { name: string; demo: boolean } }): ChatDoneEvent {
    const parsed = parseAnswer(params.answer);
    const lint = lintReasoning({ thought: params.thought, answer: params.answer });
    return {
      type: 'done',
      sections: Object.fromEntries(
        ANSWER_SECTION_KEYS.map((key) => [key, { present: parsed.present.includes(key), text: parsed.sections[key] ?? '' }]),
      ) as ChatDoneEvent['sections'],
      missingSections: parsed.missing,
      lint: [
        ...lint.thought.map((flag): TargetedLintFlag => ({ ...flag, target: 'thought' })),
        ...lint.answer.map((flag): TargetedLintFlag => ({ ...flag, target: 'answer' })),
      ],
      usage: params.finished.usage,
      timings: params.finished.timings,
      finishReason: params.finished.finishReason,
      model: params.model.name,
      demo: params.model.demo,
      disclaimer: ANSWER_DISCLAIMER,
    };
  }

  /**
   * The model's tokens per character on clinical text in both languages (the shipped prompts),
   * with a 50% margin: what the strict grammar's length limits are sized with.
   */
  private async tokensPerChar(): Promise<number> {
    this.measuredTokensPerChar ??= (async () => {
      const rates = await Promise.all(
        (['zh', 'en'] as const).map(async (language) => {
          const sample = (await this.templates.active(CLINICAL_SYSTEM_TEMPLATE_NAME, language)).body;
          return (await this.engine.countTokens(sample)) / [...sample].length;
        }),
      );
      return Math.max(...rates) * 1.5;
    })();
    return this.measuredTokensPerChar;
  }

  private answerReserve(): number {
    const wanted = this.config.inference.maxAnswerTokens + this.config.inference.thoughtBudgetTokens;
    // Small contexts (the demo model's) still leave room for the prompt.
    return Math.min(wanted, Math.floor(this.engine.contextSize / 2));
  }
}

/**
 * Notes whether the model evaluated or generated anything on the sequence; a question cancelled
 * while still queued never touched it.
 */
async function* noteSequenceUse(events: AsyncIterable<InferenceEvent>, record: QuestionRecord): AsyncGenerator<InferenceEvent> {
  for await (const event of events) {
    if (event.type !== 'done' || event.usage.evaluatedTokens + event.usage.generatedTokens > 0) record.sequenceTouched = true;
    yield event;
  }
}

function errorCodeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'INTERNAL_ERROR';
}
