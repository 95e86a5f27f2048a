import type { StrictAnswerGrammarLimits } from '@medlocal/prompting';

/** Headings, blank lines between sections and the end of generation, in tokens, generously. */
const STRUCTURE_TOKENS = 48;
const SECTIONS = 4;
const PREFERRED_LINE_CHARS = 80;
const MAX_LINES = 10;

/**
 * Sizes the strict-answer grammar so the longest answer it allows still fits the tokens the
 * answer may use: the grammar, not the token limit, ends the answer, so every section is there.
 * `tokensPerChar` is the model's own worst observed rate (see ChatService) with a safety margin.
 */
export function strictAnswerLimits(params: { answerTokens: number; tokensPerChar: number }): StrictAnswerGrammarLimits {
  const chars = Math.floor((params.answerTokens - STRUCTURE_TOKENS) / params.tokensPerChar);
  // Each line also spends a newline: count it against the section's characters.
  const perSection = Math.max(2, Math.floor(chars / SECTIONS));
  const maxLinesPerSection = Math.min(MAX_LINES, Math.max(1, Math.floor(perSection / PREFERRED_LINE_CHARS)));
  const maxCharsPerLine = Math.max(1, Math.floor(perSection / maxLinesPerSection) - 1);
  return { maxLinesPerSection, maxCharsPerLine };
}
