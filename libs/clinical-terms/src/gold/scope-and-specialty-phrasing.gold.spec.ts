import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './scope-and-specialty-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The sixth gold set, written before tuning: doubt scoped to the term it is attached to, skin, eye and
 * ear-nose-throat terms, English abbreviations of atrial fibrillation, examination signs, iron and vitamin D
 * orders with a dose, and diabetic complications named without the head noun after a diabetes diagnosis.
 */
describe('scope-and-specialty-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('scope-and-specialty-phrasing gold set', sentences, score);
  const { tallies, context, drugs } = score;

  it('has at least 60 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it('recognises symptoms and signs with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('codes diagnoses with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps doubt on the term it is attached to: uncertainty agrees at ≥ 0.95', () => {
    expect(rate(context.agreed, context.checked)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads every iron and vitamin D order as a drug, never as a lab', () => {
    expect(drugs.asDrug).toBe(drugs.gold);
    expect(drugs.readAsLab).toBe(0);
  });
});
