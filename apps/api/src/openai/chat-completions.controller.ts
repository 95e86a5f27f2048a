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
import { ApiKeyAccess } from '../accounts/access/access.decorators';
import type { ApiCaller } from '../accounts/api-keys/api-key.service';
import { requestContextOf } from '../accounts/common/request-context.util';
import { AuditGate } from '../audit/audit-gate';
import { AuditRecorderService } from '../audit/audit-recorder.service';
import { MetricsService } from '../metrics/metrics.service';
import { ApiKeyGuard } from './api-key.guard';
import { ChatCompletionRequestDto } from './chat-completion.request.dto';
import { TokenizeRequestDto } from './tokenize.request.dto';

type DoneEvent = Extract<InferenceEvent, { type: 'done' }>;

/**
 * OpenAI-compatible inference for other hospital systems and for other MedLocal instances
 * (`MEDLOCAL_ROLE=inference-node`): thought as `reasoning_content`, answer as `content`. In the full
 * API every call is audited before its answer is reported complete; an inference node keeps no
 * data, so the MedLocal that called it audits the question.
 */
@ApiTags('openai')
@ApiBearerAuth()
@ApiKeyAccess()
@UseGuards(ApiKeyGuard)
@Controller()
export class ChatCompletionsController {
  constructor(
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    private readonly metrics: MetricsService,
    @Optional() private readonly audit?: AuditRecorderService,
    @Optional() private readonly auditGate?: AuditGate,
  ) {}

  @Get('v1/models')
  async models() {
    const { model } = await this.engine.getStatus();
    return { object: 'list', data: [{ id: model.name, object: 'model', owned_by: 'medlocal', created: 0 }] };
  }

  @Post('tokenize')
  @HttpCode(200)
  async tokenize(@Body() body: TokenizeRequestDto) {
    return { tokens: await this.engine.tokenize(body.content) };
  }

  @Post('v1/chat/completions')
  @HttpCode(200)
  async complete(@Body() body: ChatCompletionRequestDto, @Req() req: Request & { apiCaller?: ApiCaller }, @Res() res: Response): Promise<void> {
    await this.auditGate?.assertAvailable();
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const request: InferenceRequest = {
      messages: body.messages,
      maxTokens: body.max_completion_tokens ?? body.max_tokens,
      sampling: { temperature: body.temperature, topP: body.top_p, topK: body.top_k, seed: body.seed },
      grammar: body.grammar,
    };
    const startedAt = Date.now();
    const record = async (done: DoneEvent | undefined, outcome: 'success' | 'cancelled' | 'error') => {
      this.metrics.observeQuestion({
        entry: 'v1',
        outcome,
        seconds: (Date.now() - startedAt) / 1000,
        tokensIn: done?.usage.evaluatedTokens ?? 0,
        tokensOut: done?.usage.generatedTokens ?? 0,
      });
      await this.audit?.record({
        action: 'v1.completion',
        outcome,
        actor: callerActor(req.apiCaller),
        ...requestContextOf(req),
        input: body.messages.map((message) => message.content).join('\n'),
        summary: {
          streamed: body.stream ?? false,
          tokensIn: done?.usage.promptTokens ?? 0,
          tokensOut: done?.usage.generatedTokens ?? 0,
          latencyMs: Date.now() - startedAt,
          finishReason: done?.finishReason ?? outcome,
          apiKeyId: req.apiCaller?.kind === 'key' ? req.apiCaller.keyId : undefined,
        },
      });
    };
    const iterator = this.engine.generate(request, abort.signal)[Symbol.asyncIterator]();
    // Errors before the first event (queue full, prompt too long) still become a JSON status answer.
    const first = await iterator.next();
    const id = `chatcmpl-${randomUUID()}`;
    const { model } = await this.engine.getStatus();
    if (body.stream) {
      await this.stream({ res, id, modelName: model.name, first, rest: iterator, includeUsage: body.stream_options?.include_usage ?? false, record });
    } else {
      const completion = await this.collect(id, model.name, first, iterator);
      await record(completion.done, completion.done?.finishReason === 'cancelled' ? 'cancelled' : 'success');
      res.json(completion.body);
    }
  }

  private async stream(params: {
    res: Response;
    id: string;
    modelName: string;
    first: IteratorResult<InferenceEvent>;
    rest: AsyncIterator<InferenceEvent>;
    includeUsage: boolean;
    record: (done: DoneEvent | undefined, outcome: 'success' | 'cancelled' | 'error') => Promise<void>;
  }): Promise<void> {
    const { res, id, modelName } = params;
    res.status(200).setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    const context = { id, created: Math.floor(Date.now() / 1000), model: modelName, includeUsage: params.includeUsage };
    const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    let failed = false;
    for (let step = params.first; !step.done; step = await params.rest.next()) {
      const event = step.value;
      if (event.type === 'error') failed = true;
      if (event.type === 'done') {
        try {
          // Fail closed: the finishing chunk goes out only once the call is audited.
          await params.record(event, failed ? 'error' : event.finishReason === 'cancelled' ? 'cancelled' : 'success');
        } catch {
          send({ error: { message: 'audit unavailable: the answer could not be recorded', code: 'AUDIT_UNAVAILABLE' } });
          res.end();
          return;
        }
      }
      for (const payload of openAiStreamPayloads(event, context)) send(payload);
    }
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
    if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
    return {
      done,
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

/** API keys act for a department, not a person: the audit names the key, never free text. */
function callerActor(caller: ApiCaller | undefined) {
  if (caller?.kind === 'key') return { userId: `api-key:${caller.keyId}`, username: 'api-key', role: 'api-key', department: caller.departmentCode };
  return { userId: `service-key:${caller?.kind === 'service' ? caller.keyIndex : 'unknown'}`, username: 'service', role: 'service', department: null };
}
