import type { PromptLanguage } from '../common/localized-text.model';
import { ANSWER_SECTIONS } from '../answer/answer-section.model';

export interface DemoAnswerGrammarLimits {
  /** Characters of noise in the thought besides its guideline sentence (0: the sentence alone). */
  thoughtNoiseChars: number;
  /** Characters per line of each section (code points). */
  maxCharsPerLine: number;
}

/** MedGemma 1.5's thinking markers, as the engine's thought parser reads them. */
export const MEDGEMMA_THOUGHT_OPEN = '<unused94>thought\n';
export const MEDGEMMA_THOUGHT_CLOSE = '<unused95>';

/** Guideline bodies and years the demo cites: all known to the reasoning lint, so it flags them. */
const DEMO_GUIDELINES = ['KDIGO', 'ESC', 'ADA', 'NICE'] as const;
const DEMO_YEARS = ['2012', '2019', '2021', '2023'] as const;
/** What follows the year: words the demo vocabulary holds, so the sentence costs few tokens. */
const CITATION_ENDINGS: Readonly<Record<PromptLanguage, string>> = { zh: ' 指南。', en: ' guideline.' };

/**
 * A llama.cpp GBNF grammar for the demo model only, covering its whole output: a thought between
 * MedGemma's markers, then the four "## " sections in order, the recommendation ending with a
 * guideline-and-year sentence ("KDIGO 2012 指南。"), as does the thought. The random-weight demo model still writes
 * noise, but in MedGemma's shape, so the reasoning panel, the section parser and the lint all run on
 * it end to end. Never used for a real model: its text would be bent into this template.
 */
export function buildDemoAnswerGrammar(language: PromptLanguage, limits: DemoAnswerGrammarLimits): string {
  const { thoughtNoiseChars, maxCharsPerLine } = limits;
  if (!Number.isInteger(thoughtNoiseChars) || thoughtNoiseChars < 0 || !Number.isInteger(maxCharsPerLine) || maxCharsPerLine < 1) {
    throw new RangeError(`Demo answer limits must be whole numbers (noise 0 or more, line 1 or more), got ${JSON.stringify(limits)}`);
  }
  const sections = ANSWER_SECTIONS.map(({ key, heading }) => {
    const body = key === 'recommendation' ? 'noise-line " " citation' : 'noise-line';
    return `section-${key} ::= ${literal(`## ${heading[language]}\n`)} ${body}`;
  });
  return [
    `# MedLocal demo answer (${language}): a thought between MedGemma's markers, then four headed sections, then end.`,
    `root ::= ${literal(MEDGEMMA_THOUGHT_OPEN)} thought-text ${literal(MEDGEMMA_THOUGHT_CLOSE)} ${ANSWER_SECTIONS.map(({ key }) => `section-${key}`).join(' "\\n\\n" ')}`,
    thoughtNoiseChars > 0 ? `thought-text ::= noise-char{0,${thoughtNoiseChars}} " " citation` : 'thought-text ::= citation',
    ...sections,
    `citation ::= (${DEMO_GUIDELINES.map(literal).join(' | ')}) " " (${DEMO_YEARS.map(literal).join(' | ')}) ${literal(CITATION_ENDINGS[language])}`,
    `noise-line ::= noise-char{1,${maxCharsPerLine}}`,
    // Neither a heading mark, a marker's "<", white space nor a control character: noise never
    // opens a heading or a marker, and every line carries text.
    'noise-char ::= [^#<>\\x00-\\x20\\x7F]',
    '',
  ].join('\n');
}

function literal(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
