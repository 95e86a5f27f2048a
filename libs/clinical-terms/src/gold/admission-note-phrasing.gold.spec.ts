import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './admission-note-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The fourth gold set, written before tuning: the descriptive signs and symptoms of admission notes
 * across specialties, colloquial negation (没/不/未再), qualifiers that are not negations (无痛性),
 * uncertainty (考虑, 可能, 待排, 疑似, ?), and a relative who is the subject of a clause ("父亲因心梗去世").
 */
describe('admission-note-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('admission-note-phrasing gold set', sentences, score);
  const { tallies, context, familyLeaks } = score;

  it('has at least 120 sentences, most of them symptoms', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(120);
    expect(tallies.symptom.gold).toBeGreaterThan(tallies.condition.gold + tallies.family.gold);
  });

  it('recognises symptoms and signs with their negation at ≥ 0.95, without inventing others', () => {
    expect(rate(tallies.symptom.exact, tallies.symptom.gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(tallies.symptom.exact, tallies.symptom.exact + tallies.symptom.extra)).toBeGreaterThanOrEqual(0.95);
  });

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
