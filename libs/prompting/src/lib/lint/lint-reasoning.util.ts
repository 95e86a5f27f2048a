import { findAll, isStandaloneWord, overlaps } from './find-all.util';
import { findEvidenceMentions, findGuidelineMentions, GUIDELINE_BODIES } from './find-citations.util';
import type { LintFlag, TextSpan } from './lint-flag.model';
import { splitSentences } from './split-sentences.util';
import { ABBREVIATIONS_NEEDING_NO_EXPANSION, DECLINING_WORDS, HEDGE_WORDS, INVASIVE_PROCEDURES, NON_INVASIVE_STEPS } from './clinical-vocabulary';

/**
 * Lints the model's thought and its answer separately: a clinician reads each on its own,
 * so an abbreviation spelled out only in the hidden thought is still undefined in the answer.
 * Spans index into the text they came from.
 */
export function lintReasoning({ thought, answer }: { thought: string; answer: string }): {
  thought: LintFlag[];
  answer: LintFlag[];
} {
  return { thought: lintClinicalText(thought), answer: lintClinicalText(answer) };
}

/** All checks over one text, flags sorted by position. */
export function lintClinicalText(text: string): LintFlag[] {
  const guidelines = findGuidelineMentions(text);
  const evidence = findEvidenceMentions(text);
  const sources: TextSpan[] = [...guidelines.filter((mention) => mention.year !== null), ...evidence];
  const flags: LintFlag[] = [
    ...guidelines.map(
      (mention): LintFlag =>
        mention.year !== null
          ? {
              kind: 'guideline-citation',
              severity: 'info',
              start: mention.start,
              end: mention.end,
              message: { zh: `引用指南: ${mention.text}`, en: `Guideline cited: ${mention.text}` },
            }
          : {
              kind: 'guideline-without-year',
              severity: 'warning',
              start: mention.start,
              end: mention.end,
              message: {
                zh: `指南"${mention.text}"未注明年份`,
                en: `Guideline "${mention.text}" is cited without a year`,
              },
            },
    ),
    ...evidence.map(
      (mention): LintFlag => ({
        kind: 'evidence-level',
        severity: 'info',
        start: mention.start,
        end: mention.end,
        message: { zh: `证据等级: ${mention.text}`, en: `Evidence level: ${mention.text}` },
      }),
    ),
    ...findUnsupportedHedges(text, sources),
    ...findInvasiveWithoutWorkup(text),
    ...findUndefinedAbbreviations(text, [...guidelines, ...evidence]),
  ];
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}

function findTerms(text: string, terms: readonly string[]): TextSpan[] {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return findAll({ text, pattern: new RegExp(alternatives, 'gi') }).filter((match) => !/^[A-Za-z]/.test(match.text) || isStandaloneWord(text, match));
}

/** A hedge is supported when its sentence holds a dated guideline or an evidence level. */
function findUnsupportedHedges(text: string, sources: readonly TextSpan[]): LintFlag[] {
  const sentences = splitSentences(text);
  return findTerms(text, HEDGE_WORDS)
    .filter((hedge) => {
      const sentence = sentences.find((candidate) => candidate.start <= hedge.start && hedge.start < candidate.end);
      return !sentence || !sources.some((source) => overlaps(source, sentence));
    })
    .map((hedge) => {
      const word = text.slice(hedge.start, hedge.end);
      return {
        kind: 'unsupported-hedge' as const,
        severity: 'warning' as const,
        start: hedge.start,
        end: hedge.end,
        message: {
          zh: `"${word}"所在句子没有引用指南或证据等级`,
          en: `"${word}" has no guideline or evidence level in the same sentence`,
        },
      };
    });
}

/**
 * Heuristic: an invasive procedure proposed before the text has mentioned any non-invasive
 * step (history, examination, ECG, imaging, laboratory tests) skips the work-up.
 */
