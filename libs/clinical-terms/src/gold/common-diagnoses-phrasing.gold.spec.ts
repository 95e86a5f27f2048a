import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './common-diagnoses-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * Common diagnoses across specialties as clinicians write them, written before the dictionary was extended:
 * adjective and possessive forms, ward abbreviations, everyday words with no textbook title, and common
 * Chinese diagnoses, each coded to WHO ICD-11 with the four-character ICD-10 code where WHO subdivides.
 */
describe('common-diagnoses-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('common-diagnoses-phrasing gold set', sentences, score);
  const { tallies, context, icd10 } = score;

  it('has at least 40 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
  });

  it('codes each diagnosis with its negation at ≥ 0.95, without inventing others', () => {
    const exact = tallies.condition.exact + tallies.symptom.exact;
    const gold = tallies.condition.gold + tallies.symptom.gold;
    const extra = tallies.condition.extra + tallies.symptom.extra;
    expect(rate(exact, gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(exact, exact + extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps certainty as written and gives the four-character ICD-10 code', () => {
    expect(rate(context.agreed, context.checked)).toBe(1);
    expect(icd10.exact).toBe(icd10.gold);
  });
});
