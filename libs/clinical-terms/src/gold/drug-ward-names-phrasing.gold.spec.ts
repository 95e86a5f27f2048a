import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './drug-ward-names-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * UK and US ward names for drugs, written before the dictionary was extended: abbreviations, co- names of
 * combinations (each its own entry with its combination ATC code) and brands that name one product.
 */
describe('drug-ward-names-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('drug-ward-names-phrasing gold set', sentences, score);
  const { drugs, drugsNotGiven } = score;

  it('has at least 40 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
  });

  it('reads drugs by their ward names at ≥ 0.95, and no drug order as a lab', () => {
    expect(rate(drugs.asDrug, drugs.gold)).toBeGreaterThanOrEqual(0.95);
    expect(drugs.readAsLab).toBe(0);
  });

  it('never reads a drug said not to be given as given', () => {
    expect(drugsNotGiven.right).toBe(drugsNotGiven.gold);
  });
});
