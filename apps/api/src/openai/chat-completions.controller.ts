import { Body, Controller, Get, HttpCode, Inject, Optional, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import {
  INFERENCE_ENGINE,
  openAiFinishReason,
  openAiStreamPayloads,
  openAiUsage,
  type InferenceEngine,
  type InferenceEvent,
  type InferenceRequest,
} from '@medlocal/inference';
import { ApiKeyAccess } from '../common/access/access.decorators';
import type { ApiCaller } from '../common/access/api-caller';
import { requestContextOf } from '../common/access/request-context.util';
import { apiCallerAuditActor } from '../common/audit/audit-actor.util';
import { AuditGate } from '../audit/audit-gate';
import { APP_CONFIG, type AppConfig } from '../config';
import { AUDIT_RECORDER, type AuditOutcome, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { CoalescedWrites, STREAM_WRITE_HOLD_MS } from '../common/streaming/coalesced-writes';
import { InFlightQuestions } from '../drain/in-flight-questions';
import type { TrackedQuestion } from '../drain/tracked-question';
import { DomainError } from '../common/errors';
import { MetricsService } from '../metrics/metrics.service';
import { apiCallerId } from '../common/access/api-caller-id.util';
import { ApiKeyGuard } from './api-key.guard';
import { ChatCompletionRequestDto } from './chat-completion.request.dto';
import { OpenAiError, OpenAiErrorCode } from './openai.errors';
import { TokenizeRequestDto } from './tokenize.request.dto';

type DoneEvent = Extract<InferenceEvent, { type: 'done' }>;
type RecordCall = (done: DoneEvent | undefined, outcome: AuditOutcome, errorCode?: string) => Promise<void>;

const AUDIT_UNAVAILABLE_MESSAGE = 'audit unavailable: the answer could not be recorded';

/**
 * OpenAI-compatible inference for other hospital systems and for other MedLocal instances
 * (`MEDLOCAL_ROLE=inference-node`): thought as `reasoning_content`, answer as `content`. In the full
 * API a call fails closed on its audit: the store must be writable before the first byte, and the
 * answer is reported complete (body, or finishing chunk and `[DONE]`) only once its event is
 * recorded. An inference node keeps no data, so the MedLocal that called it audits the question.
 */
@ApiTags('openai')
@ApiBearerAuth()
@ApiKeyAccess()
@UseGuards(ApiKeyGuard)
@Controller()
export class ChatCompletionsController {
  constructor(
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly inFlight: InFlightQuestions,
    @Optional() @Inject(AUDIT_RECORDER) private readonly audit?: AuditRecorder,
    @Optional() private readonly auditGate?: AuditGate,
  ) {}

  @Get('v1/models')
  async models() {
    const { model } = await this.engine.getStatus();
    // max_model_len is vLLM's name for the context one question may fill: an API instance in front budgets its prompts by it.
    return { object: 'list', data: [{ id: model.name, object: 'model', owned_by: 'medlocal', created: 0, max_model_len: model.contextSize }] };
  }

  @Post('tokenize')
  @HttpCode(200)
  async tokenize(@Body() body: TokenizeRequestDto, @Req() req: Request & { apiCaller?: ApiCaller }) {
    // Clinical text reaches the model's tokenizer: on file like a question, committed before the tokens
    // are answered, never only journalled (an inference node keeps no trail).
    await this.auditGate?.assertAvailable();
    const tokens = await this.engine.tokenize(body.content);
    try {
      await this.audit?.commit({
        action: 'v1.tokenize',
        outcome: 'success',
        actor: apiCallerAuditActor(req.apiCaller),
        ...requestContextOf(req),
        input: body.content,
        summary: { tokensIn: tokens.length, apiKeyId: req.apiCaller?.kind === 'key' ? req.apiCaller.keyId : undefined },
      });
    } catch {
      throw new DomainError('AUDIT_UNAVAILABLE', 'audit unavailable: the call could not be recorded; nothing was answered', { retryAfterSeconds: 5 });
    }
    return { tokens };
  }

  @Post('v1/chat/completions')
  @HttpCode(200)
  async complete(@Body() body: ChatCompletionRequestDto, @Req() req: Request & { apiCaller?: ApiCaller }, @Res() res: Response): Promise<void> {
    this.assertWithinTokenBudget(body);
    await this.auditGate?.assertAvailable();
    await this.recordReceived(body, req);
    const abort = new AbortController();
    // Tracked until its audit event, so a shutdown refuses it while queued or lets it finish.
    const question = this.inFlight.track(abort);
    try {
      await this.serve(body, req, res, abort, question);
    } finally {
      question.end();
    }
  }

  private async serve(
    body: ChatCompletionRequestDto,
    req: Request & { apiCaller?: ApiCaller },
    res: Response,
    abort: AbortController,
    question: TrackedQuestion,
  ): Promise<void> {
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const request: InferenceRequest = {
      callerId: apiCallerId({ caller: req.apiCaller, user: body.user }),
      messages: body.messages,
      maxTokens: body.max_completion_tokens ?? body.max_tokens,
      sampling: { temperature: body.temperature, topP: body.top_p, topK: body.top_k, seed: body.seed },
      grammar: body.grammar,
      grammarCoversThought: body.grammar !== undefined && body.grammar_covers_thought === true,
    };
    const record = this.recorder(body, req);
    const iterator = question.guard(this.engine.generate(request, abort.signal))[Symbol.asyncIterator]();
    try {
      let first: IteratorResult<InferenceEvent>;
      try {
        first = await iterator.next();
      } catch (error) {
        // Refused before the first token (queue full, prompt too long, grammar): a JSON status answer, audited.
        await record(undefined, 'failure', errorCodeOf(error)).catch(() => undefined);
        throw error;
      }
      const id = `chatcmpl-${randomUUID()}`;
      const modelName = this.engine.modelName;
      if (body.stream) {
        await this.stream({ res, id, modelName, first, rest: iterator, includeUsage: body.stream_options?.include_usage ?? false, record });
      } else {
        await this.answer({ res, id, modelName, first, rest: iterator, record });
      }
    } finally {
      // Every exit (done, error, audit failure, client gone) closes the generator: its sequence is released.
      await iterator.return?.(undefined);
    }
  }

  /**
   * A call may ask for no more tokens than a clinician's question gets (answer + thought budget):
   * a hospital system asking for 32k tokens would hold a sequence many times longer than anyone else.
   */
  private assertWithinTokenBudget(body: ChatCompletionRequestDto): void {
    const budget = this.config.inference.maxAnswerTokens + this.config.inference.thoughtBudgetTokens;
    const field = body.max_completion_tokens !== undefined ? 'max_completion_tokens' : 'max_tokens';
    const requested = body.max_completion_tokens ?? body.max_tokens;
    if (requested !== undefined && requested > budget) {
      throw new OpenAiError(
        OpenAiErrorCode.MaxTokensAboveBudget,
        `${field} ${requested} is above this server's budget of ${budget} tokens (INFERENCE_MAX_ANSWER_TOKENS + INFERENCE_THOUGHT_BUDGET_TOKENS)`,
        { limit: budget },
      );
    }
  }

  /** Fail closed before generation: the call is committed to the trail (never only journalled) before the model sees it. */
  private async recordReceived(body: ChatCompletionRequestDto, req: Request & { apiCaller?: ApiCaller }): Promise<void> {
    if (!this.audit) return; // an inference node: the MedLocal that called it audits the question
    try {
      await this.audit.commit({
        action: 'question.received',
        outcome: 'success',
        actor: apiCallerAuditActor(req.apiCaller),
        ...requestContextOf(req),
        input: body.messages.map((message) => message.content).join('\n'),
        summary: { streamed: body.stream ?? false, apiKeyId: req.apiCaller?.kind === 'key' ? req.apiCaller.keyId : undefined },
      });
    } catch {
      throw new DomainError('AUDIT_UNAVAILABLE', 'audit unavailable: the call could not be recorded; nothing was answered', { retryAfterSeconds: 5 });
    }
  }

  private recorder(body: ChatCompletionRequestDto, req: Request & { apiCaller?: ApiCaller }): RecordCall {
    const startedAt = Date.now();
    return async (done, outcome, errorCode) => {
      this.metrics.observeQuestion({
        entry: 'v1',
        outcome: outcome === 'failure' ? 'error' : outcome,
        seconds: (Date.now() - startedAt) / 1000,
        tokensIn: done?.usage.evaluatedTokens ?? 0,
        tokensOut: done?.usage.generatedTokens ?? 0,
      });
      await this.audit?.record({
        action: 'v1.completion',
        outcome,
        actor: apiCallerAuditActor(req.apiCaller),
        ...requestContextOf(req),
        input: body.messages.map((message) => message.content).join('\n'),
        summary: {
          streamed: body.stream ?? false,
          tokensIn: done?.usage.promptTokens ?? 0,
          tokensOut: done?.usage.generatedTokens ?? 0,
          latencyMs: Date.now() - startedAt,
          finishReason: done?.finishReason ?? outcome,
          ...(errorCode ? { errorCode } : {}),
          apiKeyId: req.apiCaller?.kind === 'key' ? req.apiCaller.keyId : undefined,
        },
      });
    };
  }

  /** Non-stream: the body goes out only after its event is recorded; a failed write is 503 and no answer. */
  private async answer(params: {
    res: Response;
    id: string;
    modelName: string;
    first: IteratorResult<InferenceEvent>;
    rest: AsyncIterator<InferenceEvent>;
    record: RecordCall;
  }): Promise<void> {
    const completion = await this.collect(params.id, params.modelName, params.first, params.rest);
    const outcome: AuditOutcome = completion.failure ? 'error' : completion.done?.finishReason === 'cancelled' ? 'cancelled' : 'success';
    try {
      await params.record(completion.done, outcome, completion.failure?.code);
    } catch {
      throw new DomainError('AUDIT_UNAVAILABLE', AUDIT_UNAVAILABLE_MESSAGE, { retryAfterSeconds: 5 });
    }
    if (completion.failure) throw new DomainError(completion.failure.code, completion.failure.message);
    params.res.json(completion.body);
  }

  /**
   * Stream: deltas go out as they come (the store was writable before the first byte); the finishing
   * chunk and `[DONE]` only once the event is recorded. If it cannot be, the stream ends with an
   * error chunk and no `[DONE]`, so the client knows the answer was not completed.
   */
  private async stream(params: {
    res: Response;
    id: string;
    modelName: string;
    first: IteratorResult<InferenceEvent>;
    rest: AsyncIterator<InferenceEvent>;
    includeUsage: boolean;
    record: RecordCall;
  }): Promise<void> {
    const { res, id, modelName } = params;
    res.status(200).setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    const context = { id, created: Math.floor(Date.now() / 1000), model: modelName, includeUsage: params.includeUsage };
    const out = new CoalescedWrites(res, STREAM_WRITE_HOLD_MS);
    const send = (payload: unknown) => out.write(`data: ${JSON.stringify(payload)}\n\n`);
    const endWithError = (code: string, message: string) => {
      send({ error: { message, code } });
      out.flush();
      if (!res.destroyed) res.end();
    };
    let failure: string | undefined;
    try {
      for (let step = params.first; !step.done; step = await params.rest.next()) {
        const event = step.value;
        if (event.type === 'error') failure = event.code;
        if (event.type === 'done') {
          try {
            await params.record(event, failure ? 'error' : event.finishReason === 'cancelled' ? 'cancelled' : 'success', failure);
          } catch {
            endWithError('AUDIT_UNAVAILABLE', AUDIT_UNAVAILABLE_MESSAGE);
            return;
          }
        }
        for (const payload of openAiStreamPayloads(event, context)) send(payload);
        // The first event's chunks (the role, then the first delta) go out together at once: the first token is never held.
        if (step === params.first) out.flush();
      }
    } catch (error) {
      const code = errorCodeOf(error) ?? 'GENERATION_FAILED';
      await params.record(undefined, 'error', code).catch(() => undefined);
      endWithError(code, 'the answer failed while streaming');
      return;
    }
    out.flush();
    if (!res.destroyed) res.end('data: [DONE]\n\n');
  }

  private async collect(id: string, modelName: string, first: IteratorResult<InferenceEvent>, rest: AsyncIterator<InferenceEvent>) {
    let content = '';
    let reasoning = '';
    let done: DoneEvent | undefined;
    let failure: Extract<InferenceEvent, { type: 'error' }> | undefined;
    for (let step = first; !step.done; step = await rest.next()) {
      const event = step.value;
      if (event.type === 'thought') reasoning += event.delta;
      else if (event.type === 'answer') content += event.delta;
      else if (event.type === 'error') failure = event;
      else done = event;
    }
    return {
      done,
      failure,
      body: {
        id,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: modelName,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, ...(reasoning ? { reasoning_content: reasoning } : {}) },
            finish_reason: done ? openAiFinishReason(done.finishReason) : 'stop',
          },
        ],
        usage: done ? openAiUsage(done.usage) : undefined,
      },
    };
  }
}

function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : undefined;
}
