import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import type { ConversationDetailResponse, ConversationListResponse, ConversationSummaryDto } from '@medlocal/contracts';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../common/access/access.decorators';
import type { Principal } from '../common/access/principal';
import { requestContextOf } from '../common/access/request-context.util';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { statusForErrorCode } from './chat-error-statuses';
import { DomainError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config';
import { Inject } from '@nestjs/common';
import { ChatError, ChatErrorCode } from './chat.errors';
import { ChatService } from './chat.service';
import { ConversationStore } from './conversations/conversation.store';
import { toConversationDetail, toConversationSummary } from './conversations/conversation-view.mapper';
import { RenameConversationRequestDto } from './dto/rename-conversation.request.dto';
import { SendMessageRequestDto } from './dto/send-message.request.dto';
import type { ChatStreamEvent } from './stream/chat-stream-event';
import { SseWriter } from './stream/sse-writer';
import { toWireEvent } from './stream/to-wire-event.util';

@ApiTags('chat')
@Roles('clinician')
@Controller('chat/conversations')
export class ChatController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly conversations: ConversationStore,
    private readonly chat: ChatService,
  ) {}

  @Post()
  create(@CurrentUser() principal: Principal): { id: string } {
    return { id: this.conversations.create(principal.userId).id };
  }

  /** The caller's own open conversations; nobody lists anyone else's. */
  @Get()
  list(@CurrentUser() principal: Principal): ConversationListResponse {
    return { conversations: this.conversations.listOf(principal.userId).map(toConversationSummary), idleTtlMinutes: this.config.chat.idleTtlMinutes };
  }

  /** One of the caller's conversations with its answered turns; another user's is 404, as if it never existed. */
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): ConversationDetailResponse {
    return toConversationDetail(this.conversations.open(id, principal.userId), this.config.chat.idleTtlMinutes);
  }

  @Patch(':id')
  rename(@Param('id', ParseUUIDPipe) id: string, @Body() body: RenameConversationRequestDto, @CurrentUser() principal: Principal): ConversationSummaryDto {
    return toConversationSummary(this.conversations.rename(id, principal.userId, body.title));
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): Promise<void> {
    await this.conversations.delete(id, principal.userId);
  }

  /** Streams `meta`, `thought`, `answer`, then `done` or `error` as Server-Sent Events; disconnecting cancels. */
  @Post(':id/messages')
  @ApiProduces('text/event-stream')
  async send(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SendMessageRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const limit = this.config.chat.maxMessageChars;
    if (body.content.length > limit) {
      throw new ChatError(ChatErrorCode.MessageTooLong, `content is ${body.content.length} characters; the limit is ${limit}`);
    }
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const events = await this.chat.prepare({
      conversationId: id,
      ownerUserId: principal.userId,
      content: body.content,
      strict: body.strict ?? true,
      actor: auditActorOf(principal),
      ...requestContextOf(req),
      abort,
    });
    const opening = await this.untilGenerationStarts(events);
    const refusal = opening.at(-1);
    if (refusal?.type === 'error' && statusForErrorCode(refusal.code) !== undefined) {
      // Let the service commit the question's audit event before the status answer goes out.
      for await (const _ of events) void _;
      throw new DomainError(
        refusal.code,
        refusal.message,
        refusal.retryAfterSeconds === undefined ? undefined : { retryAfterSeconds: refusal.retryAfterSeconds },
      );
    }
    const sse = new SseWriter(res);
    try {
      for (const event of opening) this.write(sse, event);
      for await (const event of events) this.write(sse, event);
    } finally {
      sse.end();
    }
  }

  /**
   * Holds `meta` back until the model has a sequence: a refusal before the first token (queue full,
   * model not loaded, prompt too long) then still becomes a plain status answer with its code (and
   * Retry-After where waiting helps) before the 200 and the stream headers, not an error inside a stream.
   */
  private async untilGenerationStarts(events: AsyncGenerator<ChatStreamEvent>): Promise<ChatStreamEvent[]> {
    const opening: ChatStreamEvent[] = [];
    for (;;) {
      const step = await events.next();
      if (step.done) return opening;
      opening.push(step.value);
      if (step.value.type !== 'meta') return opening;
    }
  }

  private write(sse: SseWriter, event: ChatStreamEvent): void {
    const wire = toWireEvent({ event });
    sse.send(wire.type, wire.data);
  }
}
