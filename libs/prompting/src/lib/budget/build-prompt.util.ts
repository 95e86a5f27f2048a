import type { PromptTemplate } from '../templates/prompt-template.model';
import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import type { PatientProfile } from '../profile/patient-profile.model';
import { renderSystemText } from './render-system-text.util';
import type { HistoryMessage } from './chat-message.model';

export type CountTokens = (text: string) => number | Promise<number>;

export interface BuildPromptInput {
  template: PromptTemplate;
  profile: PatientProfile;
  /** Earlier messages of the conversation, oldest first, without the current question. */
  history: readonly HistoryMessage[];
  question: string;
  /** The model context size in tokens. */
  contextSize: number;
  /** Tokens kept free for the thought and the answer. */
  reserveForAnswer: number;
  /** The model's own tokenizer, injected so this library stays free of the engine. */
  countTokens: CountTokens;
  /** YYYY-MM-DD; defaults to today's UTC date. */
  today?: string;
  /** Tokens the model's chat format adds around every message; its renderer owns the figure (the API passes @medlocal/inference's). */
  turnOverheadTokens: number;
}

export interface BuiltPrompt {
  /** Rendered template including the patient profile. */
  systemText: string;
  /** The history that fits, oldest first, then the current question as the last user message. */
  messages: HistoryMessage[];
  /** Tokens the prompt takes, chat-format overhead included. */
  used: number;
  /** contextSize - reserveForAnswer. */
  limit: number;
  /** Whole exchanges (a user message and the replies to it) left out, oldest first. */
  droppedTurns: number;
  droppedMessages: number;
}

/**
 * Assembles system text + pinned profile + as much recent history as fits + the question.
 * History is dropped a whole exchange at a time, oldest first, so the model never sees an
 * answer without its question; the profile and the question are never dropped — if they
 * alone do not fit, a `ContextTooSmall` error gives the sizes.
 */
export async function buildPrompt(input: BuildPromptInput): Promise<BuiltPrompt> {
  const overhead = input.turnOverheadTokens;
  const limit = input.contextSize - input.reserveForAnswer;
  if (!Number.isInteger(input.contextSize) || input.contextSize <= 0 || input.reserveForAnswer < 0 || limit <= 0) {
    throw new PromptingError(
      PromptingErrorCode.InvalidBudget,
      `Context size ${input.contextSize} leaves no room after reserving ${input.reserveForAnswer} tokens for the answer`,
      { contextSize: input.contextSize, reserveForAnswer: input.reserveForAnswer },
    );
  }
  const systemText = renderSystemText({ template: input.template, profile: input.profile, today: input.today });
  const systemTokens = (await input.countTokens(systemText)) + overhead;
  const questionTokens = (await input.countTokens(input.question)) + overhead;
  const fixedTokens = systemTokens + questionTokens;
  if (fixedTokens > limit) {
    throw new PromptingError(
      PromptingErrorCode.ContextTooSmall,
      `System prompt with profile (${systemTokens} tokens) and question (${questionTokens} tokens) need ${fixedTokens} tokens, ` +
        `but only ${limit} of the ${input.contextSize}-token context are left after reserving ${input.reserveForAnswer} for the answer`,
      { systemTokens, questionTokens, limit, contextSize: input.contextSize, reserveForAnswer: input.reserveForAnswer },
    );
  }

  const exchanges = groupIntoExchanges(input.history);
  const kept: HistoryMessage[][] = [];
  let used = fixedTokens;
  for (let index = exchanges.length - 1; index >= 0; index--) {
    const exchange = exchanges[index] ?? [];
    let exchangeTokens = 0;
    for (const message of exchange) {
      exchangeTokens += (await input.countTokens(message.content)) + overhead;
    }
    // Stop at the first exchange that does not fit: skipping it to fit an older one
    // would leave a gap the model cannot see.
    if (used + exchangeTokens > limit) break;
    used += exchangeTokens;
    kept.unshift(exchange);
  }
  const keptMessages = kept.flat();
  return {
    systemText,
    messages: [...keptMessages, { role: 'user', content: input.question }],
    used,
    limit,
    droppedTurns: exchanges.length - kept.length,
    droppedMessages: input.history.length - keptMessages.length,
  };
}

/** Splits history into exchanges: a user message and the assistant messages after it. */
function groupIntoExchanges(history: readonly HistoryMessage[]): HistoryMessage[][] {
  const exchanges: HistoryMessage[][] = [];
  for (const message of history) {
    const current = exchanges[exchanges.length - 1];
    if (message.role === 'user' || !current) {
      exchanges.push([message]);
    } else {
      current.push(message);
    }
  }
  return exchanges;
}
