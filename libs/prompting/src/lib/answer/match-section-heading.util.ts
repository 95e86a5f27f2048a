import type { AnswerSectionKey } from './answer-section.model';

export interface SectionHeadingMatch {
  section: AnswerSectionKey;
  /** The heading as written, e.g. "## 1. 定义". */
  heading: string;
  /** Text after the heading on the same line ("Definition: STEMI is …"). */
  rest: string;
}

// The words the model uses for each section, longest first so "鉴别诊断" wins over "鉴别".
const SECTION_WORDS: readonly [AnswerSectionKey, string][] = [
  ['definition', '定义|概念|definitions?'],
  ['mechanism', '发病机制|病理生理机制|病理机制|作用机制|机制|mechanisms?(?: of action)?|pathophysiology|pathogenesis'],
  ['differential', '鉴别诊断|鉴别|differentials?(?: diagnos[ie]s)?'],
  ['recommendation', '处理建议|诊疗建议|治疗建议|建议|recommendations?'],
];

const HASHES = '(#{1,6}[ \\t]*)?';
/** Optional opening emphasis with the spaces after it: each space run must be followed by something else. */
const EMPHASIS = '(?:(\\*\\*|__|【)[ \\t]*)?';
const NUMBERING = '(\\d{1,2}[.、)）][ \\t]*|[一二三四五六七八九十]{1,3}[、.．][ \\t]*|[(（][一二三四五六七八九十\\d]{1,3}[)）][ \\t]*)?';
const QUALIFIER = '(?:[ \\t]*(?:诊断|diagnosis|diagnoses))?(?:[ \\t]*[（(][^（()）\\n]{1,40}[)）])?';

const HEADING_PATTERNS = SECTION_WORDS.map(([section, words]) => ({
  section,
  pattern: new RegExp(
    `^[ \\t]*${HASHES}${EMPHASIS}${NUMBERING}${EMPHASIS}(?:${words})${QUALIFIER}[ \\t]*(\\*\\*|__|】)?[ \\t]*([:：])?[ \\t]*(?:\\*\\*|__)?`,
    'i',
  ),
}));

/**
 * Recognises a section heading at the start of a line, tolerant of markdown and numbering:
 * "## 1. 定义", "**定义**", "【定义】", "一、定义", "Definition:", "### Differential diagnosis".
 * The section word must be followed by a colon, a closing "**" or "】", or the end of the line, so a
 * sentence that merely starts with "Definition of …" or "鉴别要点在于…" stays text. `lineComplete` is false while streaming
 * an unfinished line: then only a heading closed by a colon or "**" can be recognised.
 */
export function matchSectionHeading({ line, lineComplete }: { line: string; lineComplete: boolean }): SectionHeadingMatch | null {
  for (const { section, pattern } of HEADING_PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [matched, , , , , closeEmphasis, colon] = match;
    const rest = line.slice(matched.length);
    const closed = Boolean(colon || closeEmphasis);
    const endsHere = lineComplete && rest.trim().length === 0;
    if (closed || endsHere) {
      return { section, heading: matched.trim(), rest: rest.trim() };
    }
  }
  return null;
}
