import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './qualifier-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The third gold set: qualifiers (NYHA class, CKD stage and albuminuria grade), everyday diagnoses,
 * dosed drugs that share a name with an analyte, and correction forms, written before tuning.
 */
describe('qualifier-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('qualifier-phrasing gold set', sentences, score);
  const { tallies, icd10, familyLeaks, drugs, labs, corrections } = score;

  it('has at least 150 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(150);
  });

  it('codes qualified diagnoses to the exact ICD-11 category at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps a relative's disease out of the patient's diagnoses", () => {
    expect(familyLeaks).toBe(0);
    expect(tallies.family.exact).toBe(tallies.family.gold);
  });

  it('gives the ICD-10 4th character the stage fixes', () => {
    expect(rate(icd10.exact, icd10.gold)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a dosed drug as a drug and a lab value as a lab', () => {
    expect(drugs.readAsLab).toBe(0);
    expect(drugs.asDrug).toBe(drugs.gold);
    expect(labs.found).toBe(labs.gold);
  });

  it('keeps the corrected value, not the one it replaced', () => {
    expect(corrections.right).toBe(corrections.gold);
  });
});
