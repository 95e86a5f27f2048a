import type { ChatMessage } from '@medlocal/contracts';

/** Name exposed in status and logs; the prompt format is Gemma 3's own chat template. */
export const MEDGEMMA_CHAT_WRAPPER_NAME = 'MedGemmaPrompt (Gemma 3 turns, system text opens the first user turn)';

/** A piece of the prompt; only template pieces may turn into control tokens. */
export interface PromptSegment {
  text: string;
  special: boolean;
  /** Set on the text of a model turn: the engine may substitute the tokens it generated for it. */
  modelTurn?: true;
}

/**
 * Gemma has no system role: like Gemma's chat template, the system text opens the first user
 * turn (`<start_of_turn>user\n{system}\n\n{user}<end_of_turn>\n…<start_of_turn>model\n`).
 * Message text is kept apart from template text so a user typing `<end_of_turn>` cannot forge
 * a turn: it is tokenised as plain text.
 */
/**
 * Tokens the turn format adds around each message's text: `<start_of_turn>`, the role, `\n`,
 * `<end_of_turn>`, `\n`. The prompt budget (@medlocal/prompting) reserves this much per message.
 */
export const MEDGEMMA_TURN_OVERHEAD_TOKENS = 5;

export function renderMedGemmaPrompt(messages: readonly ChatMessage[]): PromptSegment[] {
  const segments: PromptSegment[] = [{ text: '<bos>', special: true }];
  const [first, ...others] = messages;
  const hasSystem = first?.role === 'system';
  let pendingSystem = hasSystem ? first.content.trim() : '';
  for (const message of hasSystem ? others : messages) {
    const role = message.role === 'assistant' ? 'model' : 'user';
    segments.push({ text: `<start_of_turn>${role}\n`, special: true });
    const content = message.content.trim();
    if (pendingSystem && role === 'user') {
      segments.push({ text: `${pendingSystem}\n\n${content}`, special: false });
      pendingSystem = '';
    } else {
      segments.push(role === 'model' ? { text: content, special: false, modelTurn: true } : { text: content, special: false });
    }
    segments.push({ text: '<end_of_turn>\n', special: true });
  }
  if (pendingSystem) {
    // A system text with no user turn yet still belongs in a user turn.
    segments.push({ text: '<start_of_turn>user\n', special: true }, { text: pendingSystem, special: false }, { text: '<end_of_turn>\n', special: true });
  }
  segments.push({ text: '<start_of_turn>model\n', special: true });
  return segments;
}

export function promptSegmentsToText(segments: readonly PromptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
