import { buildDemoAnswerGrammar, buildStrictAnswerGrammar, type DemoAnswerGrammarLimits, type PromptLanguage } from '@medlocal/prompting';
import { strictAnswerLimits } from './strict-answer-budget.util';

/** What shapes one answer: a grammar, and whether it covers the thought too (the demo model's). */
export interface AnswerGrammar {
  readonly grammar?: string;
  readonly coversThought: boolean;
}

/** Worst case of the demo model: any character may come as byte-fallback tokens (4 for UTF-8's longest). */
const DEMO_TOKENS_PER_CHAR = 4;
/** The thought's markers and its guideline sentence, in tokens, at worst. */
const DEMO_THOUGHT_STRUCTURE_TOKENS = 28;
/** Headings, blank lines and the recommendation's guideline sentence, in tokens, at worst. */
const DEMO_ANSWER_STRUCTURE_TOKENS = 64;
const DEMO_MAX_THOUGHT_NOISE_CHARS = 60;
const DEMO_MAX_LINE_CHARS = 80;
const SECTIONS = 4;

/**
 * The grammar an answer is generated under. The demo model (random weights, labelled DEMO everywhere)
 * is held to MedGemma's whole shape, thought included, so the console's reasoning panel, section
 * parser and lint show what they do; sized so it ends inside the thought and answer budgets. A real
 * model is never given that grammar: strict mode shapes its answer only, and without strict mode nothing does.
 */
export function answerGrammar(params: {
  demo: boolean;
  strict: boolean;
  language: PromptLanguage;
  answerTokens: number;
  thoughtTokens: number;
  /** The model's measured tokens per character (with margin), for the strict grammar. */
  tokensPerChar: number;
}): AnswerGrammar {
  if (params.demo) {
    return { grammar: buildDemoAnswerGrammar(params.language, demoAnswerLimits(params)), coversThought: true };
  }
  if (!params.strict) return { coversThought: false };
  return {
    grammar: buildStrictAnswerGrammar(params.language, strictAnswerLimits({ answerTokens: params.answerTokens, tokensPerChar: params.tokensPerChar })),
    coversThought: false,
  };
}

function demoAnswerLimits(params: { answerTokens: number; thoughtTokens: number }): DemoAnswerGrammarLimits {
  const thoughtNoiseChars = Math.floor((params.thoughtTokens - DEMO_THOUGHT_STRUCTURE_TOKENS) / DEMO_TOKENS_PER_CHAR);
  const maxCharsPerLine = Math.floor((params.answerTokens - DEMO_ANSWER_STRUCTURE_TOKENS) / (SECTIONS * DEMO_TOKENS_PER_CHAR));
  return {
    thoughtNoiseChars: Math.min(DEMO_MAX_THOUGHT_NOISE_CHARS, Math.max(0, thoughtNoiseChars)),
    maxCharsPerLine: Math.min(DEMO_MAX_LINE_CHARS, Math.max(1, maxCharsPerLine)),
  };
}
