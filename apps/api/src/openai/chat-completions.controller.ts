import { Body, Controller, Get, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from './api-key.guard';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { INFERENCE_ENGINE, type InferenceEngine, type InferenceEvent, type InferenceRequest } from '@medlocal/inference';
import { ChatCompletionRequestDto } from './chat-completion.request.dto';
import { openAiFinishReason, openAiUsage } from './chat-completion.mapper';
import { TokenizeRequestDto } from './tokenize.request.dto';

/**
 * OpenAI-compatible inference for other hospital systems and for other MedLocal instances
 * (`MEDLOCAL_ROLE=inference-node`): thought as `reasoning_content`, answer as `content`.
 */
@ApiTags('openai')
@ApiBearerAuth()
@UseGuards(ApiKeyGuard)
@Controller()
export class ChatCompletionsController {
  constructor(@Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine) {}

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
  async complete(@Body() body: ChatCompletionRequestDto, @Res() res: Response): Promise<void> {
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
    const iterator = this.engine.generate(request, abort.signal)[Symbol.asyncIterator]();
    // Errors before the first event (queue full, prompt too long) still become a JSON status answer.
    const first = await iterator.next();
    const id = `chatcmpl-${randomUUID()}`;
    const { model } = await this.engine.getStatus();
    if (body.stream) {
      await this.stream(res, id, model.name, first, iterator, body.stream_options?.include_usage ?? false);
    } else {
      res.json(await this.collect(id, model.name, first, iterator));
    }
  }

  private async stream(
    res: Response,
    id: string,
    modelName: string,
    first: IteratorResult<InferenceEvent>,
    rest: AsyncIterator<InferenceEvent>,
    includeUsage: boolean,
  ): Promise<void> {
    res.status(200).setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    const created = Math.floor(Date.now() / 1000);
    const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunk = (delta: Record<string, string>, finishReason: string | null = null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model: modelName,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    });
    for (let step = first; !step.done; step = await rest.next()) {
      const event = step.value;
      switch (event.type) {
        case 'thought':
          send(chunk({ reasoning_content: event.delta }));
          break;
        case 'answer':
          send(chunk({ content: event.delta }));
          break;
        case 'error':
          send({ error: { message: event.message, code: event.code } });
          break;
        case 'done':
          send(chunk({}, openAiFinishReason(event.finishReason)));
          if (includeUsage) send({ id, object: 'chat.completion.chunk', created, model: modelName, choices: [], usage: openAiUsage(event.usage) });
          break;
      }
    }
    if (!res.destroyed) res.end('data: [DONE]\n\n');
  }

  private async collect(id: string, modelName: string, first: IteratorResult<InferenceEvent>, rest: AsyncIterator<InferenceEvent>) {
    let content = '';
    let reasoning = '';
    let done: Extract<InferenceEvent, { type: 'done' }> | undefined;
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
    };
  }
}
