import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './clinician-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The second gold set (issue 16): clinician phrasing written before any tuning. Concepts are
 * scored by WHO ICD-11 code, not by MedLocal id, so the score says whether the *code* is right.
 */
describe('clinician-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('clinician-phrasing gold set', sentences, score);
  const { tallies, icd10, familyLeaks, drugs, labs, corrections } = score;

  it('has at least 400 sentences, half of them symptoms', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(400);
    expect(sentences.filter((sentence) => sentence.category === 'symptom').length * 2).toBeGreaterThanOrEqual(sentences.length);
  });

  it('codes conditions to the exact ICD-11 category at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.condition.exact, tallies.condition.exact + tallies.condition.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('codes symptoms and signs (with negation) at ≥ 0.95', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  it("flags a relative's disease as family history for every kinship term, and never as the patient's", () => {
    expect(familyLeaks).toBe(0);
    expect(rate(tallies.family.exact, tallies.family.gold)).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the ICD-10 4th character where the phrase fixes it', () => {
    expect(rate(icd10.exact, icd10.gold)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a dosed drug that shares a name with an analyte as a drug, never as a lab', () => {
    expect(drugs.readAsLab).toBe(0);
    expect(drugs.asDrug).toBe(drugs.gold);
    expect(labs.found).toBe(labs.gold);
  });

  it('keeps the corrected value, not the one it replaced', () => {
    expect(corrections.right).toBe(corrections.gold);
  });
});