function findInvasiveWithoutWorkup(text: string): LintFlag[] {
  const nonInvasive = findTerms(text, NON_INVASIVE_STEPS);
  const firstNonInvasive = nonInvasive.length > 0 ? Math.min(...nonInvasive.map((step) => step.start)) : Infinity;
  return findTerms(text, INVASIVE_PROCEDURES)
    .filter((procedure) => !nonInvasive.some((step) => overlaps(step, procedure)))
    .filter((procedure) => procedure.start < firstNonInvasive)
    .filter((procedure) => !DECLINING_WORDS.test(text.slice(Math.max(0, procedure.start - 12), procedure.start)))
    .map((procedure) => {
      const word = text.slice(procedure.start, procedure.end);
      return {
        kind: 'invasive-without-workup' as const,
        severity: 'warning' as const,
        start: procedure.start,
        end: procedure.end,
        message: {
          zh: `在提及任何无创检查(心电图、超声、影像、化验等)之前就提出了有创操作"${word}"`,
          en: `Invasive procedure "${word}" comes before any non-invasive step (ECG, ultrasound, imaging, laboratory tests)`,
        },
      };
    });
}

/**
 * An ALL-CAPS token of 2-6 letters counts as spelled out when somewhere in the text it is
 * in brackets right after words ("质子泵抑制剂(PPI)"), is followed by a bracketed
 * expansion ("PPI (proton pump inhibitor)"), or follows words whose initials spell it.
 * Only its first use is flagged.
 */
function findUndefinedAbbreviations(text: string, citationSpans: readonly TextSpan[]): LintFlag[] {
  const exempt = new Set([...ABBREVIATIONS_NEEDING_NO_EXPANSION, ...GUIDELINE_BODIES]);
  const tokens = findAll({ text, pattern: /[A-Z]{2,6}/g }).filter(
    (token) => isStandaloneWord(text, token) && !exempt.has(token.text) && !/^[IVX]+$/.test(token.text) && !citationSpans.some((span) => overlaps(span, token)),
  );
  const flags: LintFlag[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token.text)) continue;
    seen.add(token.text);
    const occurrences = tokens.filter((candidate) => candidate.text === token.text);
    if (occurrences.some((occurrence) => isSpelledOut(text, occurrence))) continue;
    flags.push({
      kind: 'undefined-abbreviation',
      severity: 'warning',
      start: token.start,
      end: token.end,
      message: {
        zh: `缩写"${token.text}"未给出全称`,
        en: `Abbreviation "${token.text}" is never spelled out`,
      },
    });
  }
  return flags;
}

function isSpelledOut(text: string, token: FoundToken): boolean {
  const before = text.slice(0, token.start);
  const after = text.slice(token.end);
  const bracketedAfterWords = /[^\s(（][ \t]?[(（]\s*$/.test(before) && /^\s*[)）]/.test(after);
  const followedByExpansion = /^\s*[(（][^()（）]*[A-Za-z\u4e00-\u9fa5]{3}[^()（）]*[)）]/.test(after);
  return bracketedAfterWords || followedByExpansion || initialsSpell(before, token.text);
}

type FoundToken = TextSpan & { text: string };

/** "proton pump inhibitor PPI", "proton-pump inhibitor (PPI" — initials of the words just before. */
function initialsSpell(before: string, abbreviation: string): boolean {
  const candidate = trailingWords(before, abbreviation.length);
  return candidate.length === abbreviation.length && candidate.map((word) => word[0]?.toUpperCase()).join('') === abbreviation;
}

/**
 * The last `count` words (letters, split by spaces, tabs or hyphens) that end the text, before an optional
 * opening bracket. A scan back from the end that stops after `count` words: the regex it replaces restarted
 * at every letter and read to the end each time, which was quadratic in the length of the answer.
 */
function trailingWords(before: string, count: number): string[] {
  const isBlank = (char: string | undefined) => char === ' ' || char === '\t';
  const isSeparator = (char: string | undefined) => isBlank(char) || char === '-';
  const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);
  let index = before.length;
  while (isBlank(before[index - 1])) index--;
  if (before[index - 1] === '(' || before[index - 1] === '（') index--;
  const words: string[] = [];
  while (words.length < count) {
    while (isSeparator(before[index - 1])) index--;
    let start = index;
    while (isLetter(before[start - 1])) start--;
    if (start === index) break;
    words.unshift(before.slice(start, index));
    index = start;
  }
  return words;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
