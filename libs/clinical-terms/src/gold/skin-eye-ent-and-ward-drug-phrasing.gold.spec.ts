import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './skin-eye-ent-and-ward-drug-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

type SentenceWithDrugLevels = GoldSentence & { readonly notDrugs?: readonly string[] };

/**
 * The tenth gold set, written before tuning: skin, eye and ear-nose-throat symptoms in the words clinicians use
 * (皮肤痒, 风团, wheals, bruising, 眼发红, sensitivity to light, 咽喉疼痛, ear ache, 鼻子不通气, hoarse), COVID-19,
 * psoriasis vulgaris, pressure ulcers with their grade and acne vulgaris with WHO's detail codes, UK drug shorthand
 * (norad, pip-taz, MST) and drug levels (vancomycin trough, 万古霉素谷浓度, digoxin level) read as labs.
 */
describe('skin-eye-ent-and-ward-drug-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: SentenceWithDrugLevels[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('skin-eye-ent-and-ward-drug-phrasing gold set', sentences, score);
  const { tallies, context, drugs, labs, readings, icd10 } = score;

  it('has at least 60 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it('recognises skin, eye and ear-nose-throat symptoms at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('codes the diagnoses to WHO detail codes where the text names the detail', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
    expect(rate(context.agreed, context.checked)).toBe(1);
    expect(icd10.exact).toBe(icd10.gold);
  });

  it('reads UK ward drug shorthand as the drug', () => {
    expect(rate(drugs.asDrug, drugs.gold)).toBe(1);
    expect(drugs.readAsLab).toBe(0);
  });

  it('reads a drug level as a lab reading, never as the drug given', () => {
    expect(rate(labs.found, labs.gold)).toBe(1);
    expect(rate(readings.right, readings.gold)).toBe(1);
    const levelsReadAsDrug = sentences.flatMap((sentence) =>
      (sentence.notDrugs ?? [])
        .filter((id) => engine.extract(sentence.text).entities.some((entity) => entity.type === 'drug' && entity.drugId === id))
        .map((id) => `${id} «${sentence.text}»`),
    );
    expect(levelsReadAsDrug).toEqual([]);
  });
});
