import { Inject, Injectable, Logger } from '@nestjs/common';
import { countFindingsByType, deidentify } from '@medlocal/audit';
import type { ClinicalTermEngine, ExtractionResult } from '@medlocal/clinical-terms';
import { INFERENCE_ENGINE, isInferenceError, type InferenceEngine, type InferenceEvent } from '@medlocal/inference';
import {
  ANSWER_SECTION_KEYS,
  assessQuestion,
  buildPrompt,
  buildStrictAnswerGrammar,
  CLINICAL_SYSTEM_TEMPLATE_NAME,
  emptyTurnFacts,
  lintReasoning,
  mergeTurnFacts,
  parseAnswer,
  type PromptLanguage,
} from '@medlocal/prompting';
import type { AuditActor } from '../audit/audit-recorder.port';
import { AuditGate } from '../audit/audit-gate';
import { AuditRecorderService } from '../audit/audit-recorder.service';
import { DomainError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config';
import { MetricsService } from '../metrics/metrics.service';
import { PromptTemplatesService } from '../prompts/prompt-templates.service';
import { TERM_ENGINE } from '../terms/term-engine.factory';
import type { Conversation } from './conversations/conversation';
import { profileCalculations } from './facts/profile-calculations';
import { toTurnFacts } from './facts/turn-facts.mapper';
import { detectLanguage } from './detect-language.util';
import { strictAnswerLimits } from './strict-answer-budget.util';
import type { ChatDoneEvent, ChatStreamEvent, TargetedLintFlag } from './stream/chat-stream-event';

export interface AskParams {
  readonly conversation: Conversation;
  readonly content: string;
  readonly strict: boolean;
  readonly actor: AuditActor;
  readonly requestId?: string;
  readonly clientAddress?: string;
  readonly signal: AbortSignal;
}

const DISCLAIMER = {
  zh: '本回答用于辅助临床决策,不能替代医师的临床判断。',
  en: 'This answer supports clinical judgement; it does not replace it.',
};

/**
 * One clinical question end to end: extract terms -> update the pinned patient profile ->
 * build the prompt within the model's context -> stream the model's reasoning and answer ->
 * parse and check the answer -> commit the audit event -> only then report the answer complete.
 */
@Injectable()
export class ChatService {
  private readonly logger = new Logger(ChatService.name);
  private measuredTokensPerChar?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    @Inject(TERM_ENGINE) private readonly terms: ClinicalTermEngine,
    private readonly templates: PromptTemplatesService,
    private readonly audit: AuditRecorderService,
    private readonly auditGate: AuditGate,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * Checks that can still refuse with a plain HTTP status run before the first event: the
   * audit store must be reachable and the conversation free. The stream itself never throws.
   */
  async prepare(params: AskParams): Promise<AsyncGenerator<ChatStreamEvent>> {
    await this.auditGate.assertAvailable();
    if (params.conversation.busy) throw new DomainError('CONVERSATION_BUSY', 'This conversation is still answering the previous question');
    params.conversation.busy = true;
    return this.ask(params);
  }

  private async *ask(params: AskParams): AsyncGenerator<ChatStreamEvent> {
    const { conversation } = params;
    const startedAt = Date.now();
    const language: PromptLanguage = detectLanguage(params.content);
    const turn = conversation.turns.length + 1;
    let outcome: 'success' | 'cancelled' | 'error' = 'error';
    let done: ChatDoneEvent | undefined;
    let extraction: ExtractionResult = { entities: [], concepts: [] };
    let errorCode: string | undefined;
    let templateVersion = 0;
    let contextTokens = 0;
    try {
      extraction = this.terms.extract(params.content);
      const facts = toTurnFacts(extraction, language);
      const previousProfile = conversation.profile;
      let profile = mergeTurnFacts(previousProfile, facts, turn);
      const calculations = profileCalculations(profile);
      if (calculations.length > 0) profile = mergeTurnFacts(profile, { ...emptyTurnFacts(), calculations }, turn);

      const template = await this.templates.active(CLINICAL_SYSTEM_TEMPLATE_NAME, language);
      templateVersion = template.version;
      const prompt = await buildPrompt({
        template,
        profile,
        history: conversation.turns.flatMap((past) => [
          { role: 'user' as const, content: past.question },
          { role: 'assistant' as const, content: past.answer },
        ]),
        question: params.content,
        contextSize: this.engine.contextSize,
        reserveForAnswer: this.answerReserve(),
        countTokens: (text) => this.engine.countTokens(text),
      });
      contextTokens = prompt.used;
      const status = await this.engine.getStatus();
      yield {
        type: 'meta',
        conversationId: conversation.id,
        turn,
        language,
        entities: extraction.entities,
        concepts: extraction.concepts,
        context: { used: prompt.used, limit: prompt.limit, droppedTurns: prompt.droppedTurns },
        profile,
        questionHint: (() => {
          const assessment = assessQuestion(params.content, facts, previousProfile);
          return assessment.generic ? assessment : null;
        })(),
        template: { name: template.name, version: template.version, language },
        strict: params.strict,
        demo: status.model.demo,
      };

      const thoughtTokens = this.config.inference.thoughtBudgetTokens;
      const answerTokens = Math.min(this.config.inference.maxAnswerTokens, this.engine.contextSize - prompt.used - thoughtTokens);
      let thought = '';
      let answer = '';
      let finished: Extract<InferenceEvent, { type: 'done' }> | undefined;
      const events = this.engine.generate(
        {
          // Fairness: the queue shares sequences between clinicians, not between their open tabs.
          callerId: params.actor.userId,
          // Fairness: the queue shares sequences between clinicians, not between their open tabs.
          callerId: params.actor.userId,
          conversationId: conversation.id,
          messages: [{ role: 'system', content: prompt.systemText }, ...prompt.messages],
          maxTokens: thoughtTokens + answerTokens,
          thoughtBudgetTokens: thoughtTokens,
          grammar: params.strict
            ? buildStrictAnswerGrammar(language, strictAnswerLimits({ answerTokens, tokensPerChar: await this.tokensPerChar() }))
            : undefined,
        },
        params.signal,
      );
      for await (const event of events) {
        switch (event.type) {
          case 'thought':
            thought += event.delta;
            yield event;
            break;
          case 'answer':
            answer += event.delta;
            yield event;
            break;
          case 'error':
            errorCode = event.code;
            break;
          case 'done':
            finished = event;
            break;
        }
      }
      if (!finished || finished.finishReason === 'error') throw new DomainError(errorCode ?? 'GENERATION_FAILED', 'The model failed while answering');
      if (finished.finishReason === 'cancelled') {
        outcome = 'cancelled';
      } else {
        done = this.completeAnswer({ thought, answer, finished, status });
        conversation.profile = profile;
        conversation.turns.push({ question: params.content, answer });
        outcome = 'success';
      }
    } catch (error) {
      errorCode ??= errorCodeOf(error);
      if (!params.signal.aborted) {
        this.logger.error(`Question failed: ${errorCode}`);
        const retryAfterSeconds = isInferenceError(error) ? error.retryAfterSeconds : undefined;
        yield {
          type: 'error',
          statusCode: isInferenceError(error) ? 503 : 500,
          code: errorCode,
          message: publicMessage(error),
          ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        };
      } else {
        outcome = 'cancelled';
      }
    } finally {
      conversation.busy = false;
      conversation.lastActiveAt = Date.now();
    }

    // Fail closed: the answer is reported complete only once its audit event is committed.
    try {
      await this.audit.record({
        action: 'chat.message',
        outcome,
        actor: params.actor,
        requestId: params.requestId,
        clientAddress: params.clientAddress,
        input: params.content,
        summary: {
          conversationId: conversation.id,
          sectionsPresent: done ? ANSWER_SECTION_KEYS.filter((key) => done?.sections[key].present) : [],
          conceptCodes: [...new Set(extraction.concepts.flatMap((concept) => (concept.icd11 ? [concept.icd11.code] : [])))],
          entityCounts: countBy(extraction.entities.map((entity) => entity.type)),
          deidFindingCounts: countFindingsByType(deidentify(params.content).findings) as Record<string, number>,
          lintCounts: done ? countBy(done.lint.map((flag) => flag.kind)) : {},
          tokensIn: done?.usage.promptTokens ?? 0,
          tokensOut: done?.usage.generatedTokens ?? 0,
          contextTokens,
          latencyMs: Date.now() - startedAt,
          firstTokenMs: done?.timings.firstTokenMs === null || !done ? undefined : Math.round(done.timings.firstTokenMs),
          modelName: done ? auditCode(done.model) : undefined,
          templateName: CLINICAL_SYSTEM_TEMPLATE_NAME,
          templateVersion,
          finishReason: done?.finishReason ?? outcome,
          strictMode: params.strict,
          demoModel: done?.demo,
          errorCode,
        },
      });
    } catch (error) {
      this.logger.error(`Audit event for a question could not be committed: ${errorCodeOf(error)}`);
      if (outcome === 'success') {
        yield { type: 'error', statusCode: 503, code: 'AUDIT_UNAVAILABLE', message: 'audit unavailable: the answer could not be recorded and is withdrawn' };
      }
      return;
    }
    this.metrics.observeQuestion({
      entry: 'chat',
      outcome,
      seconds: (Date.now() - startedAt) / 1000,
      tokensIn: done?.usage.evaluatedTokens ?? 0,
      tokensOut: done?.usage.generatedTokens ?? 0,
    });
    if (done) yield done;
  }

  private completeAnswer(params: {
    thought: string;
    answer: string;
    finished: Extract<InferenceEvent, { type: 'done' }>;
    status: { model: { name: string; demo: boolean } };
  }): ChatDoneEvent {
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
      model: params.status.model.name,
      demo: params.status.model.demo,
      disclaimer: DISCLAIMER,
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

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Model names become audit codes: the trail keeps identifiers, never prose. */
function auditCode(value: string): string {
  return value.replace(/[^A-Za-z0-9._:/@-]+/g, '-').slice(0, 128);
}

function errorCodeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'INTERNAL_ERROR';
}

function publicMessage(error: unknown): string {
  return error instanceof DomainError || isInferenceError(error) ? error.message : 'The answer could not be completed';
}
