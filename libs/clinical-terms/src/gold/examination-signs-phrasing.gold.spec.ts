import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './examination-signs-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The fifth gold set, written before tuning: examination signs with a site or modifier, English negated
 * findings and abbreviations, negation over a list, oncology by lobe/histology/stage, haematology and
 * infections, family history carried across a comma, colloquial ward-round forms.
 */
describe('examination-signs-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('examination-signs-phrasing gold set', sentences, score);
  const { tallies, context, familyLeaks } = score;

  it('has at least 60 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it('recognises signs and symptoms with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

  // Diabetic retinopathy and nephropathy named without the head noun in a diabetes history ("2型糖尿病,合并视网膜病变、肾病")
  // count: lib/extract/diabetic-complications.util.ts reads them after a diabetes diagnosis in the same sentence.
  it('codes diagnoses with their negation at ≥ 0.95', () => {
    expect(rate(tallies.condition.exact, tallies.condition.gold)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads doubt as doubt: uncertainty agrees at ≥ 0.95', () => {
    expect(rate(context.agreed, context.checked)).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps a relative's disease out of the patient's diagnoses", () => {
    expect(familyLeaks).toBe(0);
    expect(tallies.family.exact).toBe(tallies.family.gold);
  });
});
