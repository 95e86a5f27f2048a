import type { ConversationDetailResponse, ConversationSummaryDto, ConversationTurnDto, PatientProfileDto } from '@medlocal/contracts';
import { toWireEvent } from '../stream/to-wire-event.util';
import type { Conversation, ConversationTurn } from './conversation';

const UNTITLED_TITLE_CHARS = 60;

/** What the conversation list shows: the owner's title or the first question, and who the patient is. */
export function toConversationSummary(conversation: Conversation): ConversationSummaryDto {
  const { profile } = conversation;
  return {
    id: conversation.id,
    title: conversation.title ?? firstQuestionTitle(conversation),
    renamed: conversation.title !== null,
    turnCount: conversation.turns.length,
    createdAt: new Date(conversation.createdAt).toISOString(),
    lastActiveAt: new Date(conversation.lastActiveAt).toISOString(),
    profile: {
      age: profile.age?.value ?? null,
      sex: profile.sex?.value ?? null,
      diagnoses: profile.diagnoses.map((diagnosis) => diagnosis.name),
    },
  };
}

export function toConversationDetail(conversation: Conversation, idleTtlMinutes: number): ConversationDetailResponse {
  return {
    ...toConversationSummary(conversation),
    idleTtlMinutes,
    turns: conversation.turns.map(toTurnView),
    currentProfile: conversation.profile as PatientProfileDto,
  };
}

function toTurnView(turn: ConversationTurn): ConversationTurnDto {
  const meta = toWireEvent({ event: turn.meta });
  const done = toWireEvent({ event: turn.done });
  if (meta.type !== 'meta' || done.type !== 'done') throw new Error('A committed turn holds its meta and done events');
  return { question: turn.question, thought: turn.thought, answer: turn.answer, meta: meta.data, done: done.data, feedback: turn.feedback };
}

function firstQuestionTitle(conversation: Conversation): string | null {
  const first = conversation.turns[0]?.question.replace(/\s+/g, ' ').trim();
  if (!first) return null;
  const characters = [...first];
  return characters.length <= UNTITLED_TITLE_CHARS ? first : `${characters.slice(0, UNTITLED_TITLE_CHARS - 1).join('')}…`;
}
