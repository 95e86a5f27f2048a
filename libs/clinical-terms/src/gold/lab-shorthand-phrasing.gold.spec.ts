import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './lab-shorthand-phrasing.gold.json';
import { logGoldScore, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * Ward lab shorthand without units, written before the dictionary and the reader were extended: the value is
 * read in the lab's own unit only where one unit alone fits the sourced reference interval, and then marked
 * as assumed; otherwise the unit stays unknown.
 */
describe('lab-shorthand-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('lab-shorthand-phrasing gold set', sentences, score);
  const { labs, readings, drugs } = score;

  it('has at least 30 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(30);
  });

  it('finds every lab named in ward shorthand', () => {
    expect(labs.found).toBe(labs.gold);
  });

  it('reads each value with the unit as written, or assumed only where one unit fits', () => {
    expect(readings.right).toBe(readings.gold);
  });

  it('never reads a bowel movement or a duration as a capillary glucose', () => {
    expect(drugs.readAsLab).toBe(0);
  });
});
