import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './bedside-findings-and-doubt-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The ninth gold set, written before tuning: bedside symptoms and signs (红肿, conjunctival injection, strawberry
 * tongue, falls, 停止排气排便, dysphasia, plural symptom words, stony dullness), doubt written after the term
 * (to be excluded, 考虑, ?), doubt about a cause rather than its finding ("likely secondary to"), signs listed after
 * "X not excluded –", a stroke call that is no stroke, and drugs held or started on the ward.
 */
describe('bedside-findings-and-doubt-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('bedside-findings-and-doubt-phrasing gold set', sentences, score);
  const { tallies, context, drugs, familyLeaks } = score;

  it('has at least 40 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
  });

  it('recognises symptoms and signs with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('codes diagnoses, reads doubt as doubt and a denied family history as denied at ≥ 0.95', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.family.exact, tallies.family.gold)).toBe(1);
    expect(rate(context.agreed, context.checked)).toBeGreaterThanOrEqual(0.95);
    expect(familyLeaks).toBe(0);
  });

  it('reads drugs held in a plan and newly named drugs as drugs, never as labs', () => {
    expect(rate(drugs.asDrug, drugs.gold)).toBe(1);
    expect(drugs.readAsLab).toBe(0);
  });
});
