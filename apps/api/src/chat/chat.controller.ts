import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  PROFILE_FACT_KINDS,
  type ConversationDetailResponse,
  type ConversationListResponse,
  type ConversationProfileResponse,
  type ConversationSummaryDto,
  type CreateConversationResponse,
  type PatientProfileDto,
  type ProfileFactKind,
} from '@medlocal/contracts';
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
import { AnswerFeedbackRequestDto } from './dto/answer-feedback.request.dto';
import { CreateConversationRequestDto } from './dto/create-conversation.request.dto';
import { ConversationSeedService } from './seed/conversation-seed.service';
import { CorrectProfileFactRequestDto, RemoveProfileFactQueryDto } from './dto/correct-profile-fact.request.dto';
import { ProfileEditService } from './profile/profile-edit.service';
import { RenameConversationRequestDto } from './dto/rename-conversation.request.dto';
import { AnswerFeedbackService } from './feedback/answer-feedback.service';
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
    private readonly feedback: AnswerFeedbackService,
    private readonly profileEdits: ProfileEditService,
    private readonly seeds: ConversationSeedService,
  ) {}

  /** A new, empty conversation; or, with a seed, one continued from the console's copy of a conversation whose instance is gone. */
  @Post()
  async create(@Body() body: CreateConversationRequestDto, @CurrentUser() principal: Principal, @Req() req: Request): Promise<CreateConversationResponse> {
    if (body.seed === undefined) return { id: this.conversations.create(principal.userId).id };
    return this.seeds.create({
      ownerUserId: principal.userId,
      departmentId: principal.departmentId,
      seed: body.seed,
      actor: auditActorOf(principal),
      ...requestContextOf(req),
    });
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

  /** Rates one answered turn: useful, or not useful with reason codes; audited as codes, never text. */
  @Post(':id/turns/:turn/feedback')
  @HttpCode(204)
  async rate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param(
      'turn',
      new ParseIntPipe({ exceptionFactory: () => new DomainError('VALIDATION_FAILED', 'turn must be a whole answered-turn number (1 for the first)') }),
    )
    turn: number,
    @Body() body: AnswerFeedbackRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<void> {
    await this.feedback.rate({
      conversationId: id,
      ownerUserId: principal.userId,
      turn,
      feedback: body,
      actor: auditActorOf(principal),
      ...requestContextOf(req),
    });
  }

  /** Corrects one profile fact (age, sex, a lab value, a vital, a drug's dose, a diagnosis); the next question is asked with it. Audited as the fact's kind only. */
  @Patch(':id/profile/facts')
  async correctFact(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CorrectProfileFactRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<ConversationProfileResponse> {
    const edit = { operation: 'correct' as const, kind: body.kind, key: body.key, value: body.value };
    return {
      profile: (await this.profileEdits.edit({
        conversationId: id,
        ownerUserId: principal.userId,
        edit,
        actor: auditActorOf(principal),
        ...requestContextOf(req),
      })) as PatientProfileDto,
    };
  }

  /** Removes one profile fact; the next question is asked without it. Audited as the fact's kind only. */
  @Delete(':id/profile/facts/:kind')
  async removeFact(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('kind') kind: string,
    @Query() query: RemoveProfileFactQueryDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<ConversationProfileResponse> {
    if (!(PROFILE_FACT_KINDS as readonly string[]).includes(kind)) {
      throw new DomainError('VALIDATION_FAILED', `kind must be one of: ${PROFILE_FACT_KINDS.join(', ')}`);
    }
    const edit = { operation: 'remove' as const, kind: kind as ProfileFactKind, key: query.key };
    return {
      profile: (await this.profileEdits.edit({
        conversationId: id,
        ownerUserId: principal.userId,
        edit,
        actor: auditActorOf(principal),
        ...requestContextOf(req),
      })) as PatientProfileDto,
    };
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
    // A clinician who leaves closes the connection; the response may still be writing, so its own close comes later.
    // The end of what the client sends is the first sign (a browser never half-closes a request it awaits).
    const clientLeft = (): void => abort.abort();
    req.socket.once('end', clientLeft);
    res.once('finish', () => req.socket.off('end', clientLeft));
    // An instance that resumes after a stall reads the request and the end of the connection together, before this
    // route listened for either: the clinician is already gone.
    if (req.socket.readableEnded || req.socket.destroyed) abort.abort();
    const events = await this.chat.prepare({
      conversationId: id,
      ownerUserId: principal.userId,
      content: body.content,
      strict: body.strict ?? true,
      replaceFromTurn: body.replaceFromTurn,
      actor: auditActorOf(principal),
      departmentId: principal.departmentId,
      ...requestContextOf(req),
      abort,
    });
    const opening = await this.untilGenerationStarts(events, this.config.chat.streamOpenAfterMs);
    const refusal = opening.pending ? undefined : opening.events.at(-1);
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
      for (const event of opening.events) this.write(sse, event);
      const waited = await opening.pending;
      if (waited && !waited.done) this.write(sse, waited.value);
      for await (const event of events) this.write(sse, event);
    } finally {
      sse.end();
    }
  }

  /**
   * Holds `meta` back until the model has a sequence: a refusal before the first token (queue full,
   * model not loaded, prompt too long) then still becomes a plain status answer with its code (and
   * Retry-After where waiting helps) before the 200 and the stream headers, not an error inside a stream.
   * A question still waiting after `openAfterMs` (every sequence busy, a long prompt being read) gets its
   * stream opened anyway, with the next event still `pending`: heartbeats then show the instance is alive,
   * and a later refusal (a queue timeout) arrives as an `error` event.
   */
  private async untilGenerationStarts(events: AsyncGenerator<ChatStreamEvent>, openAfterMs: number): Promise<StreamOpening> {
    const opening: ChatStreamEvent[] = [];
    let timer: NodeJS.Timeout | undefined;
    const openAnyway = new Promise<'open'>((resolve) => {
      timer = setTimeout(() => resolve('open'), openAfterMs);
    });
    try {
      for (;;) {
        const next = events.next();
        const step = await Promise.race([next, openAnyway]);
        if (step === 'open') return { events: opening, pending: next };
        if (step.done) return { events: opening, pending: null };
        opening.push(step.value);
        if (step.value.type !== 'meta') return { events: opening, pending: null };
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private write(sse: SseWriter, event: ChatStreamEvent): void {
    const wire = toWireEvent({ event });
    sse.send(wire.type, wire.data);
  }
}

interface StreamOpening {
  readonly events: ChatStreamEvent[];
  /** The next event, still awaited when the question outlasted the opening delay; null when `events` decided. */
  readonly pending: Promise<IteratorResult<ChatStreamEvent>> | null;
}
