import type { AnswerSectionEvent } from '@medlocal/prompting';
import type { ChatTurn } from './chat-turn.model';

/** Adds the section parser's events (headings and text) to a turn. */
export function foldSectionEvents(turn: ChatTurn, events: readonly AnswerSectionEvent[]): ChatTurn {
  if (events.length === 0) return turn;
  let preamble = turn.preamble;
  const sections = { ...turn.sections };
  const seen = [...turn.sectionsSeen];
  for (const event of events) {
    if (event.type === 'section-start') {
      if (!seen.includes(event.section)) seen.push(event.section);
    } else if (event.section === null) {
      preamble += event.text;
    } else {
      sections[event.section] += event.text;
    }
  }
  return { ...turn, preamble, sections, sectionsSeen: seen };
}
