import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import type { LabTestConcept } from '../lib/dictionary/dictionary.types';
import { unitKey } from '../lib/entities/unit-key.util';
import goldSet from './gold-set.json';

interface GoldConcept {
  readonly id: string;
  readonly negated: boolean;
  readonly uncertain?: boolean;
  readonly family?: boolean;
}
interface GoldLab {
  readonly id: string;
  readonly value: number;
  readonly unit: string | null;
}
interface GoldDrug {
  readonly id: string;
  readonly dose: string | null;
  readonly frequency: string | null;
}
interface GoldSentence {
  readonly text: string;
  readonly concepts: readonly GoldConcept[];
  readonly labs: readonly GoldLab[];
  readonly drugs: readonly GoldDrug[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

const engine = shippedTermEngine();
const labsById = new Map<string, LabTestConcept>(engine.dictionary.labTests.map((lab) => [lab.id, lab]));

/** The canonical value a clinician means: the written value in the meant unit, via the dictionary factor. */
function goldCanonical(lab: GoldLab): number | null {
  const meant = lab.unit;
  if (meant === null) return lab.value;
  const definition = labsById.get(lab.id);
  const unit = definition?.units.find((candidate) => unitKey(candidate.unit) === unitKey(meant));
  return unit === undefined ? null : lab.value * unit.factor;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function normaliseDose(dose: string): string {
  return dose
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[μµ]g|mcg/g, 'ug');
}

/** Multiset match: each gold item pairs with at most one predicted item. */
function score<G, P>(
  tally: Tally,
  gold: readonly G[],
  predicted: readonly P[],
  same: (g: G, p: P) => boolean,
  show: (g: G) => string,
  showP: (p: P) => string,
  text: string,
): void {
  const unused = [...predicted];
  for (const item of gold) {
    const index = unused.findIndex((candidate) => same(item, candidate));
    if (index >= 0) {
      tally.tp++;
      unused.splice(index, 1);
    } else {
      tally.fn++;
      tally.misses.push(`FN ${show(item)}  «${text}»`);
    }
  }
  tally.fp += unused.length;
  for (const extra of unused) tally.misses.push(`FP ${showP(extra)}  «${text}»`);
}

const metrics = (tally: Tally) => {
  const precision = tally.tp / Math.max(1, tally.tp + tally.fp);
  const recall = tally.tp / Math.max(1, tally.tp + tally.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

describe('gold set', () => {
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const tallies = {
    concepts: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
    labs: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
    drugs: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
  };
  let contextChecked = 0;
  let contextAgreed = 0;

  for (const sentence of sentences) {
    const result = engine.extract(sentence.text);
    score(
      tallies.concepts,
      sentence.concepts,
      result.concepts,
      (gold, predicted) => gold.id === predicted.id && gold.negated === predicted.negated,
      (gold) => `${gold.id}${gold.negated ? ' (negated)' : ''}`,
      (predicted) => `${predicted.id}${predicted.negated ? ' (negated)' : ''}`,
      sentence.text,
    );
    for (const gold of sentence.concepts) {
      const predicted = result.concepts.find((concept) => concept.id === gold.id);
      if (predicted === undefined) continue;
      contextChecked++;
      if (predicted.uncertain === (gold.uncertain ?? false) && predicted.family === (gold.family ?? false)) contextAgreed++;
      else tallies.concepts.misses.push(`CONTEXT ${gold.id} uncertain=${predicted.uncertain} family=${predicted.family}  «${sentence.text}»`);
    }
    const labs = result.entities.flatMap((entity) => (entity.type === 'lab' ? [entity] : []));
    score(
      tallies.labs,
      sentence.labs,
      labs,
      (gold, predicted) => gold.id === predicted.labId && close(gold.value, predicted.value) && close(goldCanonical(gold), predicted.canonicalValue),
      (gold) => `${gold.id}=${gold.value} ${gold.unit ?? ''}`,
      (predicted) => `${predicted.labId}=${predicted.value} ${predicted.unit ?? ''} -> ${predicted.canonicalValue}`,
      sentence.text,
    );
    const drugs = result.entities.flatMap((entity) => (entity.type === 'drug' ? [entity] : []));
    score(
      tallies.drugs,
      sentence.drugs,
      drugs,
      (gold, predicted) =>
        gold.id === predicted.drugId &&
        (gold.dose === null
          ? predicted.dose === null
          : predicted.dose !== null && normaliseDose(gold.dose) === normaliseDose(`${predicted.dose.amount}${predicted.dose.unit}`)) &&
        gold.frequency === predicted.frequency,
      (gold) => `${gold.id} ${gold.dose ?? '-'} ${gold.frequency ?? '-'}`,
      (predicted) => `${predicted.drugId} ${predicted.dose ? `${predicted.dose.amount} ${predicted.dose.unit}` : '-'} ${predicted.frequency ?? '-'}`,
      sentence.text,
    );
  }

  const table = Object.entries(tallies).map(([type, tally]) => {
    const { precision, recall, f1 } = metrics(tally);
    return { type, tp: tally.tp, fp: tally.fp, fn: tally.fn, precision: precision.toFixed(3), recall: recall.toFixed(3), f1: f1.toFixed(3) };
  });
  console.log(`gold set: ${sentences.length} sentences`);
  console.table(table);
  console.log(`negation/uncertainty/family context agreement on matched concepts: ${contextAgreed}/${contextChecked}`);
  for (const tally of Object.values(tallies)) for (const miss of tally.misses) console.log(miss);

  it('has at least 200 annotated sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(200);
  });

  it('finds concepts (with negation) at F1 ≥ 0.95', () => {
    expect(metrics(tallies.concepts).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reads lab values and units at F1 ≥ 0.97', () => {
    expect(metrics(tallies.labs).f1).toBeGreaterThanOrEqual(0.97);
  });

  it('reads drugs with dose and frequency at F1 ≥ 0.97', () => {
    expect(metrics(tallies.drugs).f1).toBeGreaterThanOrEqual(0.97);
  });
});
