import type { DeidFinding, PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

export interface ClassScore {
  readonly type: PhiType;
  readonly goldSpans: number;
  readonly recalled: number;
  readonly findings: number;
  readonly truePositiveFindings: number;
  readonly recall: number;
  readonly precision: number;
}

export interface GoldEvaluation {
  readonly perClass: readonly ClassScore[];
  readonly overall: {
    readonly recall: number;
    /** Safe Harbor recall: gold spans left with nothing of themselves, whichever class the covering findings carry. */
    readonly safeHarborRecall: number;
    readonly precision: number;
    readonly goldSpans: number;
    readonly findings: number;
  };
  readonly misses: readonly { readonly sentence: string; readonly type: PhiType; readonly text: string }[];
  readonly falsePositives: readonly { readonly sentence: string; readonly type: PhiType; readonly text: string }[];
}

interface LocatedSpan {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
}

export function locateGoldSpans(sentence: GoldSentence): LocatedSpan[] {
  return sentence.spans.map((span) => {
    let start = -1;
    for (let seen = 0; seen <= (span.occurrence ?? 0); seen++) start = sentence.text.indexOf(span.text, start + 1);
    if (start < 0) throw new Error(`gold span "${span.text}" not found in "${sentence.text}"`);
    return { type: span.type, start, end: start + span.text.length };
  });
}

/**
 * A gold span counts as found when findings cover every non-space character of it: findings of its class (strict), or
 * of any class (Safe Harbor: an identifier redacted under another class still leaves nothing of itself behind).
 */
function isCovered(text: string, span: LocatedSpan, findings: readonly DeidFinding[], anyClass = false): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text.charAt(i))) continue;
    if (!findings.some((f) => (anyClass || f.type === span.type) && f.start <= i && i < f.end)) return false;
  }
  return true;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function evaluateGoldSet(sentences: readonly GoldSentence[], deidentify: (text: string) => { findings: readonly DeidFinding[] }): GoldEvaluation {
  const tallies = new Map<PhiType, { goldSpans: number; recalled: number; findings: number; truePositiveFindings: number }>();
  const tally = (type: PhiType) => {
    let entry = tallies.get(type);
    if (!entry) tallies.set(type, (entry = { goldSpans: 0, recalled: 0, findings: 0, truePositiveFindings: 0 }));
    return entry;
  };
  const misses: { sentence: string; type: PhiType; text: string }[] = [];
  const falsePositives: { sentence: string; type: PhiType; text: string }[] = [];
  let coveredByAnyClass = 0;
  for (const sentence of sentences) {
    const gold = locateGoldSpans(sentence);
    const { findings } = deidentify(sentence.text);
    for (const span of gold) {
      const entry = tally(span.type);
      entry.goldSpans++;
      if (isCovered(sentence.text, span, findings)) entry.recalled++;
      else misses.push({ sentence: sentence.text, type: span.type, text: sentence.text.slice(span.start, span.end) });
      if (isCovered(sentence.text, span, findings, true)) coveredByAnyClass++;
    }
    for (const finding of findings) {
      const entry = tally(finding.type);
      entry.findings++;
      if (gold.some((span) => span.type === finding.type && overlaps(span, finding))) entry.truePositiveFindings++;
      else falsePositives.push({ sentence: sentence.text, type: finding.type, text: sentence.text.slice(finding.start, finding.end) });
    }
  }
  const perClass = [...tallies.entries()]
    .map(([type, t]) => ({ type, ...t, recall: ratio(t.recalled, t.goldSpans), precision: ratio(t.truePositiveFindings, t.findings) }))
    .sort((a, b) => a.type.localeCompare(b.type));
  const sum = (pick: (s: ClassScore) => number) => perClass.reduce((acc, s) => acc + pick(s), 0);
  return {
    perClass,
    overall: {
      recall: ratio(
        sum((s) => s.recalled),
        sum((s) => s.goldSpans),
      ),
      safeHarborRecall: ratio(
        coveredByAnyClass,
        sum((s) => s.goldSpans),
      ),
      precision: ratio(
        sum((s) => s.truePositiveFindings),
        sum((s) => s.findings),
      ),
      goldSpans: sum((s) => s.goldSpans),
      findings: sum((s) => s.findings),
    },
    misses,
    falsePositives,
  };
}

export function formatEvaluationTable(evaluation: GoldEvaluation): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  const rows = evaluation.perClass.map(
    (s) =>
      `${s.type.padEnd(16)} ${String(s.goldSpans).padStart(5)} ${String(s.recalled).padStart(6)} ${pct(s.recall)} ${String(s.findings).padStart(6)} ${pct(s.precision)}`,
  );
  const o = evaluation.overall;
  return [
    `${'class'.padEnd(16)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'flags'.padStart(6)} ${'prec.'.padStart(7)}`,
    ...rows,
    `${'OVERALL'.padEnd(16)} ${String(o.goldSpans).padStart(5)} ${''.padStart(6)} ${pct(o.recall)} ${String(o.findings).padStart(6)} ${pct(o.precision)}`,
  ].join('\n');
}

/** Classes with at least `minSpans` gold spans whose recall is below `minRecall`, as "type 0.912" (empty when all hold). */
export function weakClasses(evaluation: GoldEvaluation, floor: { minRecall: number; minSpans: number }): string[] {
  return evaluation.perClass
    .filter((score) => score.goldSpans >= floor.minSpans && score.recall < floor.minRecall)
    .map((score) => `${score.type} ${score.recall.toFixed(3)}`);
}

/** What the de-identifier made of the sentences that carry no identifier, for those it changed (empty when none). */
export function changedClinicalSentences(sentences: readonly GoldSentence[], deidentify: (text: string) => { text: string }): string[] {
  return sentences
    .filter((sentence) => sentence.spans.length === 0 && deidentify(sentence.text).text !== sentence.text)
    .map((sentence) => deidentify(sentence.text).text);
}
