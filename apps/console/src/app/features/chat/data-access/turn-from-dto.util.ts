import type { ConversationTurnDto } from '@medlocal/contracts';
import { AnswerSectionParser } from '@medlocal/prompting';
import { foldSectionEvents } from './fold-section-events.util';
import { newTurn, type ChatTurn } from './chat-turn.model';

/** An answered turn read back from the server, shown as it was when its stream ended. */
export function turnFromDto({ id, dto }: { id: number; dto: ConversationTurnDto }): ChatTurn {
  const parser = new AnswerSectionParser();
  const streamed = [...parser.push(dto.answer), ...parser.end().events];
  const turn = newTurn(id, dto.question, dto.meta.strict ?? true);
  const stopped = dto.done.finishReason === 'cancelled';
  return foldSectionEvents(
    { ...turn, thought: dto.thought, answer: dto.answer, meta: dto.meta, done: dto.done, state: stopped ? 'stopped' : 'done', feedback: dto.feedback ?? null },
    streamed,
  );
}
