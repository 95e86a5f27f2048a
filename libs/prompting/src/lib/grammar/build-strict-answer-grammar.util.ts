import type { PromptLanguage } from '../common/localized-text.model';
import { ANSWER_SECTIONS } from '../answer/answer-section.model';

export interface StrictAnswerGrammarLimits {
  /** Lines of text per section, blank lines not counted. */
  maxLinesPerSection: number;
  /** Characters per line (code points; one Chinese character is one). */
  maxCharsPerLine: number;
}

/**
 * At most 10 lines of 320 characters per section: enough for a full clinical section,
 * small enough that a looping model is cut off instead of filling the context.
 */
export const DEFAULT_STRICT_ANSWER_LIMITS: StrictAnswerGrammarLimits = {
  maxLinesPerSection: 10,
  maxCharsPerLine: 320,
};

/**
 * A llama.cpp GBNF grammar that forces the visible answer (the part after the thought) to be
 * exactly the four "## " sections in canonical order, each with at least one line of text,
 * each bounded in length, then the end of generation. Body lines may not start with "#",
 * so the model cannot slip in a fifth heading or repeat one.
 */
export function buildStrictAnswerGrammar(language: PromptLanguage, limits: StrictAnswerGrammarLimits = DEFAULT_STRICT_ANSWER_LIMITS): string {
  const { maxLinesPerSection, maxCharsPerLine } = limits;
  if (!Number.isInteger(maxLinesPerSection) || maxLinesPerSection < 1 || !Number.isInteger(maxCharsPerLine) || maxCharsPerLine < 1) {
    throw new RangeError(`Strict answer limits must be positive integers, got ${JSON.stringify(limits)}`);
  }
  const sectionRules = ANSWER_SECTIONS.map(({ key, heading }) => `section-${key} ::= ${gbnfLiteral(`## ${heading[language]}\n`)} "\\n"? section-body`);
  return [
    `# MedLocal strict answer (${language}): four headed sections in order, then end.`,
    `root ::= ${ANSWER_SECTIONS.map(({ key }) => `section-${key}`).join(' section-break ')} "\\n"?`,
    ...sectionRules,
    'section-break ::= "\\n" "\\n"?',
    `section-body ::= body-line ("\\n" "\\n"? body-line){0,${maxLinesPerSection - 1}}`,
    // Up to 8 spaces of indentation for nested lists, then a character that is neither a
    // heading mark, white space nor a control character, so every line carries text; tabs
    // are the only control character allowed inside a line.
    `body-line ::= [ \\t]{0,8} [^#\\x00-\\x20\\x7F] [^\\x00-\\x08\\x0A-\\x1F\\x7F]{0,${maxCharsPerLine - 1}}`,
    '',
  ].join('\n');
}

/** Quotes text as a GBNF string literal. */
function gbnfLiteral(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
