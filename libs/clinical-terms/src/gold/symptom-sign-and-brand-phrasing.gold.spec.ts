import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './symptom-sign-and-brand-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The eighth gold set, written before tuning: symptoms and examination signs in colloquial Chinese and in English
 * ward shorthand, doubt written as query / presumed / vs / to exclude / 倾向于, negated events (did not lose
 * consciousness, w/o LOC, 未解黑便, 病理征未引出), and the colloquial names, misspellings, truncations and brands
 * of common Chinese prescriptions, fixed-dose combinations among them.
 */
describe('symptom-sign-and-brand-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('symptom-sign-and-brand-phrasing gold set', sentences, score);
  const { tallies, context, drugs, drugsNotGiven, familyLeaks } = score;

  it('has at least 100 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(100);
  });

  it('recognises symptoms and signs with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('codes suspected diagnoses, and reads doubt as doubt at ≥ 0.95', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
    expect(rate(context.agreed, context.checked)).toBeGreaterThanOrEqual(0.95);
    expect(familyLeaks).toBe(0);
  });

  it('reads drugs by their colloquial names and brands at ≥ 0.95, and never a drug said not to be given as given', () => {
    expect(rate(drugs.asDrug, drugs.gold)).toBeGreaterThanOrEqual(0.95);
    expect(drugs.readAsLab).toBe(0);
    expect(drugsNotGiven.right).toBe(drugsNotGiven.gold);
  });
});
